package cn.ecodispatch.report;

import org.springframework.stereotype.Component;

/** Links from a task form to the project's own pages (attachments, Excel ledger, evidence). */
@Component
public class ReportLinks {

    public String reportPage(UnitReport report) {
        return "/eco/report.html?reportId=" + report.getId();
    }

    public String rectificationPage(long rectificationId) {
        return "/eco/rectification.html?rectificationId=" + rectificationId;
    }
}
