package cn.ecodispatch.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.FormValues;

/**
 * Task_SubmitMonthlyReport (填报月度工作总结和台账), on create: shows the current draft, why the report came back if
 * it was returned, and in the 历史 tab every earlier submission and decision. Last round's choice of action is
 * cleared so the reporter chooses afresh; after a saved draft the task goes straight back to the person who saved it.
 */
@Component("reportFormListener")
class ReportFormListener implements TaskListener {

    private final ReportTaskContext context;
    private final ReportService reports;
    private final ReportDecisions decisions;
    private final ReportForm form;
    private final ReportTaskHeading heading;

    ReportFormListener(ReportTaskContext context, ReportService reports, ReportDecisions decisions, ReportForm form,
            ReportTaskHeading heading) {
        this.context = context;
        this.reports = reports;
        this.decisions = decisions;
        this.form = form;
        this.heading = heading;
    }

    @Override
    public void notify(DelegateTask task) {
        UnitReport report = context.reportOf(task);
        heading.showOn(task, report);
        boolean draftJustSaved = UnitMonthlyReportProcess.Variables.REPORT_ACTION.find(task.getExecution())
                .filter(SubmitReportListener.DRAFT::equals).isPresent();
        UnitMonthlyReportProcess.Variables.REPORT_ACTION.removeFrom(task.getExecution());
        ReportVersion draft = reports.draft(report);
        if (draftJustSaved && draft.getSavedBy() != null) {
            task.setAssignee(draft.getSavedBy()); // the draft stays with whoever is writing it: no claiming again
        }
        FormValues.showOnTask(task, form.editable(report, draft, decisions.pendingReturnReason(report).orElse(null)));
    }
}
