package cn.ecodispatch.report;

import java.time.OffsetDateTime;

import cn.ecodispatch.identity.DisplayNames;

/** A leader's sign-off or an office review as the report page and the printed version show it. */
public record DecisionView(String stageLabel, String outcomeLabel, String reason, String decidedBy, String decidedByName,
        OffsetDateTime decidedAt) {

    public static DecisionView of(ReportDecision decision, DisplayNames names) {
        return new DecisionView(decision.getStage().label(), decision.getOutcome().label(), decision.getReason(),
                decision.getDecidedBy(), names.of(decision.getDecidedBy()), decision.getDecidedAt());
    }
}
