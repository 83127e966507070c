package cn.ecodispatch.rectification;

/** Ids and variable names of {@code processes/rectification.bpmn} (问题整改). */
public final class RectificationProcess {

    public static final String KEY = "rectification";

    private RectificationProcess() {
    }

    public static final class Elements {
        public static final String START = "StartEvent_ProblemFound";
        public static final String TASK_ISSUE_NOTICE = "Task_IssueNotice";
        public static final String TASK_REPORT = "Task_ReportRectification";
        public static final String TIMER_OVERDUE = "Timer_RectificationOverdue";
        public static final String TASK_ISSUE_REMINDER = "Task_IssueRectificationReminder";
        public static final String TASK_VERIFY = "Task_VerifyRectification";
        public static final String GATEWAY_VERIFICATION = "Gateway_VerificationResult";
        public static final String TASK_CLOSE = "Task_CloseRectification";
        public static final String END_CLOSED = "EndEvent_RectificationClosed";
        public static final String TASK_GATHER_FACTS = "Task_GatherSupervisionFacts";
        public static final String TASK_DECIDE_MEASURE = "Task_DecideSupervisionMeasure";
        public static final String TASK_APPLY_MEASURE = "Task_ApplySupervisionMeasure";

        private Elements() {
        }
    }

    public static final class Variables {
        public static final String RECTIFICATION_ID = "rectificationId";
        public static final String UNIT_CODE = "unitCode";
        public static final String DEADLINE_AT = "deadlineAt";
        /** PASS or FAIL, from the office's verification form. */
        public static final String VERDICT = "verdict";
        /** The outcome of the supervision-measure decision table. */
        public static final String SUPERVISION_MEASURE = "supervisionMeasure";

        private Variables() {
        }
    }
}
