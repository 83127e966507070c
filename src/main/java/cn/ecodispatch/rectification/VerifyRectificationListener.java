package cn.ecodispatch.rectification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.shared.WorkReturned;

/** Task_VerifyRectification (创建办核验整改), on complete: records the verdict; a fail returns it to the unit. */
@Component("verifyRectificationListener")
class VerifyRectificationListener implements TaskListener {

    private final RectificationTaskContext context;
    private final RectificationService rectifications;
    private final ApplicationEventPublisher events;

    VerifyRectificationListener(RectificationTaskContext context, RectificationService rectifications,
            ApplicationEventPublisher events) {
        this.context = context;
        this.rectifications = rectifications;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String verdict = FormValues.text(task, RectificationProcess.Variables.VERDICT);
        if (!"PASS".equals(verdict) && !"FAIL".equals(verdict)) {
            throw new InvalidInputException(RectificationProcess.Variables.VERDICT.name(), "请选择核验结论：通过或未通过");
        }
        boolean passed = "PASS".equals(verdict);
        String opinion = passed ? FormValues.optionalText(task, RectificationProcess.Fields.VERIFY_OPINION)
                : FormValues.requiredText(task, RectificationProcess.Fields.VERIFY_OPINION);
        rectifications.verify(context.rectificationCompleting(task), passed, opinion, FormValues.currentUser(task));
        if (!passed) {
            events.publishEvent(WorkReturned.from(task, opinion));
        }
        FormValues.discard(task, RectificationProcess.Fields.VERIFY_OPINION);
    }
}
