package cn.ecodispatch.rectification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueNotice (下发整改通知): the notice (problem, requirement, deadline) goes out to the unit. */
@Component("issueRectificationNoticeDelegate")
class IssueRectificationNoticeDelegate implements JavaDelegate {

    private final RectificationTaskContext context;
    private final RectificationService rectifications;

    IssueRectificationNoticeDelegate(RectificationTaskContext context, RectificationService rectifications) {
        this.context = context;
        this.rectifications = rectifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rectifications.issueNotice(context.rectificationOf(execution));
    }
}
