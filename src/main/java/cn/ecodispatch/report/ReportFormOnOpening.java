package cn.ecodispatch.report;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.FormOnOpening;

/**
 * Task_SubmitMonthlyReport (填报月度工作总结和台账), when its form is opened: the current draft, editable, with why the
 * report came back if it was returned. Built at each opening, so the form shows what changed since it was last
 * opened — an imported ledger, the participating units' contributions to the key tasks the unit leads.
 */
@Component
class ReportFormOnOpening implements FormOnOpening {

    private final ReportTaskContext context;
    private final ReportService reports;
    private final ReportDecisions decisions;
    private final ReportForm form;

    ReportFormOnOpening(ReportTaskContext context, ReportService reports, ReportDecisions decisions, ReportForm form) {
        this.context = context;
        this.reports = reports;
        this.decisions = decisions;
        this.form = form;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(UnitMonthlyReportProcess.Elements.TASK_SUBMIT);
    }

    @Override
    public Map<String, Object> valuesFor(DelegateTask task) {
        UnitReport report = context.reportOf(task);
        return form.editable(report, reports.draft(report), decisions.pendingReturnReason(report).orElse(null));
    }
}
