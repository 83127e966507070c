package cn.ecodispatch.rectification;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Finds the rectification a task or step of {@code rectification} is about. */
@Component
class RectificationTaskContext {

    private final RectificationService rectifications;

    RectificationTaskContext(RectificationService rectifications) {
        this.rectifications = rectifications;
    }

    Rectification rectificationOf(VariableScope scope) {
        return rectifications.rectification((Long) scope.getVariable(RectificationProcess.Variables.RECTIFICATION_ID));
    }
}
