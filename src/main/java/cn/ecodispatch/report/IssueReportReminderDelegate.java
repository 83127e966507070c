package cn.ecodispatch.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.ecodispatch.supervision.ReminderLetters;

/** Task_IssueReportReminder (发出提示函): the due date passed with the report still with the unit. */
@Component("issueReportReminderDelegate")
class IssueReportReminderDelegate implements JavaDelegate {

    private final ReportTaskContext context;
    private final ReminderLetters letters;

    IssueReportReminderDelegate(ReportTaskContext context, ReminderLetters letters) {
        this.context = context;
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UnitReport report = context.reportOf(execution);
        if (report.getFirstSubmittedAt() == null) {
            letters.reportOverdue(report);
        }
    }
}
