package cn.ecodispatch.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.report.UnitMonthlyReportProcess.Fields;
import cn.ecodispatch.report.UnitMonthlyReportProcess.Variables;
import cn.ecodispatch.shared.FormValues;
import cn.ecodispatch.shared.InvalidInputException;

/**
 * Task_SubmitMonthlyReport, on complete: saves the form into the draft and, for 提交, submits it — in the same
 * transaction as the completion, so a refused submission leaves the task open and the saved draft as it was. A
 * participating unit's submission shows in a lead unit's form when the lead opens it ({@link ReportFormOnOpening}).
 */
@Component("submitReportListener")
class SubmitReportListener implements TaskListener {

    static final String DRAFT = "DRAFT";
    static final String SUBMIT = "SUBMIT";

    private final ReportTaskContext context;
    private final ReportService reports;
    private final ReportForm form;

    SubmitReportListener(ReportTaskContext context, ReportService reports, ReportForm form) {
        this.context = context;
        this.reports = reports;
        this.form = form;
    }

    @Override
    public void notify(DelegateTask task) {
        String action = FormValues.text(task, Variables.REPORT_ACTION);
        if (!DRAFT.equals(action) && !SUBMIT.equals(action)) {
            throw new InvalidInputException(Variables.REPORT_ACTION.name(),
                    "请选择本次操作：保存草稿或提交单位负责人签发");
        }
        UnitReport report = context.reportCompleting(task);
        String user = FormValues.currentUser(task);
        ReportVersion draft = reports.draft(report);
        reports.saveDraft(report, draft, form.read(draft, FormValues.json(task, Fields.ITEMS),
                FormValues.json(task, Fields.KEY_TASKS), FormValues.json(task, Fields.INDICATORS),
                FormValues.text(task, Fields.SUMMARY), FormValues.text(task, Fields.DIFFICULTIES),
                FormValues.text(task, Fields.NEXT_MONTH_PLAN)), user);
        if (SUBMIT.equals(action)) {
            reports.submit(report, draft, user);
        }
        FormValues.discard(task, Fields.REPORT);
    }
}
