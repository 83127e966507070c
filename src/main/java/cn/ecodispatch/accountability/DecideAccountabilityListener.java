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
        accountability.decide(context.caseCompleting(task), FormValues.requiredText(task, "decision", "审定结果", 16),
                FormValues.requiredText(task, "decisionReason", "审定理由", 2000), FormValues.currentUser(task));
        FormValues.discard(task, "decision", "decisionReason");
    }
}
