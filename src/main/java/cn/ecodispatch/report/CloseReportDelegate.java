package cn.ecodispatch.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseReport (报送办结): closes the report; Task_CheckMonthComplete then tells the cycle if it was the last. */
@Component("closeReportDelegate")
class CloseReportDelegate implements JavaDelegate {

    private final ReportTaskContext context;
    private final ReportService reports;
    private final ReportDecisions decisions;

    CloseReportDelegate(ReportTaskContext context, ReportService reports, ReportDecisions decisions) {
        this.context = context;
        this.reports = reports;
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UnitReport report = context.reportOf(execution);
        reports.close(report, decisions.closingStatus(report));
    }
}
