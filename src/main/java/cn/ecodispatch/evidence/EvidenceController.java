package cn.ecodispatch.evidence;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.ecodispatch.report.ReportStatus;
import cn.ecodispatch.security.UnitAccess;
import cn.ecodispatch.shared.InvalidInputException;

/** Downloads an evidence file (the unit's staff and the office), or removes one while the unit still edits. */
@RestController
@RequestMapping("/api/evidence")
@Transactional
class EvidenceController {

    private final EvidenceService evidence;
    private final UnitAccess access;

    EvidenceController(EvidenceService evidence, UnitAccess access) {
        this.evidence = evidence;
        this.access = access;
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        EvidenceFile file = evidence.file(id);
        access.checkCanView(file.getReport().getUnit());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.getContent());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        EvidenceFile file = evidence.file(id);
        access.checkIsStaffOf(file.getReport().getUnit());
        boolean editable = file.getRectification() != null
                ? file.getRectification().getStatus() != cn.ecodispatch.rectification.Rectification.Status.PASSED
                : file.getReport().getStatus() == ReportStatus.DRAFTING;
        if (!editable) {
            throw new InvalidInputException("file", "材料已提交，不能删除");
        }
        evidence.delete(file);
        return ResponseEntity.noContent().build();
    }
}
