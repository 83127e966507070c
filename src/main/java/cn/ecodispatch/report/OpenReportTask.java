package cn.ecodispatch.report;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.ecodispatch.catalog.KeyTaskRole;
import cn.ecodispatch.catalog.Unit;

/**
 * After what a reporting form shows changed outside it — an imported ledger, a participating unit's contribution —
 * the open reporting form shows the change.
 */
@Component
class OpenReportTask {

    private static final Logger LOG = LoggerFactory.getLogger(OpenReportTask.class);

    private final TaskService taskService;
    private final ReportService reports;
    private final ReportDecisions decisions;
    private final ReportForm form;
    private final ProcessEngineConfigurationImpl engine;
    private final ApplicationEventPublisher events;

    OpenReportTask(TaskService taskService, ReportService reports, ReportDecisions decisions, ReportForm form,
            ProcessEngineConfigurationImpl engine, ApplicationEventPublisher events) {
        this.taskService = taskService;
        this.reports = reports;
        this.decisions = decisions;
        this.form = form;
        this.engine = engine;
        this.events = events;
    }

    void refreshForm(UnitReport report) {
        openTask(report).ifPresent(task -> taskService.setVariablesLocal(task.getId(), form.editable(report,
                reports.draft(report), decisions.pendingReturnReason(report).orElse(null))));
    }

    private Optional<Task> openTask(UnitReport report) {
        return Optional.ofNullable(taskService.createTaskQuery().processInstanceId(report.getProcessInstanceId())
                .taskDefinitionKey(UnitMonthlyReportProcess.Elements.TASK_SUBMIT).singleResult());
    }

    /**
     * A participating unit has submitted: the lead units of its key tasks that are still drafting see its
     * contribution (their forms' key tasks are rewritten, nothing else). Done once the submission has committed,
     * each lead's form in a transaction of its own and on the system's account (their tasks belong to other units):
     * a lead unit working on its own report at that moment must not make the participant's submission fail, and a
     * refresh that fails leaves the lead's form as it was (it is rebuilt whenever the lead saves a draft).
     */
    void refreshLeadUnitForms(UnitReport participant, ReportVersion submitted) {
        Set<Unit> leads = submitted.getKeyTasks().stream().filter(e -> !e.isLead())
                .flatMap(e -> e.getKeyTask().unitsIn(KeyTaskRole.LEAD).stream()).collect(Collectors.toSet());
        if (leads.isEmpty()) {
            return;
        }
        List<Long> drafting = reports.reportsOf(participant.getCycle(), leads).stream()
                .filter(lead -> lead.getStatus() == ReportStatus.DRAFTING).map(UnitReport::getId).toList();
        if (!drafting.isEmpty()) {
            events.publishEvent(new LeadFormsOutdated(drafting));
        }
    }

    /** The lead units' reports whose open forms are to show a participant's new submission. */
    record LeadFormsOutdated(List<Long> reportIds) {
    }

    @TransactionalEventListener(fallbackExecution = true)
    void refreshAfterCommit(LeadFormsOutdated outdated) {
        outdated.reportIds().forEach(this::refreshOnItsOwn);
    }

    private void refreshOnItsOwn(long reportId) {
        try {
            engine.getCommandExecutorTxRequiresNew().execute(context -> context.runWithoutAuthorization(() -> {
                UnitReport lead = reports.report(reportId);
                openTask(lead).ifPresent(task -> taskService.setVariablesLocal(task.getId(),
                        form.editableKeyTasks(reports.draft(lead))));
                return null;
            }));
        } catch (RuntimeException e) {
            LOG.warn("牵头单位的填报表单未能显示参与单位的新报送（报送 {}），待其保存草稿时更新", reportId, e);
        }
    }
}
