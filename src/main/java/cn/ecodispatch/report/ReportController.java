package cn.ecodispatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.ecodispatch.evidence.EvidenceService;
import cn.ecodispatch.evidence.EvidenceView;
import cn.ecodispatch.identity.DisplayNames;
import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.rectification.RectificationService;
import cn.ecodispatch.review.ReviewService;
import cn.ecodispatch.security.CurrentUser;
import cn.ecodispatch.security.UnitAccess;
import cn.ecodispatch.shared.ForbiddenException;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.supervision.ReminderLetters;

/**
 * The report page's API: a report with its history, the Excel ledger (template and import) and evidence uploads.
 * A unit's staff reach only their own unit's reports; the office reaches all.
 */
@RestController
@RequestMapping("/api/reports/{reportId}")
@Transactional
class ReportController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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

    private final ReportService reports;
    private final ReviewService review;
    private final ReminderLetters letters;
    private final EvidenceService evidence;
    private final LedgerWorkbook ledger;
    private final OpenReportTask openTask;
    private final UnitAccess access;
    private final DisplayNames names;
    private final ReportVersionViews versionViews;
    private final ReportVersionDocument versionDocument;
    private final RectificationService rectifications;
    private final ReportLinks links;

    ReportController(ReportService reports, ReviewService review, ReminderLetters letters, EvidenceService evidence,
            LedgerWorkbook ledger, OpenReportTask openTask, UnitAccess access, ReportVersionViews versionViews,
            ReportVersionDocument versionDocument, DisplayNames names, RectificationService rectifications,
            ReportLinks links) {
        this.names = names;
        this.rectifications = rectifications;
        this.links = links;
        this.reports = reports;
        this.review = review;
        this.letters = letters;
        this.evidence = evidence;
        this.ledger = ledger;
        this.openTask = openTask;
        this.access = access;
        this.versionViews = versionViews;
        this.versionDocument = versionDocument;
    }

    @GetMapping
    ReportView report(@PathVariable long reportId) {
        UnitReport report = visible(reportId);
        return new ReportView(report.getId(), report.getCycle().getPeriod().toString(),
                report.getCycle().getPeriod().label(),
                new UnitRef(report.getUnit().getCode(), report.getUnit().getName()), report.getStatus(),
                report.getStatus().label(), report.getDueAt(), ReportLabels.dayBefore(report.getDueAt()),
                isEditable(report),
                reports.versions(report).stream().reduce((first, last) -> last).orElseThrow().getItems().stream()
                        .map(e -> new ItemView(e.getWorkItem().getId(), ReportLabels.item(e.getWorkItem()),
                                e.getWorkItem().getRequirement()))
                        .toList(),
                evidence.ofReport(report).stream().map(f -> EvidenceView.of(f, names)).toList(),
                reports.versions(report).stream().filter(v -> v.getState() == ReportVersion.State.SUBMITTED)
                        .map(v -> new VersionView(v.getVersionNo(), "已提交", v.getSubmittedBy(),
                                names.of(v.getSubmittedBy()), v.getSubmittedAt()))
                        .toList(),
                review.decisions(report).stream().map(d -> DecisionView.of(d, names)).toList(),
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

    @GetMapping("/versions/{versionNo}")
    ReportVersionView version(@PathVariable long reportId, @PathVariable int versionNo) {
        return versionViews.of(visibleVersion(reportId, versionNo));
    }

    @GetMapping("/versions/{versionNo}/document.docx")
    ResponseEntity<byte[]> versionDocument(@PathVariable long reportId, @PathVariable int versionNo) {
        ReportVersionView version = versionViews.of(visibleVersion(reportId, versionNo));
        String fileName = version.unitName() + "-" + version.period() + "-月度工作总结和台账-第" + versionNo + "版"
                + (version.draft() ? "（草稿）" : "") + ".docx";
        return ResponseEntity.ok().contentType(DOCX).header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .body(versionDocument.write(version));
    }

    @GetMapping("/ledger-template")
    ResponseEntity<byte[]> ledgerTemplate(@PathVariable long reportId) {
        UnitReport report = visible(reportId);
        ReportVersion version = report.getStatus() == ReportStatus.DRAFTING ? reports.draft(report)
                : reports.latestSubmitted(report);
        String fileName = report.getUnit().getName() + "-" + report.getCycle().getPeriod() + "-月度台账.xlsx";
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .body(ledger.template(report, version));
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }

    @PostMapping("/ledger")
    Map<String, String> importLedger(@PathVariable long reportId, @RequestParam("file") MultipartFile file)
            throws IOException {
        UnitReport report = editable(reportId);
        ReportContents contents;
        try (InputStream in = file.getInputStream()) {
            contents = ledger.read(in, reports.draft(report));
        }
        reports.saveDraft(report, contents, CurrentUser.get().userId());
        openTask.refreshForm(report);
        long filled = contents.items().stream().filter(i -> i.progress() != null).count();
        long values = contents.indicators().stream().filter(i -> i.value() != null)
                .map(i -> i.indicator().measure().getId()).distinct().count();
        return Map.of("message", "台账已导入草稿：" + filled + " 项任务已填进展、" + values + " 项指标已填数值。"
                + "请回到任务中心刷新任务表单，检查后再提交。");
    }

    @PostMapping("/evidence")
    ResponseEntity<EvidenceView> upload(@PathVariable long reportId, @RequestParam("workItemId") long workItemId,
            @RequestParam("file") MultipartFile file) throws IOException {
        UnitReport report = editable(reportId);
        var workItem = reports.draft(report).getItems().stream().map(ItemEntry::getWorkItem)
                .filter(w -> w.getId() == workItemId).findFirst()
                .orElseThrow(() -> new InvalidInputException("workItemId", "该任务不属于本单位的任务清单：" + workItemId));
        return ResponseEntity.status(HttpStatus.CREATED).body(EvidenceView.of(evidence.store(report, workItem, null,
                file.getOriginalFilename(), file.getBytes(), CurrentUser.get().userId()), names));
    }

    private UnitReport visible(long reportId) {
        UnitReport report = reports.report(reportId);
        access.checkCanView(report.getUnit());
        return report;
    }

    /** A submitted version for everyone who sees the report; a draft only for the unit's own staff. */
    private ReportVersion visibleVersion(long reportId, int versionNo) {
        UnitReport report = visible(reportId);
        ReportVersion version = reports.version(report, versionNo);
        if (version.getState() == ReportVersion.State.DRAFT && !access.isStaffOf(report.getUnit())) {
            throw new ForbiddenException("第" + versionNo + "版尚未提交，草稿仅本单位工作人员可以查看");
        }
        return version;
    }

    private UnitReport editable(long reportId) {
        UnitReport report = visible(reportId);
        access.checkIsStaffOf(report.getUnit());
        if (!isEditable(report)) {
            throw new InvalidInputException("report", "该报送当前状态为“" + report.getStatus().label() + "”，不能修改");
        }
        return report;
    }

    private boolean isEditable(UnitReport report) {
        return report.getStatus() == ReportStatus.DRAFTING && access.isStaffOf(report.getUnit());
    }
}
