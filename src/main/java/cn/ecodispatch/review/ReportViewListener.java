package cn.ecodispatch.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.report.ReportTaskContext;
import cn.ecodispatch.report.ReportTaskHeading;
import cn.ecodispatch.report.UnitMonthlyReportProcess;

/**
 * Task_SignOffReport and Task_ReviewReport, on create: name the task by unit and month and clear the last round's
 * decision, so the leader or reviewer decides afresh; the 历史 tab lists the report's earlier steps. The submitted
 * version is shown when the form is opened ({@link SubmittedReportOnOpening}).
 */
@Component("reportViewListener")
class ReportViewListener implements TaskListener {

    private final ReportTaskContext context;
    private final ReportTaskHeading heading;

    ReportViewListener(ReportTaskContext context, ReportTaskHeading heading) {
        this.context = context;
        this.heading = heading;
    }

    @Override
    public void notify(DelegateTask task) {
        heading.showOn(task, context.reportOf(task));
        UnitMonthlyReportProcess.Variables.SIGN_OFF_DECISION.removeFrom(task.getExecution());
        UnitMonthlyReportProcess.Variables.REVIEW_OUTCOME.removeFrom(task.getExecution());
    }
}
