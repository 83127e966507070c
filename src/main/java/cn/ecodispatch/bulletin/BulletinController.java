package cn.ecodispatch.bulletin;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.ecodispatch.catalog.CatalogService;
import cn.ecodispatch.catalog.DistrictWords;
import cn.ecodispatch.security.CurrentUser;
import cn.ecodispatch.security.UnitAccess;
import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.ForbiddenException;
import cn.ecodispatch.shared.InvalidInputException;

/**
 * The month's bulletins for everyone signed in: published ones for all, drafts for the office, its director, the
 * organisation department and administrators; corrections by the office; the bulletin as .docx and .xlsx.
 */
@RestController
@RequestMapping("/api/bulletins")
@Transactional(readOnly = true)
class BulletinController {

    private static final MediaType DOCX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    record CorrectionRequest(String reason) {
    }

    record Opened(long id, int versionNo, String processInstanceId, String message) {
    }

    record Version(long id, int versionNo, String documentNumber) {
        static Version of(Bulletin b) {
            return b == null ? null : new Version(b.getId(), b.getVersionNo(), b.getDocumentNumber());
        }
    }

    record BulletinRow(long id, String period, String periodLabel, int versionNo, String title, String status,
            String statusLabel, String documentNumber, OffsetDateTime publishedAt, Version supersededBy) {
    }

    record UnitRow(int rank, String unitCode, String unitName, int score, String timeliness, String timelinessLabel,
            int daysLate, int returnCount, int rectificationsOpened, int rectificationsClosed,
            int rectificationsOverdue, int reminderLetters, int accountabilityDecisions, boolean commended,
            boolean criticized, boolean inspected) {
        static UnitRow of(UnitFigures f) {
            return new UnitRow(f.getRank(), f.getUnitCode(), f.getUnitName(), f.getScore(), f.getTimeliness().name(),
                    f.getTimeliness().label(), f.getDaysLate(), f.getReturnCount(), f.getRectificationsOpened(),
                    f.getRectificationsClosed(), f.getRectificationsOverdue(), f.getReminderLetters(),
                    f.getAccountabilityDecisions(), f.isCommended(), f.isCriticized(), f.isInspected());
        }
    }

    record BulletinView(BulletinRow bulletin, String body, String returnReason, Version corrects,
            String correctionReason, String ownUnitCode, boolean correctable, List<UnitRow> ranking,
            List<KeyTaskFigures> keyTasks, List<IndicatorFigures> indicators, String docxUrl, String xlsxUrl) {
    }

    private final BulletinService bulletins;
    private final BulletinDocument document;
    private final BulletinWorkbook workbook;
    private final CatalogService catalog;
    private final UnitAccess access;
    private final DistrictWords words;

    BulletinController(BulletinService bulletins, BulletinDocument document, BulletinWorkbook workbook,
            CatalogService catalog, UnitAccess access, DistrictWords words) {
        this.bulletins = bulletins;
        this.document = document;
        this.workbook = workbook;
        this.catalog = catalog;
        this.access = access;
        this.words = words;
    }

    @GetMapping
    List<BulletinRow> list() {
        return (access.isSupervisor() ? bulletins.all() : bulletins.published()).stream().map(this::row).toList();
    }

    @GetMapping("/{id}")
    BulletinView bulletin(@PathVariable long id) {
        Bulletin bulletin = visible(id);
        CurrentUser user = CurrentUser.get();
        List<UnitFigures> units = bulletin.getUnits();
        String ownUnit = units.stream().map(UnitFigures::getUnitCode).filter(user::isMemberOf).findFirst()
                .orElse(null);
        boolean correctable = access.isOffice() && bulletin.isPublished()
                && bulletins.supersededBy(bulletin).isEmpty();
        String base = "/api/bulletins/" + id;
        return new BulletinView(row(bulletin), bulletin.getBody(), bulletin.getReturnReason(),
                Version.of(bulletin.getCorrects()), bulletin.getCorrectionReason(), ownUnit, correctable,
                units.stream().map(UnitRow::of).toList(), bulletin.getKeyTasks(), bulletin.getIndicators(),
                base + "/document.docx", base + "/tables.xlsx");
    }

    /** The office corrects a published bulletin: a new draft version, approved like the first. */
    @PostMapping("/{id}/corrections")
    @Transactional
    ResponseEntity<Opened> correct(@PathVariable long id, @RequestBody CorrectionRequest request) {
        access.checkIsOffice("更正通报");
        String reason = request == null || request.reason() == null ? "" : request.reason().trim();
        if (reason.isEmpty()) {
            throw new InvalidInputException("reason", "请填写“更正原因”（reason）");
        }
        Bulletin correction = bulletins.correct(bulletins.bulletin(id),
                FormValues.limited(reason, "reason", "更正原因", 2000));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Opened(correction.getId(),
                correction.getVersionNo(), correction.getProcessInstanceId(),
                "已生成第" + correction.getVersionNo() + "版通报更正稿，请在任务中心修改后报主任审签"));
    }

    @GetMapping("/{id}/document.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        Bulletin bulletin = visible(id);
        return download(DOCX, BulletinFiles.fileName(bulletin, "docx"),
                document.write(bulletin, catalog.currentPlan().getIssuer()));
    }

    @GetMapping("/{id}/tables.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        Bulletin bulletin = visible(id);
        return download(XLSX, BulletinFiles.fileName(bulletin, "xlsx"), workbook.write(bulletin));
    }

    private Bulletin visible(long id) {
        Bulletin bulletin = bulletins.bulletin(id);
        if (!bulletin.isPublished() && !access.isSupervisor()) {
            throw new ForbiddenException("该通报尚未发布，仅" + words.office() + "、组织部门可以查看草稿");
        }
        return bulletin;
    }

    private BulletinRow row(Bulletin b) {
        return new BulletinRow(b.getId(), b.getCycle().getPeriod().toString(), b.getCycle().getPeriod().label(),
                b.getVersionNo(), BulletinFiles.title(b), b.getStatus().name(), b.getStatus().label(),
                b.getDocumentNumber(), b.getPublishedAt(), Version.of(bulletins.supersededBy(b).orElse(null)));
    }

    private static ResponseEntity<byte[]> download(MediaType type, String fileName, byte[] content) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
