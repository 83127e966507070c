package cn.ecodispatch.report;

import cn.ecodispatch.shared.InvalidInputException;

/** What a report must contain before it can be submitted; each refusal names the field. */
final class SubmissionRules {

    private SubmissionRules() {
    }

    static void check(ReportVersion draft) {
        for (ItemEntry entry : draft.getItems()) {
            String item = ReportLabels.item(entry.getWorkItem());
            if (entry.getProgress() == null) {
                throw new InvalidInputException("items.progress", item + "：请选择进展状态");
            }
            if (entry.getProgress() != Progress.NOT_STARTED && blank(entry.getWorkDone())) {
                throw new InvalidInputException("items.workDone", item + "：请填写本月完成情况");
            }
            if (entry.getProgress() == Progress.DELAYED && blank(entry.getProblems())) {
                throw new InvalidInputException("items.problems", item + "：进展滞后，请说明存在问题");
            }
        }
        for (IndicatorValue value : draft.getIndicatorValues()) {
            if (value.getValue() == null && !value.getIndicator().isHigherLevelTarget()) {
                throw new InvalidInputException("indicators.value",
                        "指标“" + value.getIndicator().getName() + "”：请填写本月数值");
            }
        }
        if (blank(draft.getSummary())) {
            throw new InvalidInputException("summary", "请填写“本月工作总结”");
        }
        if (blank(draft.getNextMonthPlan())) {
            throw new InvalidInputException("nextMonthPlan", "请填写“下月工作计划”");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
