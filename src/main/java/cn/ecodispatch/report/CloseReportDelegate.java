package cn.ecodispatch.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.ecodispatch.dispatch.DispatchService;
import cn.ecodispatch.review.ReviewService;

/** Task_CloseReport (报送办结): closes the report and, if it was the month's last, tells the waiting cycle. */
@Component("closeReportDelegate")
class CloseReportDelegate implements JavaDelegate {

    private final ReportTaskContext context;
    private final ReportService reports;
    private final ReviewService review;
    private final DispatchService dispatch;

    CloseReportDelegate(ReportTaskContext context, ReportService reports, ReviewService review,
            DispatchService dispatch) {
        this.context = context;
        this.reports = reports;
        this.review = review;
        this.dispatch = dispatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UnitReport report = context.reportOf(execution);
        reports.close(report, review.closingStatus(report));
        dispatch.reportClosed(report);
    }
}
