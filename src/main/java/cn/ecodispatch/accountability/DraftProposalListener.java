package cn.ecodispatch.accountability;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.FormValues;

/** Task_DraftProposal (拟定问责建议), on complete: records the office's proposal. */
@Component("draftProposalListener")
class DraftProposalListener implements TaskListener {

    private final AccountabilityTaskContext context;
    private final AccountabilityService accountability;

    DraftProposalListener(AccountabilityTaskContext context, AccountabilityService accountability) {
        this.context = context;
        this.accountability = accountability;
    }

    @Override
    public void notify(DelegateTask task) {
        accountability.propose(context.caseCompleting(task), FormValues.requiredText(task, AccountabilityProcess.Fields.FACTS),
                FormValues.requiredText(task, AccountabilityProcess.Fields.SUGGESTED_MEASURE), FormValues.currentUser(task));
        FormValues.discard(task, AccountabilityProcess.Fields.FACTS, AccountabilityProcess.Fields.SUGGESTED_MEASURE);
    }
}
