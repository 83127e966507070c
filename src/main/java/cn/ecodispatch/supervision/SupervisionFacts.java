package cn.ecodispatch.supervision;

import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.ecodispatch.shared.ProcessVariable;
import cn.ecodispatch.supervision.SupervisionMeasureDecision.Variables;

/** The inputs of the supervision-measure decision table. */
public record SupervisionFacts(int daysLate, int returnCount, int failedChecks, int indicatorsOffTrack) {

    public Map<String, Object> asVariables() {
        return ProcessVariable.values(Variables.DAYS_LATE.with(daysLate), Variables.RETURN_COUNT.with(returnCount),
                Variables.FAILED_CHECKS.with(failedChecks), Variables.INDICATORS_OFF_TRACK.with(indicatorsOffTrack));
    }

    /** Hands the facts to a process, as the decision table's inputs (Task_GatherSupervisionFacts). */
    void setOn(VariableScope scope) {
        Variables.DAYS_LATE.setOn(scope, daysLate);
        Variables.RETURN_COUNT.setOn(scope, returnCount);
        Variables.FAILED_CHECKS.setOn(scope, failedChecks);
        Variables.INDICATORS_OFF_TRACK.setOn(scope, indicatorsOffTrack);
    }

    /** The facts as a process holds them, after Task_GatherSupervisionFacts. */
    static SupervisionFacts of(VariableScope scope) {
        return new SupervisionFacts(Variables.DAYS_LATE.from(scope), Variables.RETURN_COUNT.from(scope),
                Variables.FAILED_CHECKS.from(scope), Variables.INDICATORS_OFF_TRACK.from(scope));
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
