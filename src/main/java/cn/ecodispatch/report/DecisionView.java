package cn.ecodispatch.report;

import java.time.OffsetDateTime;

import cn.ecodispatch.identity.DisplayNames;

import cn.ecodispatch.review.ReportDecision;

/** A leader's sign-off or an office review as the report page and the printed version show it. */
record DecisionView(String stageLabel, String outcomeLabel, String reason, String decidedBy, String decidedByName,
        OffsetDateTime decidedAt) {

    static DecisionView of(ReportDecision decision, DisplayNames names) {
        return new DecisionView(decision.getStage().label(), decision.getOutcome().label(), decision.getReason(),
                decision.getDecidedBy(), names.of(decision.getDecidedBy()), decision.getDecidedAt());
    }
}
