package cn.ecodispatch.report;

import java.util.Date;
import java.util.List;

import cn.ecodispatch.shared.ProcessVariable;

/** Ids and variables of {@code processes/unit-monthly-report.bpmn} (单位月度报送). */
public final class UnitMonthlyReportProcess {

    public static final String KEY = "unit-monthly-report";

    private UnitMonthlyReportProcess() {
    }

    public static final class Elements {
        public static final String START = "StartEvent_ReportRequested";
        public static final String TASK_SUBMIT = "Task_SubmitMonthlyReport";
        public static final String TIMER_OVERDUE = "Timer_ReportOverdue";
        public static final String TASK_ISSUE_REMINDER = "Task_IssueReportReminder";
        public static final String END_REMINDER_ISSUED = "EndEvent_ReminderIssued";
        public static final String GATEWAY_DRAFT_OR_SUBMIT = "Gateway_DraftOrSubmit";
        public static final String TASK_SIGN_OFF = "Task_SignOffReport";
        public static final String GATEWAY_SIGN_OFF = "Gateway_SignOffDecision";
        public static final String TASK_REVIEW = "Task_ReviewReport";
        public static final String GATEWAY_REVIEW = "Gateway_ReviewDecision";
        public static final String TASK_START_RECTIFICATIONS = "Task_StartRectifications";
        public static final String TASK_CLOSE = "Task_CloseReport";
        /** Asynchronous: runs after the closing has committed, so the month's count of open reports includes it. */
        public static final String TASK_CHECK_MONTH_COMPLETE = "Task_CheckMonthComplete";
        public static final String END_CLOSED = "EndEvent_ReportClosed";

        private Elements() {
        }
    }

    /** The process's facts, kept in its history. */
    public static final class Variables {
        public static final ProcessVariable<Long> CYCLE_ID = ProcessVariable.fact("cycleId", Long.class);
        public static final ProcessVariable<Long> REPORT_ID = ProcessVariable.fact("reportId", Long.class);
        /** Whose report it is; the candidate groups of its tasks are derived from it. */
        public static final ProcessVariable<String> UNIT_CODE = ProcessVariable.fact("unitCode", String.class);
        public static final ProcessVariable<String> PERIOD = ProcessVariable.fact("period", String.class);
        /** When the report is due: the reporting task's due date and the overdue timer. */
        public static final ProcessVariable<Date> DUE_AT = ProcessVariable.fact("dueAt", Date.class);
        /** DRAFT or SUBMIT, from the reporting form. */
        public static final ProcessVariable<String> REPORT_ACTION = ProcessVariable.decision("reportAction", "操作");
        /** SIGNED or RETURNED, from the leader's form. */
        public static final ProcessVariable<String> SIGN_OFF_DECISION =
                ProcessVariable.decision("signOffDecision", "签发意见");
        /** APPROVED, RETURNED or APPROVED_WITH_PROBLEMS, from the office's form. */
        public static final ProcessVariable<String> REVIEW_OUTCOME = ProcessVariable.decision("reviewOutcome", "审核结论");
        /** Comma-separated ids of the rectifications the review opened. */
        public static final ProcessVariable<String> RECTIFICATION_IDS =
                ProcessVariable.fact("rectificationIds", String.class);

        private Variables() {
        }
    }

    /** The fields of the Camunda Forms monthly-report, report-sign-off and report-review. */
    public static final class Fields {
        public static final ProcessVariable<Object> ITEMS = ProcessVariable.json("items", "工作任务");
        public static final ProcessVariable<Object> KEY_TASKS = ProcessVariable.json("keyTasks", "重点任务");
        public static final ProcessVariable<Object> INDICATORS = ProcessVariable.json("indicators", "量化指标");
        public static final ProcessVariable<String> SUMMARY = ProcessVariable.text("summary", "本月工作总结", ReportForm.TEXT_LIMIT);
        public static final ProcessVariable<String> DIFFICULTIES =
                ProcessVariable.text("difficulties", "存在的困难和问题", ReportForm.TEXT_LIMIT);
        public static final ProcessVariable<String> NEXT_MONTH_PLAN =
                ProcessVariable.text("nextMonthPlan", "下月工作计划", ReportForm.TEXT_LIMIT);
        /** Every field of the report a form shows (and Tasklist sends back, even read-only). */
        public static final List<ProcessVariable<?>> REPORT =
                List.of(ITEMS, KEY_TASKS, INDICATORS, SUMMARY, DIFFICULTIES, NEXT_MONTH_PLAN);
        public static final ProcessVariable<String> SIGN_OFF_COMMENT =
                ProcessVariable.text("signOffComment", "退回原因", 2000);
        public static final ProcessVariable<String> REVIEW_REASON = ProcessVariable.text("reviewReason", "退回原因", 2000);
        public static final ProcessVariable<String> REVIEW_COMMENT = ProcessVariable.text("reviewComment", "审核意见", 2000);
        /** The problems the office found: rows of problem, requirement and deadline. */
        public static final ProcessVariable<Object> PROBLEMS = ProcessVariable.json("problems", "发现的问题");

        private Fields() {
        }
    }
}
