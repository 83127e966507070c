package cn.ecodispatch.dossier;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.ecodispatch.evidence.EvidenceService;
import cn.ecodispatch.evidence.EvidenceView;
import cn.ecodispatch.identity.DisplayNames;
import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.rectification.RectificationService;
import cn.ecodispatch.report.DecisionView;
import cn.ecodispatch.report.ReportAccess;
import cn.ecodispatch.report.ReportDecisions;
import cn.ecodispatch.report.ReportLabels;
import cn.ecodispatch.report.ReportLinks;
import cn.ecodispatch.report.ReportService;
import cn.ecodispatch.report.ReportStatus;
import cn.ecodispatch.report.ReportVersion;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.supervision.ReminderLetters;

/**
 * The report page (报送详情): a unit's monthly report with everything on file about it — its work items, evidence,
 * submitted versions, decisions, the rectifications and reminder letters it gave rise to.
 */
@RestController
@Transactional(readOnly = true)
class ReportPageController {

    record UnitRef(String code, String name) {
    }

    record ItemView(long workItemId, String label, String requirement) {
    }

    record VersionView(int versionNo, String stateLabel, String submittedBy, String submittedByName,
            OffsetDateTime submittedAt) {
    }

    record LetterView(String letterNumber, String reasonLabel, String content, OffsetDateTime issuedAt) {
    }

    /** A problem the office found in the report: its notice, how it stands and every verification so far. */
    record RectificationLine(String noticeNumber, String problem, String deadlineLabel, String statusLabel,
            List<String> verifications, String pageUrl) {
    }

    record ReportView(long id, String period, String periodLabel, UnitRef unit, ReportStatus status,
            String statusLabel, OffsetDateTime dueAt, String dueLabel, boolean editable, List<ItemView> items,
            List<EvidenceView> evidence, List<VersionView> versions, List<DecisionView> decisions,
            List<RectificationLine> rectifications, List<LetterView> letters) {
    }

    private final ReportAccess access;
    private final ReportService reports;
    private final ReportDecisions decisions;
    private final EvidenceService evidence;
    private final RectificationService rectifications;
    private final ReminderLetters letters;
    private final ReportLinks links;
    private final DisplayNames names;

    ReportPageController(ReportAccess access, ReportService reports, ReportDecisions decisions,
            EvidenceService evidence, RectificationService rectifications, ReminderLetters letters, ReportLinks links,
            DisplayNames names) {
        this.access = access;
        this.reports = reports;
        this.decisions = decisions;
        this.evidence = evidence;
        this.rectifications = rectifications;
        this.letters = letters;
        this.links = links;
        this.names = names;
    }

    @GetMapping("/api/reports/{reportId}")
    ReportView report(@PathVariable long reportId) {
        UnitReport report = access.visible(reportId);
        List<ReportVersion> versions = reports.versions(report);
        return new ReportView(report.getId(), report.getCycle().getPeriod().toString(),
                report.getCycle().getPeriod().label(),
                new UnitRef(report.getUnit().getCode(), report.getUnit().getName()), report.getStatus(),
                report.getStatus().label(), report.getDueAt(), ReportLabels.dayBefore(report.getDueAt()),
                access.isEditable(report),
                versions.get(versions.size() - 1).getItems().stream()
                        .map(e -> new ItemView(e.getWorkItem().getId(), ReportLabels.item(e.getWorkItem()),
                                e.getWorkItem().getRequirement()))
                        .toList(),
                evidence.ofReport(report).stream().map(f -> EvidenceView.of(f, names)).toList(),
                versions.stream().filter(v -> v.getState() == ReportVersion.State.SUBMITTED)
                        .map(v -> new VersionView(v.getVersionNo(), "已提交", v.getSubmittedBy(),
                                names.of(v.getSubmittedBy()), v.getSubmittedAt()))
                        .toList(),
                decisions.of(report).stream().map(d -> DecisionView.of(d, names)).toList(),
                rectifications.ofReport(report).stream().map(this::rectificationLine).toList(),
                letters.ofReport(report).stream().map(l -> new LetterView(l.getLetterNumber(), l.getReason().label(),
                        l.getContent(), l.getIssuedAt())).toList());
    }

    private RectificationLine rectificationLine(Rectification r) {
        return new RectificationLine(r.getNoticeNumber(), r.getProblem(), ReportLabels.day(r.getDeadline()),
                r.getStatus().label(), r.getRounds().stream().filter(o -> o.getVerifiedAt() != null)
                        .map(o -> "第" + o.getRoundNo() + "轮 " + o.getVerdictLabel()
                                + (o.getOpinion() == null || o.getOpinion().isBlank() ? "" : "：" + o.getOpinion())
                                + "（" + names.of(o.getVerifiedBy()) + "）")
                        .toList(),
                links.rectificationPage(r.getId()));
    }
}
