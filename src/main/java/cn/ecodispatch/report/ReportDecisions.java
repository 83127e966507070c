package cn.ecodispatch.report;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.report.ReportDecision.Outcome;
import cn.ecodispatch.report.ReportDecision.Stage;
import cn.ecodispatch.shared.Clock;

/**
 * The decisions taken on a report's versions, part of the report's record: {@code review} takes them, the report
 * reads them to show its history, reopen a returned draft and close with the right status.
 */
@Service
@Transactional
public class ReportDecisions {

    private final ReportDecisionRepository decisions;
    private final Clock clock;

    ReportDecisions(ReportDecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Records a decision on a submitted version (the report's latest, as the leader or the office saw it). */
    public ReportDecision record(ReportVersion submitted, Stage stage, Outcome outcome, String reason, String user) {
        if (submitted.getState() != ReportVersion.State.SUBMITTED) {
            throw new IllegalArgumentException("只能对已提交的版本作出决定：第" + submitted.getVersionNo() + "版尚未提交");
        }
        return decisions.save(new ReportDecision(submitted, stage, outcome, reason, user, clock.now()));
    }

    @Transactional(readOnly = true)
    public List<ReportDecision> of(UnitReport report) {
        return decisions.findByReportOrderById(report);
    }

    ReportStatus closingStatus(UnitReport report) {
        return decisions.findFirstByReportOrderByIdDesc(report)
                .filter(d -> d.getOutcome() == Outcome.APPROVED_WITH_PROBLEMS)
                .map(d -> ReportStatus.APPROVED_WITH_PROBLEMS).orElse(ReportStatus.APPROVED);
    }

    /** The reason of the return the reporter is working on now, if the report was returned. */
    @Transactional(readOnly = true)
    Optional<String> pendingReturnReason(UnitReport report) {
        if (!report.wasEverSubmitted()) {
            return Optional.empty();
        }
        return decisions.findFirstByReportOrderByIdDesc(report)
                .filter(d -> d.getOutcome() == Outcome.RETURNED && report.getStatus() == ReportStatus.DRAFTING)
                .map(d -> d.getStage().label() + "退回：" + d.getReason());
    }
}
