package cn.ecodispatch.report;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.ecodispatch.review.ReviewService;

/** After the draft changed outside Tasklist (an imported ledger), the open reporting form shows the new draft. */
@Component
class OpenReportTask {

    private final TaskService taskService;
    private final ReportService reports;
    private final ReviewService review;
    private final ReportForm form;

    OpenReportTask(TaskService taskService, ReportService reports, ReviewService review, ReportForm form) {
        this.taskService = taskService;
        this.reports = reports;
        this.review = review;
        this.form = form;
    }

    void refreshForm(UnitReport report) {
        Task task = taskService.createTaskQuery().processInstanceId(report.getProcessInstanceId())
                .taskDefinitionKey(UnitMonthlyReportProcess.Elements.TASK_SUBMIT).singleResult();
        if (task != null) {
            taskService.setVariablesLocal(task.getId(), form.editable(report, reports.draft(report),
                    review.pendingReturnReason(report).orElse(null)));
        }
    }
}
