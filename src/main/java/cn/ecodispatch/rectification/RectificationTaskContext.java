package cn.ecodispatch.rectification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import cn.ecodispatch.security.TaskGuard;

/** Finds the rectification a task or step of {@code rectification} is about. */
@Component
public class RectificationTaskContext {

    private final RectificationService rectifications;
    private final TaskGuard guard;

    RectificationTaskContext(RectificationService rectifications, TaskGuard guard) {
        this.rectifications = rectifications;
        this.guard = guard;
    }

    public Rectification rectificationOf(VariableScope scope) {
        return rectifications.rectification(RectificationProcess.Variables.RECTIFICATION_ID.from(scope));
    }

    /** The rectification a person's completion of the task writes to, once {@link TaskGuard} has let it through. */
    Rectification rectificationCompleting(DelegateTask task) {
        Rectification rectification = rectificationOf(task);
        guard.checkCompletion(task, rectification.getProcessInstanceId(), rectification.getUnit().getCode());
        return rectification;
    }
}
