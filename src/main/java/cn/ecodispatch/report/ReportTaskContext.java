package cn.ecodispatch.report;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Finds the report a task or step of {@code unit-monthly-report} is about, from its {@code reportId} variable. */
@Component
public class ReportTaskContext {

    private final ReportService reports;

    ReportTaskContext(ReportService reports) {
        this.reports = reports;
    }

    public UnitReport reportOf(VariableScope scope) {
        return reports.report((Long) scope.getVariable(UnitMonthlyReportProcess.Variables.REPORT_ID));
    }
}
