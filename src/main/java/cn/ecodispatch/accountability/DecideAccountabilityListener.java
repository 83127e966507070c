package cn.ecodispatch.accountability;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.FormValues;

/** Task_DecideAccountability (组织部门审定), on complete: records the decision on the unit's record. */
@Component("decideAccountabilityListener")
class DecideAccountabilityListener implements TaskListener {

    private final AccountabilityTaskContext context;
    private final AccountabilityService accountability;

    DecideAccountabilityListener(AccountabilityTaskContext context, AccountabilityService accountability) {
        this.context = context;
        this.accountability = accountability;
    }

    @Override
    public void notify(DelegateTask task) {
        accountability.decide(context.caseCompleting(task), FormValues.requiredText(task, AccountabilityProcess.Fields.DECISION),
                FormValues.requiredText(task, AccountabilityProcess.Fields.DECISION_REASON), FormValues.currentUser(task));
        FormValues.discard(task, AccountabilityProcess.Fields.DECISION, AccountabilityProcess.Fields.DECISION_REASON);
    }
}
