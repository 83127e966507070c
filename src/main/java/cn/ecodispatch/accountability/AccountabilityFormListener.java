package cn.ecodispatch.accountability;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.TaskTitles;

/** The three tasks of {@code accountability}, on create: show the case as it stands. */
@Component("accountabilityFormListener")
class AccountabilityFormListener implements TaskListener {

    private final AccountabilityTaskContext context;

    AccountabilityFormListener(AccountabilityTaskContext context) {
        this.context = context;
    }

    @Override
    public void notify(DelegateTask task) {
        AccountabilityCase accountabilityCase = context.caseOf(task);
        TaskTitles.name(task, accountabilityCase.getUnit().getName());
        Map<String, Object> variables = new HashMap<>();
        variables.put("unitName", accountabilityCase.getUnit().getName());
        variables.put("triggerSummary", accountabilityCase.getTriggerSummary());
        variables.put("facts", accountabilityCase.getFacts() != null ? accountabilityCase.getFacts()
                : accountabilityCase.getTriggerSummary());
        variables.put("suggestedMeasure", accountabilityCase.getSuggestedMeasure());
        variables.put("decision", accountabilityCase.getDecision());
        variables.put("decisionReason", accountabilityCase.getDecisionReason());
        FormValues.showOnTask(task, variables);
    }
}
