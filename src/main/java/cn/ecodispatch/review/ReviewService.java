package cn.ecodispatch.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.rectification.RectificationService;
import cn.ecodispatch.report.ReportService;
import cn.ecodispatch.report.ReportStatus;
import cn.ecodispatch.report.ReportVersion;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.review.ReportDecision.Outcome;
import cn.ecodispatch.review.ReportDecision.Stage;
import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.ForbiddenException;
import cn.ecodispatch.shared.InvalidInputException;

/** Records the leader's sign-off and the office's review, and moves the report on accordingly. */
@Service
@Transactional
public class ReviewService {

    /** A problem the office found, to be rectified by the deadline. */
    public record Problem(String problem, String requirement, LocalDate deadline) {
    }

    private final ReportService reports;
    private final ReportDecisionRepository decisions;
    private final RectificationService rectifications;
    private final Clock clock;

    ReviewService(ReportService reports, ReportDecisionRepository decisions, RectificationService rectifications,
            Clock clock) {
        this.reports = reports;
        this.decisions = decisions;
        this.rectifications = rectifications;
        this.clock = clock;
    }

    public void signOff(UnitReport report, Outcome outcome, String comment, String leader) {
        if (outcome != Outcome.SIGNED && outcome != Outcome.RETURNED) {
            throw new InvalidInputException("signOffDecision", "签发意见应为“同意报送”或“退回修改”");
        }
        if (leader.equals(reports.latestSubmitted(report).getSubmittedBy())) {
            throw new ForbiddenException("报送由您本人提交，不能再由您签发：请由本单位其他负责人签发");
        }
        record(report, Stage.LEADER, outcome, comment, leader);
        if (outcome == Outcome.SIGNED) {
            reports.markSignedOff(report);
        } else {
            reports.returnToReporter(report, false);
        }
    }

    /** @return the rectifications opened for the problems found (empty unless approved with problems) */
    public List<Rectification> review(UnitReport report, Outcome outcome, String reason, List<Problem> problems,
            String reviewer) {
        if (outcome == Outcome.SIGNED) {
            throw new InvalidInputException("reviewOutcome", "审核结论应为“通过”“退回修改”或“通过，发现问题需整改”");
        }
        if (outcome == Outcome.APPROVED_WITH_PROBLEMS && problems.isEmpty()) {
            throw new InvalidInputException("problems", "请至少填写一个发现的问题");
        }
        record(report, Stage.OFFICE, outcome, reason, reviewer);
        if (outcome == Outcome.RETURNED) {
            reports.returnToReporter(report, true);
            return List.of();
        }
        return problems.stream()
                .map(p -> rectifications.open(report, p.problem(), p.requirement(), p.deadline(), reviewer))
                .toList();
    }

    public ReportStatus closingStatus(UnitReport report) {
        return decisions.findFirstByReportOrderByIdDesc(report)
                .filter(d -> d.getOutcome() == Outcome.APPROVED_WITH_PROBLEMS)
                .map(d -> ReportStatus.APPROVED_WITH_PROBLEMS).orElse(ReportStatus.APPROVED);
    }

    /** The reason of the return the reporter is working on now, if the report was returned. */
    @Transactional(readOnly = true)
    public Optional<String> pendingReturnReason(UnitReport report) {
        return decisions.findFirstByReportOrderByIdDesc(report)
                .filter(d -> d.getOutcome() == Outcome.RETURNED && report.getStatus() == ReportStatus.DRAFTING)
                .map(d -> d.getStage().label() + "退回：" + d.getReason());
    }

    @Transactional(readOnly = true)
    public List<ReportDecision> decisions(UnitReport report) {
        return decisions.findByReportOrderById(report);
    }

    private void record(UnitReport report, Stage stage, Outcome outcome, String reason, String user) {
        if (outcome == Outcome.RETURNED && (reason == null || reason.isBlank())) {
            throw new InvalidInputException(stage == Stage.LEADER ? "signOffComment" : "reviewReason", "退回时请填写退回原因");
        }
        ReportVersion version = reports.latestSubmitted(report);
        decisions.save(new ReportDecision(version, stage, outcome, reason, user, clock.now()));
    }
}
