package cn.ecodispatch.report;

import cn.ecodispatch.shared.InvalidInputException;

/** What a report must contain before it can be submitted; each refusal names the field. */
final class SubmissionRules {

    private SubmissionRules() {
    }

    static void check(ReportVersion draft) {
        for (ItemEntry entry : draft.getItems()) {
            checkProgress(entry, ReportForm.ITEMS, ReportLabels.item(entry.getWorkItem()));
        }
        for (KeyTaskEntry entry : draft.getKeyTasks()) {
            String keyTask = ReportLabels.keyTask(entry.getKeyTask());
            if (entry.isLead()) {
                checkProgress(entry, ReportForm.KEY_TASKS, keyTask);
            } else if (blank(entry.getWorkDone())) {
                throw new InvalidInputException("keyTasks.workDone", keyTask + "：请填写本单位参与完成的工作");
            }
        }
        for (MeasureRow row : MeasureRow.of(draft.getIndicatorValues())) {
            if (row.value() == null && row.valueRequired()) {
                throw new InvalidInputException("indicators.value", "指标“" + row.name() + "”：请填写本月数值");
            }
        }
        if (blank(draft.getSummary())) {
            throw new InvalidInputException("summary", "请填写“本月工作总结”");
        }
        if (blank(draft.getNextMonthPlan())) {
            throw new InvalidInputException("nextMonthPlan", "请填写“下月工作计划”");
        }
    }

    /** Work items and led key tasks: a progress, the work done unless not started, problems when delayed. */
    private static void checkProgress(ProgressEntry entry, String list, String label) {
        if (entry.getProgress() == null) {
            throw new InvalidInputException(list + ".progress", label + "：请选择进展状态");
        }
        if (entry.getProgress() != Progress.NOT_STARTED && blank(entry.getWorkDone())) {
            throw new InvalidInputException(list + ".workDone", label + "：请填写本月完成情况");
        }
        if (entry.getProgress() == Progress.DELAYED && blank(entry.getProblems())) {
            throw new InvalidInputException(list + ".problems", label + "：进展滞后，请说明存在问题");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
