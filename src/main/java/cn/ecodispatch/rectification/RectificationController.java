package cn.ecodispatch.rectification;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
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
import cn.ecodispatch.report.ReportLabels;
import cn.ecodispatch.security.CurrentUser;
import cn.ecodispatch.security.UnitAccess;
import cn.ecodispatch.shared.InvalidInputException;

/** The rectification page's API: the notice, its rounds, and evidence uploads by the unit. */
@RestController
@RequestMapping("/api/rectifications/{rectificationId}")
@Transactional
class RectificationController {

    record UnitRef(String code, String name) {
    }

    record RoundView(int roundNo, String actionTaken, String reportedBy, String reportedByName,
            OffsetDateTime reportedAt, String verdictLabel, String opinion, String verifiedBy, String verifiedByName,
            OffsetDateTime verifiedAt) {
    }

    record RectificationView(long id, UnitRef unit, String noticeNumber, String problem, String requirement, LocalDate deadline,
            String deadlineLabel, String statusLabel, boolean editable, List<RoundView> rounds,
            List<EvidenceView> evidence) {
    }

    private final RectificationService rectifications;
    private final EvidenceService evidence;
    private final UnitAccess access;
    private final DisplayNames names;

    RectificationController(RectificationService rectifications, EvidenceService evidence, UnitAccess access,
            DisplayNames names) {
        this.names = names;
        this.rectifications = rectifications;
        this.evidence = evidence;
        this.access = access;
    }

    @GetMapping
    RectificationView rectification(@PathVariable long rectificationId) {
        Rectification r = rectifications.rectification(rectificationId);
        access.checkCanView(r.getUnit());
        return new RectificationView(r.getId(), new UnitRef(r.getUnit().getCode(), r.getUnit().getName()),
                r.getNoticeNumber(), r.getProblem(), r.getRequirement(), r.getDeadline(), ReportLabels.day(r.getDeadline()),
                r.getStatus().label(), isEditable(r),
                r.getRounds().stream().map(o -> new RoundView(o.getRoundNo(), o.getActionTaken(), o.getReportedBy(),
                        names.of(o.getReportedBy()), o.getReportedAt(), o.getVerdictLabel(), o.getOpinion(),
                        o.getVerifiedBy(), names.of(o.getVerifiedBy()), o.getVerifiedAt())).toList(),
                evidence.ofRectification(r).stream().map(f -> EvidenceView.of(f, names)).toList());
    }

    @PostMapping("/evidence")
    ResponseEntity<EvidenceView> upload(@PathVariable long rectificationId, @RequestParam("file") MultipartFile file)
            throws IOException {
        Rectification r = rectifications.rectification(rectificationId);
        access.checkIsStaffOf(r.getUnit());
        if (!isEditable(r)) {
            throw new InvalidInputException("rectification", "该整改事项已销号，不能再上传材料");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(EvidenceView.of(evidence.store(r.getReport(), null, r,
                file.getOriginalFilename(), file.getBytes(), CurrentUser.get().userId()), names));
    }

    private boolean isEditable(Rectification r) {
        return r.getStatus() != Rectification.Status.PASSED && access.isStaffOf(r.getUnit());
    }
}
