package cn.ecodispatch.accountability;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.catalog.DistrictWords;
import cn.ecodispatch.history.TaskHistory;
import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.TaskTitles;

/** The three tasks of {@code accountability}, on create: show the case as it stands, its steps in the 历史 tab. */
@Component("accountabilityFormListener")
class AccountabilityFormListener implements TaskListener {

    private final AccountabilityTaskContext context;
    private final TaskHistory taskHistory;
    private final DistrictWords words;

    AccountabilityFormListener(AccountabilityTaskContext context, TaskHistory taskHistory, DistrictWords words) {
        this.context = context;
        this.taskHistory = taskHistory;
        this.words = words;
    }

    @Override
    public void notify(DelegateTask task) {
        AccountabilityCase accountabilityCase = context.caseOf(task);
        TaskTitles.nameForUnit(task, accountabilityCase.getUnit().getName(),
                words.kindLabel(accountabilityCase.getUnit().getKind()),
                accountabilityCase.getCycle().getPeriod().label());
        Map<String, Object> variables = new HashMap<>();
        variables.put("triggerSummary", accountabilityCase.getTriggerSummary());
        variables.put("facts", accountabilityCase.getFacts() != null ? accountabilityCase.getFacts()
                : accountabilityCase.getTriggerSummary());
        variables.put("suggestedMeasure", accountabilityCase.getSuggestedMeasure());
        variables.put("decisionNumber", accountabilityCase.getDecisionNumber());
        variables.put("decision", accountabilityCase.getDecision());
        variables.put("decisionReason", accountabilityCase.getDecisionReason());
        FormValues.showOnTask(task, variables);
        taskHistory.showOn(task, AccountabilityHistory.of(accountabilityCase));
    }
}
