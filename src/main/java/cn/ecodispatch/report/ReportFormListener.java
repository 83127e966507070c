package cn.ecodispatch.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_SubmitMonthlyReport (填报月度工作总结和台账), on create: names the task by unit and month and shows in the 历史
 * tab every earlier submission and decision; the form itself is built when it is opened ({@link ReportFormOnOpening}).
 * Last round's choice of action is cleared so the reporter chooses afresh; after a saved draft the task goes straight
 * back to the person who saved it.
 */
@Component("reportFormListener")
class ReportFormListener implements TaskListener {

    private final ReportTaskContext context;
    private final ReportService reports;
    private final ReportTaskHeading heading;

    ReportFormListener(ReportTaskContext context, ReportService reports, ReportTaskHeading heading) {
        this.context = context;
        this.reports = reports;
        this.heading = heading;
    }

    @Override
    public void notify(DelegateTask task) {
        UnitReport report = context.reportOf(task);
        heading.showOn(task, report);
        boolean draftJustSaved = UnitMonthlyReportProcess.Variables.REPORT_ACTION.find(task.getExecution())
                .filter(SubmitReportListener.DRAFT::equals).isPresent();
        UnitMonthlyReportProcess.Variables.REPORT_ACTION.removeFrom(task.getExecution());
        if (draftJustSaved) {
            String writer = reports.draft(report).getSavedBy();
            if (writer != null) {
                task.setAssignee(writer); // the draft stays with whoever is writing it: no claiming again
            }
        }
    }
}
