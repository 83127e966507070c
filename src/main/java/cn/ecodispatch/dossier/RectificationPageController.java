package cn.ecodispatch.dossier;

import java.time.LocalDate;
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
import cn.ecodispatch.rectification.RectificationAccess;
import cn.ecodispatch.report.ReportLabels;

/** The rectification page (整改详情): the problem, every round of report and verification, and its evidence. */
@RestController
@Transactional(readOnly = true)
class RectificationPageController {

    record UnitRef(String code, String name) {
    }

    record RoundView(int roundNo, String actionTaken, String reportedBy, String reportedByName,
            OffsetDateTime reportedAt, String verdictLabel, String opinion, String verifiedBy, String verifiedByName,
            OffsetDateTime verifiedAt) {
    }

    record RectificationView(long id, UnitRef unit, String noticeNumber, String problem, String requirement,
            LocalDate deadline, String deadlineLabel, String statusLabel, boolean editable, List<RoundView> rounds,
            List<EvidenceView> evidence) {
    }

    private final RectificationAccess access;
    private final EvidenceService evidence;
    private final DisplayNames names;

    RectificationPageController(RectificationAccess access, EvidenceService evidence, DisplayNames names) {
        this.access = access;
        this.evidence = evidence;
        this.names = names;
    }

    @GetMapping("/api/rectifications/{rectificationId}")
    RectificationView rectification(@PathVariable long rectificationId) {
        Rectification r = access.visible(rectificationId);
        return new RectificationView(r.getId(), new UnitRef(r.getUnit().getCode(), r.getUnit().getName()),
                r.getNoticeNumber(), r.getProblem(), r.getRequirement(), r.getDeadline(),
                ReportLabels.day(r.getDeadline()), r.getStatus().label(), access.isEditable(r),
                r.getRounds().stream().map(o -> new RoundView(o.getRoundNo(), o.getActionTaken(), o.getReportedBy(),
                        names.of(o.getReportedBy()), o.getReportedAt(), o.getVerdictLabel(), o.getOpinion(),
                        o.getVerifiedBy(), names.of(o.getVerifiedBy()), o.getVerifiedAt())).toList(),
                evidence.ofRectification(r).stream().map(f -> EvidenceView.of(f, names)).toList());
    }
}
