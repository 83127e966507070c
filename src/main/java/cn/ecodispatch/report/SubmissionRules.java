package cn.ecodispatch.report;

import java.util.ArrayList;
import java.util.List;

import cn.ecodispatch.shared.InvalidInputException;

/**
 * What a report must contain before it can be submitted. Every gap is named at once, in one message: a reporter
 * fixes them all in one go instead of meeting them one submission at a time.
 */
final class SubmissionRules {

    private record Gap(String field, String message) {
    }

    private SubmissionRules() {
    }

    static void check(ReportVersion draft) {
        List<Gap> gaps = new ArrayList<>();
        for (ItemEntry entry : draft.getItems()) {
            checkProgress(gaps, entry, UnitMonthlyReportProcess.Fields.ITEMS.name(), ReportLabels.item(entry.getWorkItem()));
        }
        for (KeyTaskEntry entry : draft.getKeyTasks()) {
            String keyTask = ReportLabels.keyTask(entry.getKeyTask());
            if (entry.isLead()) {
                checkProgress(gaps, entry, UnitMonthlyReportProcess.Fields.KEY_TASKS.name(), keyTask);
            } else if (blank(entry.getWorkDone())) {
                gaps.add(new Gap("keyTasks.workDone", keyTask + "：请填写本单位参与完成的工作"));
            }
        }
        for (MeasureRow row : MeasureRow.of(draft.getIndicatorValues())) {
            if (row.value() == null && row.valueRequired()) {
                gaps.add(new Gap("indicators.value", "指标“" + row.name() + "”：请填写本月数值"));
            }
        }
        if (blank(draft.getSummary())) {
            gaps.add(new Gap("summary", "请填写“本月工作总结”"));
        }
        if (blank(draft.getNextMonthPlan())) {
            gaps.add(new Gap("nextMonthPlan", "请填写“下月工作计划”"));
        }
        if (gaps.size() == 1) {
            throw new InvalidInputException(gaps.get(0).field(), gaps.get(0).message());
        }
        if (!gaps.isEmpty()) {
            StringBuilder message = new StringBuilder("提交前还有 " + gaps.size() + " 处需要补全：");
            for (int i = 0; i < gaps.size(); i++) {
                message.append(i == 0 ? "" : "；").append(i + 1).append(". ").append(gaps.get(i).message());
            }
            throw new InvalidInputException(gaps.get(0).field(), message.toString());
        }
    }

    /** Work items and led key tasks: a progress, the work done unless not started, problems when delayed. */
    private static void checkProgress(List<Gap> gaps, ProgressEntry entry, String list, String label) {
        if (entry.getProgress() == null) {
            gaps.add(new Gap(list + ".progress", label + "：请选择进展状态"));
            return;
        }
        if (entry.getProgress() != Progress.NOT_STARTED && blank(entry.getWorkDone())) {
            gaps.add(new Gap(list + ".workDone", label + "：请填写本月完成情况"));
        }
        if (entry.getProgress() == Progress.DELAYED && blank(entry.getProblems())) {
            gaps.add(new Gap(list + ".problems", label + "：进展滞后，请说明存在问题"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
