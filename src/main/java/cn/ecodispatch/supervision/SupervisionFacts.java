package cn.ecodispatch.supervision;

import java.util.Map;

/** The inputs of the supervision-measure decision table. */
public record SupervisionFacts(int daysLate, int returnCount, int failedChecks, int indicatorsOffTrack) {

    public Map<String, Object> asVariables() {
        return Map.of("daysLate", daysLate, "returnCount", returnCount, "failedChecks", failedChecks,
                "indicatorsOffTrack", indicatorsOffTrack);
    }

    /** e.g. 逾期3天、被退回1次 — for letters and proposals. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        append(text, daysLate, "逾期", "天");
        append(text, returnCount, "被退回", "次");
        append(text, failedChecks, "整改核验未通过", "次");
        append(text, indicatorsOffTrack, "指标进度滞后或未达标", "项");
        return text.isEmpty() ? "无异常情况" : text.toString();
    }

    private static void append(StringBuilder text, int count, String what, String unit) {
        if (count > 0) {
            text.append(text.isEmpty() ? "" : "、").append(what).append(count).append(unit);
        }
    }
}
