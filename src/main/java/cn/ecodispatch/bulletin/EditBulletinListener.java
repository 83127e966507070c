package cn.ecodispatch.bulletin;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.FormValues;

/** Task_EditBulletin (修改通报稿), on complete: stores the edited text. */
@Component("editBulletinListener")
class EditBulletinListener implements TaskListener {

    private final BulletinTaskContext context;
    private final BulletinService bulletins;

    EditBulletinListener(BulletinTaskContext context, BulletinService bulletins) {
        this.context = context;
        this.bulletins = bulletins;
    }

    @Override
    public void notify(DelegateTask task) {
        Bulletin bulletin = context.bulletinCompleting(task);
        bulletins.edit(bulletin, FormValues.requiredText(task, BulletinProcess.Fields.BODY),
                FormValues.currentUser(task));
        FormValues.discard(task, BulletinProcess.Fields.BODY);
    }
}
