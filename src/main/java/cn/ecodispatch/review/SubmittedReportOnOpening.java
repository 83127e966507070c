package cn.ecodispatch.review;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.ecodispatch.report.ReportTaskContext;
import cn.ecodispatch.report.UnitMonthlyReportProcess.Elements;
import cn.ecodispatch.shared.FormOnOpening;

/** Task_SignOffReport and Task_ReviewReport, when their form is opened: the submitted version, read-only. */
@Component
class SubmittedReportOnOpening implements FormOnOpening {

    private final ReportTaskContext context;
    private final ReviewService review;

    SubmittedReportOnOpening(ReportTaskContext context, ReviewService review) {
        this.context = context;
        this.review = review;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(Elements.TASK_SIGN_OFF, Elements.TASK_REVIEW);
    }

    @Override
    public Map<String, Object> valuesFor(DelegateTask task) {
        return review.submittedForm(context.reportOf(task));
    }
}
