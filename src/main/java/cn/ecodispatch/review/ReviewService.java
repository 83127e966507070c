package cn.ecodispatch.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.rectification.RectificationService;
import cn.ecodispatch.report.ReportDecision.Outcome;
import cn.ecodispatch.report.ReportDecision.Stage;
import cn.ecodispatch.report.ReportDecisions;
import cn.ecodispatch.report.ReportForm;
import cn.ecodispatch.report.ReportService;
import cn.ecodispatch.report.ReportVersion;
import cn.ecodispatch.report.UnitReport;
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
    private final ReportForm form;
    private final ReportDecisions decisions;
    private final RectificationService rectifications;

    ReviewService(ReportService reports, ReportForm form, ReportDecisions decisions,
            RectificationService rectifications) {
        this.form = form;
        this.reports = reports;
        this.decisions = decisions;
        this.rectifications = rectifications;
    }

    /** The latest submitted version as the leader's and the office's forms show it, read-only. */
    @Transactional(readOnly = true)
    public Map<String, Object> submittedForm(UnitReport report) {
        return form.readOnly(report, reports.latestSubmitted(report));
    }

    public void signOff(UnitReport report, Outcome outcome, String comment, String leader) {
        if (outcome != Outcome.SIGNED && outcome != Outcome.RETURNED) {
            throw new InvalidInputException("signOffDecision", "签发意见应为“同意报送”或“退回修改”");
        }
        ReportVersion submitted = reports.latestSubmitted(report);
        if (leader.equals(submitted.getSubmittedBy())) {
            throw new ForbiddenException("报送由您本人提交，不能再由您签发：请由本单位其他负责人签发");
        }
        record(submitted, Stage.LEADER, outcome, comment, leader);
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
        record(reports.latestSubmitted(report), Stage.OFFICE, outcome, reason, reviewer);
        if (outcome == Outcome.RETURNED) {
            reports.returnToReporter(report, true);
            return List.of();
        }
        return problems.stream()
                .map(p -> rectifications.open(report, p.problem(), p.requirement(), p.deadline(), reviewer))
                .toList();
    }

    private void record(ReportVersion submitted, Stage stage, Outcome outcome, String reason, String user) {
        if (outcome == Outcome.RETURNED && (reason == null || reason.isBlank())) {
            throw new InvalidInputException(stage == Stage.LEADER ? "signOffComment" : "reviewReason", "退回时请填写退回原因");
        }
        decisions.record(submitted, stage, outcome, reason, user);
    }
}
