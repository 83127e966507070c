package cn.ecodispatch.accountability;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.InvalidInputException;

/** Task_AcknowledgeDecision (单位签收问责决定), on complete: the unit confirms it has been told. */
@Component("acknowledgeDecisionListener")
class AcknowledgeDecisionListener implements TaskListener {

    private final AccountabilityTaskContext context;
    private final AccountabilityService accountability;

    AcknowledgeDecisionListener(AccountabilityTaskContext context, AccountabilityService accountability) {
        this.context = context;
        this.accountability = accountability;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!"true".equals(FormValues.text(task, AccountabilityProcess.Fields.ACKNOWLEDGED))) {
            throw new InvalidInputException("acknowledged", "请勾选“本单位已知悉上述问责决定”");
        }
        accountability.acknowledge(context.caseCompleting(task), FormValues.currentUser(task));
        FormValues.discard(task, AccountabilityProcess.Fields.ACKNOWLEDGED);
    }
}
