package cn.ecodispatch.report;

/** Ids and variable names of {@code processes/unit-monthly-report.bpmn} (单位月度报送). */
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

    public static final class Variables {
        public static final String CYCLE_ID = "cycleId";
        public static final String REPORT_ID = "reportId";
        public static final String UNIT_CODE = "unitCode";
        public static final String PERIOD = "period";
        public static final String DUE_AT = "dueAt";
        /** DRAFT or SUBMIT, from the reporting form. */
        public static final String REPORT_ACTION = "reportAction";
        /** SIGNED or RETURNED, from the leader's form. */
        public static final String SIGN_OFF_DECISION = "signOffDecision";
        /** APPROVED, RETURNED or APPROVED_WITH_PROBLEMS, from the office's form. */
        public static final String REVIEW_OUTCOME = "reviewOutcome";
        /** Comma-separated ids of the rectifications the review opened. */
        public static final String RECTIFICATION_IDS = "rectificationIds";

        private Variables() {
        }
    }
}
