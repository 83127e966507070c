package cn.ecodispatch.bulletin;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PublishBulletin (发布通报): numbers the bulletin and makes it final. */
@Component("publishBulletinDelegate")
class PublishBulletinDelegate implements JavaDelegate {

    private final BulletinTaskContext context;
    private final BulletinService bulletins;

    PublishBulletinDelegate(BulletinTaskContext context, BulletinService bulletins) {
        this.context = context;
        this.bulletins = bulletins;
    }

    @Override
    public void execute(DelegateExecution execution) {
        bulletins.publish(context.bulletinOf(execution));
    }
}
