package cn.ecodispatch.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.report.ReportTaskContext;
import cn.ecodispatch.report.ReportTaskHeading;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.shared.FormValues;

/**
 * Task_SignOffReport and Task_ReviewReport, on create: show the submitted version read-only and clear the last
 * round's decision, so the leader or reviewer decides afresh; the 历史 tab lists the report's earlier steps.
 */
@Component("reportViewListener")
class ReportViewListener implements TaskListener {

    private final ReportTaskContext context;
    private final ReviewService review;
    private final ReportTaskHeading heading;

    ReportViewListener(ReportTaskContext context, ReviewService review, ReportTaskHeading heading) {
        this.context = context;
        this.review = review;
        this.heading = heading;
    }

    @Override
    public void notify(DelegateTask task) {
        UnitReport report = context.reportOf(task);
        heading.showOn(task, report);
        UnitMonthlyReportProcess.Variables.SIGN_OFF_DECISION.removeFrom(task.getExecution());
        UnitMonthlyReportProcess.Variables.REVIEW_OUTCOME.removeFrom(task.getExecution());
        FormValues.showOnTask(task, review.submittedForm(report));
    }
}
