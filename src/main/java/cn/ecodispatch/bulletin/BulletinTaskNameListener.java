package cn.ecodispatch.bulletin;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.TaskTitles;

/**
 * Task_EditBulletin and Task_ApproveBulletin, on create: name the task by month and version. Their form is built
 * when it is opened ({@link BulletinFormOnOpening}).
 */
@Component("bulletinTaskNameListener")
class BulletinTaskNameListener implements TaskListener {

    private final BulletinTaskContext context;

    BulletinTaskNameListener(BulletinTaskContext context) {
        this.context = context;
    }

    @Override
    public void notify(DelegateTask task) {
        Bulletin bulletin = context.bulletinOf(task);
        TaskTitles.name(task, bulletin.getCycle().getPeriod().label() + "月度通报（第" + bulletin.getVersionNo() + "版）");
    }
}
