package cn.ecodispatch.report;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.ecodispatch.catalog.KeyTaskRole;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.shared.SystemActions;

/**
 * After what a reporting form shows changed outside it — an imported ledger, a participating unit's contribution —
 * the open reporting form shows the change.
 */
@Component
class OpenReportTask {

    private final TaskService taskService;
    private final ReportService reports;
    private final ReportDecisions decisions;
    private final ReportForm form;

    OpenReportTask(TaskService taskService, ReportService reports, ReportDecisions decisions, ReportForm form) {
        this.taskService = taskService;
        this.reports = reports;
        this.decisions = decisions;
        this.form = form;
    }

    void refreshForm(UnitReport report) {
        Task task = taskService.createTaskQuery().processInstanceId(report.getProcessInstanceId())
                .taskDefinitionKey(UnitMonthlyReportProcess.Elements.TASK_SUBMIT).singleResult();
        if (task != null) {
            taskService.setVariablesLocal(task.getId(), form.editable(report, reports.draft(report),
                    decisions.pendingReturnReason(report).orElse(null)));
        }
    }

    /**
     * A participating unit has submitted: the lead units of its key tasks that are still drafting see its
     * contribution. Their tasks belong to other units, so this is done on the system's account.
     */
    void refreshLeadUnitForms(UnitReport participant, ReportVersion submitted) {
        Set<Unit> leads = submitted.getKeyTasks().stream().filter(e -> !e.isLead())
                .flatMap(e -> e.getKeyTask().unitsIn(KeyTaskRole.LEAD).stream()).collect(Collectors.toSet());
        if (leads.isEmpty()) {
            return;
        }
        reports.reportsOf(participant.getCycle(), leads).stream()
                .filter(lead -> lead.getStatus() == ReportStatus.DRAFTING)
                .forEach(lead -> SystemActions.run(() -> refreshForm(lead)));
    }
}
