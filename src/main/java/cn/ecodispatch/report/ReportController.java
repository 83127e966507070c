package cn.ecodispatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import cn.ecodispatch.security.CurrentUser;
import cn.ecodispatch.shared.ForbiddenException;

/**
 * A report's documents: its versions (on screen and as .docx) and the Excel ledger (template and import). The page
 * itself is {@code dossier.ReportPageController}; evidence uploads are {@code evidence.EvidenceUploadController}.
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

    private final ReportService reports;
    private final ReportAccess access;
    private final LedgerWorkbook ledger;
    private final ReportVersionViews versionViews;
    private final ReportVersionDocument versionDocument;

    ReportController(ReportService reports, ReportAccess access, LedgerWorkbook ledger,
            ReportVersionViews versionViews, ReportVersionDocument versionDocument) {
        this.reports = reports;
        this.access = access;
        this.ledger = ledger;
        this.versionViews = versionViews;
        this.versionDocument = versionDocument;
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
        UnitReport report = access.visible(reportId);
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
        UnitReport report = access.editable(reportId);
        ReportContents contents;
        try (InputStream in = file.getInputStream()) {
            contents = ledger.read(in, reports.draft(report));
        }
        reports.saveDraft(report, contents, CurrentUser.get().userId());
        long filled = contents.items().stream().filter(i -> i.progress() != null).count();
        long values = contents.indicators().stream().filter(i -> i.value() != null)
                .map(i -> i.indicator().measure().getId()).distinct().count();
        return Map.of("message", "台账已导入草稿：" + filled + " 项任务已填进展、" + values + " 项指标已填数值。"
                + "请回到任务中心刷新任务表单，检查后再提交。");
    }

    /** A submitted version for everyone who sees the report; a draft only for the unit's own staff. */
    private ReportVersion visibleVersion(long reportId, int versionNo) {
        UnitReport report = access.visible(reportId);
        ReportVersion version = reports.version(report, versionNo);
        if (version.getState() == ReportVersion.State.DRAFT && !access.seesDrafts(report)) {
            throw new ForbiddenException("第" + versionNo + "版尚未提交，草稿仅本单位工作人员可以查看");
        }
        return version;
    }
}
