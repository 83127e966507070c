package cn.ecodispatch.bulletin;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.shared.WorkReturned;

/** Task_ApproveBulletin (主任审签), on complete: approves the bulletin, or returns it with a required reason. */
@Component("approveBulletinListener")
class ApproveBulletinListener implements TaskListener {

    static final String APPROVED = "APPROVED";
    static final String RETURNED = "RETURNED";

    private final BulletinTaskContext context;
    private final BulletinService bulletins;
    private final ApplicationEventPublisher events;

    ApproveBulletinListener(BulletinTaskContext context, BulletinService bulletins, ApplicationEventPublisher events) {
        this.context = context;
        this.bulletins = bulletins;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = FormValues.requiredText(task, BulletinProcess.Fields.DECISION);
        if (!APPROVED.equals(decision) && !RETURNED.equals(decision)) {
            throw new InvalidInputException(BulletinProcess.Fields.DECISION.name(), "“审签意见”应为 同意发布 或 退回修改");
        }
        boolean approved = APPROVED.equals(decision);
        String reason = approved ? null
                : FormValues.requiredText(task, BulletinProcess.Fields.REASON);
        Bulletin bulletin = context.bulletinCompleting(task);
        if (approved) {
            bulletins.approve(bulletin, FormValues.currentUser(task));
        } else {
            bulletins.returnForEditing(bulletin, reason);
            events.publishEvent(WorkReturned.from(task, reason));
        }
        FormValues.discard(task, BulletinProcess.Fields.DECISION, BulletinProcess.Fields.REASON,
                BulletinProcess.Fields.BODY);
        BulletinProcess.Variables.APPROVED.setOn(task.getExecution(), approved);
    }
}
