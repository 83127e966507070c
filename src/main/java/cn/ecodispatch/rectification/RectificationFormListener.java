package cn.ecodispatch.rectification;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.catalog.DistrictWords;
import cn.ecodispatch.history.TaskHistory;
import cn.ecodispatch.identity.DisplayNames;
import cn.ecodispatch.report.ReportLabels;
import cn.ecodispatch.report.ReportLinks;
import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.TaskTitles;

/**
 * Task_ReportRectification and Task_VerifyRectification, on create: show the notice with its number and the last
 * round, and in the 历史 tab every earlier step.
 */
@Component("rectificationFormListener")
class RectificationFormListener implements TaskListener {

    private final RectificationTaskContext context;
    private final ReportLinks links;
    private final DisplayNames names;
    private final TaskHistory taskHistory;
    private final DistrictWords words;

    RectificationFormListener(RectificationTaskContext context, ReportLinks links, DisplayNames names,
            TaskHistory taskHistory, DistrictWords words) {
        this.context = context;
        this.links = links;
        this.names = names;
        this.taskHistory = taskHistory;
        this.words = words;
    }

    @Override
    public void notify(DelegateTask task) {
        Rectification rectification = context.rectificationOf(task);
        TaskTitles.nameForUnit(task, rectification.getUnit().getName(),
                words.kindLabel(rectification.getUnit().getKind()),
                rectification.getReport().getCycle().getPeriod().label());
        RectificationProcess.Variables.VERDICT.removeFrom(task.getExecution());
        Map<String, Object> variables = new HashMap<>();
        variables.put("noticeNumber", rectification.getNoticeNumber());
        variables.put("problem", rectification.getProblem());
        variables.put("requirement", rectification.getRequirement());
        variables.put("deadlineLabel", ReportLabels.day(rectification.getDeadline()));
        variables.put("evidencePageUrl", links.rectificationPage(rectification.getId()));
        if (!rectification.getRounds().isEmpty()) {
            RectificationRound last = rectification.getRounds().get(rectification.getRounds().size() - 1);
            variables.put("reportedAction", last.getActionTaken());
            variables.put("reportedByName", names.of(last.getReportedBy()));
            variables.put("lastOpinion", last.getOpinion());
        }
        FormValues.showOnTask(task, variables);
        taskHistory.showOn(task, RectificationHistory.of(rectification));
    }
}
