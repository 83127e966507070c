package cn.ecodispatch.rectification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Task_IssueRectificationReminder (发出整改提示函): the deadline passed and the unit has not reported; marks the
 * rectification overdue and announces {@link RectificationOverdue}, on which {@code supervision} writes the letter.
 */
@Component("issueRectificationReminderDelegate")
class IssueRectificationReminderDelegate implements JavaDelegate {

    private final RectificationTaskContext context;
    private final RectificationService rectifications;
    private final ApplicationEventPublisher events;

    IssueRectificationReminderDelegate(RectificationTaskContext context, RectificationService rectifications,
            ApplicationEventPublisher events) {
        this.context = context;
        this.rectifications = rectifications;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Rectification rectification = context.rectificationOf(execution);
        rectifications.markOverdue(rectification);
        events.publishEvent(new RectificationOverdue(rectification));
    }
}
