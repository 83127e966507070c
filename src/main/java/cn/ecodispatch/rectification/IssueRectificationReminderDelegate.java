package cn.ecodispatch.rectification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.ecodispatch.supervision.ReminderLetters;

/** Task_IssueRectificationReminder (发出整改提示函): the deadline passed and the unit has not reported. */
@Component("issueRectificationReminderDelegate")
class IssueRectificationReminderDelegate implements JavaDelegate {

    private final RectificationTaskContext context;
    private final RectificationService rectifications;
    private final ReminderLetters letters;

    IssueRectificationReminderDelegate(RectificationTaskContext context, RectificationService rectifications,
            ReminderLetters letters) {
        this.context = context;
        this.rectifications = rectifications;
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Rectification rectification = context.rectificationOf(execution);
        rectifications.markOverdue(rectification);
        letters.rectificationOverdue(rectification);
    }
}
