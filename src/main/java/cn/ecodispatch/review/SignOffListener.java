package cn.ecodispatch.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.ecodispatch.report.ReportDecision.Outcome;
import cn.ecodispatch.report.ReportForm;
import cn.ecodispatch.report.ReportTaskContext;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.report.UnitMonthlyReportProcess.Fields;
import cn.ecodispatch.report.UnitMonthlyReportProcess.Variables;
import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.WorkReturned;

/** Task_SignOffReport (单位负责人签发), on complete: records the leader's decision; a return reopens the draft. */
@Component("signOffListener")
class SignOffListener implements TaskListener {

    private final ReportTaskContext context;
    private final ReviewService review;
    private final ApplicationEventPublisher events;

    SignOffListener(ReportTaskContext context, ReviewService review, ApplicationEventPublisher events) {
        this.context = context;
        this.review = review;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        Outcome outcome = Decisions.outcome(task, Variables.SIGN_OFF_DECISION);
        String comment = outcome == Outcome.RETURNED ? FormValues.requiredText(task, Fields.SIGN_OFF_COMMENT) : null;
        review.signOff(context.reportCompleting(task), outcome, comment, FormValues.currentUser(task));
        if (outcome == Outcome.RETURNED) {
            events.publishEvent(WorkReturned.from(task, comment));
        }
        FormValues.discard(task, Fields.SIGN_OFF_COMMENT);
        FormValues.discard(task, Fields.REPORT);
    }
}
