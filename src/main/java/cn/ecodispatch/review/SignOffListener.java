package cn.ecodispatch.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.report.ReportForm;
import cn.ecodispatch.report.ReportTaskContext;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.review.ReportDecision.Outcome;
import cn.ecodispatch.shared.FormValues;

/** Task_SignOffReport (单位负责人签发), on complete: records the leader's decision; a return reopens the draft. */
@Component("signOffListener")
class SignOffListener implements TaskListener {

    static final String COMMENT = "signOffComment";

    private final ReportTaskContext context;
    private final ReviewService review;

    SignOffListener(ReportTaskContext context, ReviewService review) {
        this.context = context;
        this.review = review;
    }

    @Override
    public void notify(DelegateTask task) {
        Outcome outcome = Decisions.outcome(task, UnitMonthlyReportProcess.Variables.SIGN_OFF_DECISION, "签发意见");
        String comment = outcome == Outcome.RETURNED ? FormValues.requiredText(task, COMMENT, "退回原因", 2000) : null;
        review.signOff(context.reportCompleting(task), outcome, comment, FormValues.currentUser(task));
        FormValues.discard(task, COMMENT);
        FormValues.discard(task, ReportForm.FIELDS);
    }
}
