package cn.ecodispatch.bulletin;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import cn.ecodispatch.security.TaskGuard;

/** Finds the bulletin a task or step of {@code monthly-bulletin} is about. */
@Component
class BulletinTaskContext {

    private final BulletinService bulletins;
    private final TaskGuard guard;

    BulletinTaskContext(BulletinService bulletins, TaskGuard guard) {
        this.bulletins = bulletins;
        this.guard = guard;
    }

    Bulletin bulletinOf(VariableScope scope) {
        return bulletins.bulletin(BulletinProcess.Variables.BULLETIN_ID.from(scope));
    }

    /** The bulletin a person's completion of the task writes to, once {@link TaskGuard} has let it through. */
    Bulletin bulletinCompleting(DelegateTask task) {
        Bulletin bulletin = bulletinOf(task);
        guard.checkCompletion(task, bulletin.getProcessInstanceId(), null);
        return bulletin;
    }
}
