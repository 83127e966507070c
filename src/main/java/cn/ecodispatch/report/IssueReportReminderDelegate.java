package cn.ecodispatch.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Task_IssueReportReminder (发出提示函): the due date passed with the report still with the unit; announces
 * {@link ReportOverdue} unless something was submitted, and {@code supervision} writes the letter.
 */
@Component("issueReportReminderDelegate")
class IssueReportReminderDelegate implements JavaDelegate {

    private final ReportTaskContext context;
    private final ApplicationEventPublisher events;

    IssueReportReminderDelegate(ReportTaskContext context, ApplicationEventPublisher events) {
        this.context = context;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UnitReport report = context.reportOf(execution);
        if (report.getFirstSubmittedAt() == null) {
            events.publishEvent(new ReportOverdue(report));
        }
    }
}
