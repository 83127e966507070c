package cn.ecodispatch.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** Everything one version of a report says, with the decisions taken on it: for reading on the page and printing. */
record ReportVersionView(long reportId, String unitName, String period, String periodLabel, int versionNo,
        boolean draft, String stateLabel, String submittedBy, String submittedByName, OffsetDateTime submittedAt,
        List<ItemLine> items,
        List<KeyTaskLine> keyTasks, List<IndicatorLine> indicators, String summary, String difficulties,
        String nextMonthPlan, List<DecisionView> decisions) {

    record ItemLine(String label, String progressLabel, String workDone, String problems) {
    }

    record KeyTaskLine(String label, String roleLabel, String progressLabel, String workDone, String problems) {
    }

    /** One measured quantity: its targets and their verdicts, several separated by “；”. */
    record IndicatorLine(String name, String target, BigDecimal value, String measureUnit, String verdictLabel) {
    }

    /** e.g. 大营镇2038年1月月度工作总结和台账（第1版）, a draft marked （草稿） */
    String title() {
        return unitName + periodLabel + "月度工作总结和台账（第" + versionNo + "版）" + (draft ? "（草稿）" : "");
    }
}
