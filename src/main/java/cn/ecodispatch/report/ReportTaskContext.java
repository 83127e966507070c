package cn.ecodispatch.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import cn.ecodispatch.security.TaskGuard;

/** Finds the report a task or step of {@code unit-monthly-report} is about, from its {@code reportId} variable. */
@Component
public class ReportTaskContext {

    private final ReportService reports;
    private final TaskGuard guard;

    ReportTaskContext(ReportService reports, TaskGuard guard) {
        this.reports = reports;
        this.guard = guard;
    }

    public UnitReport reportOf(VariableScope scope) {
        return reports.report(UnitMonthlyReportProcess.Variables.REPORT_ID.from(scope));
    }

    /**
     * A task's report, by the id its process holds: asked of the task, the engine would first read the task's own
     * variables from the database, a query for every task just created.
     */
    public UnitReport reportOf(DelegateTask task) {
        return reportOf(task.getExecution());
    }

    /** The report a person's completion of the task writes to, once {@link TaskGuard} has let it through. */
    public UnitReport reportCompleting(DelegateTask task) {
        UnitReport report = reportOf(task);
        guard.checkCompletion(task, report.getProcessInstanceId(), report.getUnit().getCode());
        return report;
    }
}
