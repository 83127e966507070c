package cn.ecodispatch.evidence;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.ecodispatch.catalog.WorkItem;
import cn.ecodispatch.identity.DisplayNames;
import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.rectification.RectificationAccess;
import cn.ecodispatch.report.ItemEntry;
import cn.ecodispatch.report.ReportAccess;
import cn.ecodispatch.report.ReportService;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.security.CurrentUser;
import cn.ecodispatch.shared.InvalidInputException;

/** Uploads of evidence (佐证材料): for a work item of a report being drafted, or for an open rectification. */
@RestController
@Transactional
class EvidenceUploadController {

    private final EvidenceService evidence;
    private final ReportAccess reportAccess;
    private final RectificationAccess rectificationAccess;
    private final ReportService reports;
    private final DisplayNames names;

    EvidenceUploadController(EvidenceService evidence, ReportAccess reportAccess,
            RectificationAccess rectificationAccess, ReportService reports, DisplayNames names) {
        this.evidence = evidence;
        this.reportAccess = reportAccess;
        this.rectificationAccess = rectificationAccess;
        this.reports = reports;
        this.names = names;
    }

    @PostMapping("/api/reports/{reportId}/evidence")
    ResponseEntity<EvidenceView> forReport(@PathVariable long reportId, @RequestParam("workItemId") long workItemId,
            @RequestParam("file") MultipartFile file) throws IOException {
        UnitReport report = reportAccess.editable(reportId);
        WorkItem workItem = reports.draft(report).getItems().stream().map(ItemEntry::getWorkItem)
                .filter(w -> w.getId() == workItemId).findFirst()
                .orElseThrow(() -> new InvalidInputException("workItemId", "该任务不属于本单位的任务清单：" + workItemId));
        return stored(evidence.store(report, workItem, null, file.getOriginalFilename(), file.getBytes(),
                CurrentUser.get().userId()));
    }

    @PostMapping("/api/rectifications/{rectificationId}/evidence")
    ResponseEntity<EvidenceView> forRectification(@PathVariable long rectificationId,
            @RequestParam("file") MultipartFile file) throws IOException {
        Rectification rectification = rectificationAccess.editable(rectificationId);
        return stored(evidence.store(rectification.getReport(), null, rectification, file.getOriginalFilename(),
                file.getBytes(), CurrentUser.get().userId()));
    }

    private ResponseEntity<EvidenceView> stored(EvidenceFile file) {
        return ResponseEntity.status(HttpStatus.CREATED).body(EvidenceView.of(file, names));
    }
}
