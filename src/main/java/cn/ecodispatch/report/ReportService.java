package cn.ecodispatch.report;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.catalog.CatalogService;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.shared.NotFoundException;

/** The life of a unit's monthly report: drafts, submissions, returns and closing. */
@Service
@Transactional
public class ReportService {

    private final UnitReportRepository reports;
    private final ReportVersionRepository versions;
    private final CatalogService catalog;
    private final Clock clock;

    ReportService(UnitReportRepository reports, ReportVersionRepository versions, CatalogService catalog,
            Clock clock) {
        this.reports = reports;
        this.versions = versions;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * A new report for the unit, with an empty first draft. The draft's rows are written when the unit first saves
     * it; until then it shows the unit's work items, key tasks and indicators as the catalogue lists them then.
     */
    public UnitReport open(DispatchCycle cycle, Unit unit, OffsetDateTime dueAt) {
        UnitReport report = reports.save(new UnitReport(cycle, unit, dueAt));
        versions.save(new ReportVersion(report, 1));
        return report;
    }

    public void attachProcess(UnitReport report, String processInstanceId) {
        report.attachProcess(processInstanceId);
    }

    @Transactional(readOnly = true)
    public UnitReport report(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("报送不存在：" + id));
    }

    /** The month's reports of the given units. */
    @Transactional(readOnly = true)
    public List<UnitReport> reportsOf(DispatchCycle cycle, Collection<Unit> units) {
        return reports.findByCycleAndUnitIn(cycle, units);
    }

    @Transactional(readOnly = true)
    public List<ReportVersion> versions(UnitReport report) {
        List<ReportVersion> all = versions.findByReportOrderByVersionNo(report);
        all.forEach(this::withRows);
        return all;
    }

    @Transactional(readOnly = true)
    public ReportVersion version(UnitReport report, int versionNo) {
        return versions.findByReportAndVersionNo(report, versionNo).map(this::withRows)
                .orElseThrow(() -> new NotFoundException("该报送没有第" + versionNo + "版"));
    }

    /** The version the reporter is editing; there is one whenever the report is being drafted. */
    @Transactional(readOnly = true)
    public ReportVersion draft(UnitReport report) {
        return versions.findFirstByReportAndStateOrderByVersionNoDesc(report, ReportVersion.State.DRAFT)
                .map(this::withRows)
                .orElseThrow(() -> new InvalidInputException("report", "该报送当前不在填报阶段，不能修改"));
    }

    /** The version as it reads: a first draft not saved yet gets the empty rows it shows. */
    private ReportVersion withRows(ReportVersion version) {
        if (version.needsBlankRows()) {
            Unit unit = version.getReport().getUnit();
            version.showBlankRows(unit, catalog.workOf(unit));
        }
        return version;
    }

    @Transactional(readOnly = true)
    public ReportVersion latestSubmitted(UnitReport report) {
        return report.latestSubmittedVersionId().flatMap(versions::findById)
                .orElseThrow(() -> new IllegalStateException("报送 " + report.getId() + " 尚无已提交版本"));
    }

    public void saveDraft(UnitReport report, ReportContents contents, String user) {
        saveDraft(report, draft(report), contents, user);
    }

    /** Saves into the draft already read by the caller ({@link #draft}), sparing a second read. */
    public void saveDraft(UnitReport report, ReportVersion draft, ReportContents contents, String user) {
        if (report.getStatus() != ReportStatus.DRAFTING) {
            throw new InvalidInputException("report", "该报送当前状态为“" + report.getStatus().label() + "”，不能修改");
        }
        requireDraftOf(report, draft);
        draft.replaceContents(contents, user, clock.now());
    }

    /**
     * Freezes the draft (as read by {@link #draft}) as a submitted version; refuses, naming the field, if anything
     * required is missing.
     */
    public ReportVersion submit(UnitReport report, ReportVersion draft, String user) {
        requireDraftOf(report, draft);
        SubmissionRules.check(draft);
        draft.submit(user, clock.now());
        report.submitted(draft, clock.now());
        return draft;
    }

    private static void requireDraftOf(UnitReport report, ReportVersion draft) {
        if (draft.getState() != ReportVersion.State.DRAFT || !draft.getReport().getId().equals(report.getId())) {
            throw new IllegalArgumentException("第" + draft.getVersionNo() + "版不是报送 " + report.getId() + " 的草稿");
        }
    }

    public void markSignedOff(UnitReport report) {
        report.signedOff();
    }

    /** Sends the report back to the reporter: a new draft starts from the submitted version, which is kept. */
    public void returnToReporter(UnitReport report, boolean byOffice) {
        versions.save(latestSubmitted(report).nextDraft());
        report.returnedToReporter(byOffice);
    }

    public void close(UnitReport report, ReportStatus outcome) {
        report.close(outcome, clock.now());
    }
}
