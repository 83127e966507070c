package cn.ecodispatch.report;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.catalog.UnitWork;
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
    private final Clock clock;

    ReportService(UnitReportRepository reports, ReportVersionRepository versions, Clock clock) {
        this.reports = reports;
        this.versions = versions;
        this.clock = clock;
    }

    /** A new report for the unit, with an empty draft listing its work items, key tasks and indicators. */
    public UnitReport open(DispatchCycle cycle, Unit unit, UnitWork work, OffsetDateTime dueAt) {
        UnitReport report = reports.save(new UnitReport(cycle, unit, dueAt));
        ReportVersion draft = new ReportVersion(report, 1);
        draft.replaceContents(new ReportContents(
                work.workItems().stream().map(w -> new ReportContents.Item(w, null, null, null)).toList(),
                work.keyTasks().stream().map(t -> new ReportContents.KeyTaskWork(t, t.roleOf(unit).orElseThrow(),
                        null, null, null)).toList(),
                work.indicators().stream().map(i -> new ReportContents.IndicatorEntry(i, null)).toList(),
                null, null, null), null, null);
        versions.save(draft);
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
        return versions.findByReportOrderByVersionNo(report);
    }

    @Transactional(readOnly = true)
    public ReportVersion version(UnitReport report, int versionNo) {
        return versions.findByReportAndVersionNo(report, versionNo)
                .orElseThrow(() -> new NotFoundException("该报送没有第" + versionNo + "版"));
    }

    /** The version the reporter is editing; there is one whenever the report is being drafted. */
    @Transactional(readOnly = true)
    public ReportVersion draft(UnitReport report) {
        return versions.findFirstByReportAndStateOrderByVersionNoDesc(report, ReportVersion.State.DRAFT)
                .orElseThrow(() -> new InvalidInputException("report", "该报送当前不在填报阶段，不能修改"));
    }

    @Transactional(readOnly = true)
    public ReportVersion latestSubmitted(UnitReport report) {
        return versions.findFirstByReportAndStateOrderByVersionNoDesc(report, ReportVersion.State.SUBMITTED)
                .orElseThrow(() -> new IllegalStateException("报送 " + report.getId() + " 尚无已提交版本"));
    }

    public void saveDraft(UnitReport report, ReportContents contents, String user) {
        if (report.getStatus() != ReportStatus.DRAFTING) {
            throw new InvalidInputException("report", "该报送当前状态为“" + report.getStatus().label() + "”，不能修改");
        }
        draft(report).replaceContents(contents, user, clock.now());
    }

    /** Freezes the draft as a submitted version; refuses, naming the field, if anything required is missing. */
    public ReportVersion submit(UnitReport report, String user) {
        ReportVersion draft = draft(report);
        SubmissionRules.check(draft);
        draft.submit(user, clock.now());
        report.submitted(clock.now());
        return draft;
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
