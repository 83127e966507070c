package cn.ecodispatch.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.catalog.DistrictWords;
import cn.ecodispatch.history.TaskHistory;
import cn.ecodispatch.report.ReportHistory;
import cn.ecodispatch.report.ReportTaskContext;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.TaskTitles;

/**
 * Task_SignOffReport and Task_ReviewReport, on create: show the submitted version read-only and clear the last
 * round's decision, so the leader or reviewer decides afresh; the 历史 tab lists the report's earlier steps.
 */
@Component("reportViewListener")
class ReportViewListener implements TaskListener {

    private final ReportTaskContext context;
    private final ReviewService review;
    private final ReportHistory history;
    private final TaskHistory taskHistory;
    private final DistrictWords words;

    ReportViewListener(ReportTaskContext context, ReviewService review, ReportHistory history,
            TaskHistory taskHistory, DistrictWords words) {
        this.context = context;
        this.review = review;
        this.history = history;
        this.taskHistory = taskHistory;
        this.words = words;
    }

    @Override
    public void notify(DelegateTask task) {
        UnitReport report = context.reportOf(task);
        TaskTitles.nameForUnit(task, report.getUnit().getName(), words.kindLabel(report.getUnit().getKind()),
                report.getCycle().getPeriod().label());
        UnitMonthlyReportProcess.Variables.SIGN_OFF_DECISION.removeFrom(task.getExecution());
        UnitMonthlyReportProcess.Variables.REVIEW_OUTCOME.removeFrom(task.getExecution());
        FormValues.showOnTask(task, review.submittedForm(report));
        taskHistory.showOn(task, history.of(report));
    }
}
