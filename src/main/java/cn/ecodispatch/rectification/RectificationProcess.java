package cn.ecodispatch.rectification;

import java.util.Date;

import cn.ecodispatch.shared.ProcessVariable;

/** Ids and variables of {@code processes/rectification.bpmn} (问题整改). */
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

    /** The process's facts, kept in its history (and the decision table's inputs, see SupervisionMeasureDecision). */
    public static final class Variables {
        public static final ProcessVariable<Long> RECTIFICATION_ID = ProcessVariable.fact("rectificationId", Long.class);
        /** Whose rectification it is; the candidate group of the unit's task is derived from it. */
        public static final ProcessVariable<String> UNIT_CODE = ProcessVariable.fact("unitCode", String.class);
        /** The end of the deadline day: the unit's task's due date and the overdue timer. */
        public static final ProcessVariable<Date> DEADLINE_AT = ProcessVariable.fact("deadlineAt", Date.class);
        /** PASS or FAIL, from the office's verification form. */
        public static final ProcessVariable<String> VERDICT = ProcessVariable.decision("verdict", "核验结论");
        /** The outcome of the supervision-measure decision table. */
        public static final ProcessVariable<String> SUPERVISION_MEASURE =
                ProcessVariable.fact("supervisionMeasure", String.class);

        private Variables() {
        }
    }

    /** The fields of the Camunda Forms rectification-report and rectification-verify. */
    public static final class Fields {
        public static final ProcessVariable<String> ACTION_TAKEN =
                ProcessVariable.text("actionTaken", "整改措施及成效", 4000);
        public static final ProcessVariable<String> VERIFY_OPINION = ProcessVariable.text("verifyOpinion", "核验意见", 2000);

        private Fields() {
        }
    }
}
