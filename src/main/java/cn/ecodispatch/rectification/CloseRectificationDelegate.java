package cn.ecodispatch.rectification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseRectification (整改销号): closes the rectification the office passed. */
@Component("closeRectificationDelegate")
class CloseRectificationDelegate implements JavaDelegate {

    private final RectificationTaskContext context;
    private final RectificationService rectifications;

    CloseRectificationDelegate(RectificationTaskContext context, RectificationService rectifications) {
        this.context = context;
        this.rectifications = rectifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rectifications.close(context.rectificationOf(execution));
    }
}
