package cn.ecodispatch.report;

import org.springframework.stereotype.Component;

import cn.ecodispatch.security.UnitAccess;
import cn.ecodispatch.shared.InvalidInputException;

/** Who may see a report and who may still change it: every page and upload of a report asks here. */
@Component
public class ReportAccess {

    private final ReportService reports;
    private final UnitAccess access;

    ReportAccess(ReportService reports, UnitAccess access) {
        this.reports = reports;
        this.access = access;
    }

    /** The report, if the current user may see it (its own unit's staff, the office, leaders above it). */
    public UnitReport visible(long reportId) {
        UnitReport report = reports.report(reportId);
        access.checkCanView(report.getUnit());
        return report;
    }

    /** The report, if the current user is one of its unit's staff and the report is still being drafted. */
    public UnitReport editable(long reportId) {
        UnitReport report = visible(reportId);
        access.checkIsStaffOf(report.getUnit());
        if (!isEditable(report)) {
            throw new InvalidInputException("report", "该报送当前状态为“" + report.getStatus().label() + "”，不能修改");
        }
        return report;
    }

    public boolean isEditable(UnitReport report) {
        return report.getStatus() == ReportStatus.DRAFTING && access.isStaffOf(report.getUnit());
    }

    /** Staff of the report's unit see its drafts; everyone else sees submitted versions only. */
    boolean seesDrafts(UnitReport report) {
        return access.isStaffOf(report.getUnit());
    }
}
