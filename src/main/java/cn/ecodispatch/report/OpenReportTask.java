package cn.ecodispatch.report;

import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After what a reporting form shows changed outside it — an imported ledger, a participating unit's contribution —
 * the open reporting form shows the change: an imported ledger at once, the contributions when the lead unit opens
 * its form ({@link ContributionsOnFormOpen}).
 */
@Component
class OpenReportTask {

    private static final Logger LOG = LoggerFactory.getLogger(OpenReportTask.class);

    private final TaskService taskService;
    private final ReportService reports;
    private final ReportDecisions decisions;
    private final ReportForm form;
    private final ProcessEngineConfigurationImpl engine;

    OpenReportTask(TaskService taskService, ReportService reports, ReportDecisions decisions, ReportForm form,
            ProcessEngineConfigurationImpl engine) {
        this.taskService = taskService;
        this.reports = reports;
        this.decisions = decisions;
        this.form = form;
        this.engine = engine;
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
     * A lead unit's reporter opens the report task: the form's key tasks show the participating units' contributions
     * as submitted by now. A participant's submission writes nothing into another unit's form, so that it neither
     * waits for nor collides with the lead units' reports. Only for a caller who may see the task (the engine refuses
     * the others anyway); written in a transaction of its own on the system's account, and a refresh that fails
     * leaves the form as it was, still readable.
     */
    void showContributions(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId)
                .taskDefinitionKey(UnitMonthlyReportProcess.Elements.TASK_SUBMIT).singleResult();
        if (task == null) {
            return;
        }
        try {
            engine.getCommandExecutorTxRequiresNew().execute(context -> context.runWithoutAuthorization(() -> {
                TaskEntity open = context.getTaskManager().findTaskById(taskId);
                long reportId = UnitMonthlyReportProcess.Variables.REPORT_ID.from(open);
                ReportVersion draft = reports.draft(reports.report(reportId));
                if (draft.getKeyTasks().stream().anyMatch(KeyTaskEntry::isLead)) {
                    taskService.setVariablesLocal(taskId, form.editableKeyTasks(draft));
                }
                return null;
            }));
        } catch (RuntimeException e) {
            LOG.warn("牵头单位的填报表单未能显示参与单位的最新报送（任务 {}），显示上次的内容", taskId, e);
        }
    }
}
