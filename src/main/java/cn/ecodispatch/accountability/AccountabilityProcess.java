package cn.ecodispatch.accountability;

/** Ids and variable names of {@code processes/accountability.bpmn} (问责). */
public final class AccountabilityProcess {

    public static final String KEY = "accountability";

    private AccountabilityProcess() {
    }

    public static final class Elements {
        public static final String START = "StartEvent_AccountabilityRaised";
        public static final String TASK_DRAFT_PROPOSAL = "Task_DraftProposal";
        public static final String TASK_DECIDE = "Task_DecideAccountability";
        public static final String TASK_ACKNOWLEDGE = "Task_AcknowledgeDecision";
        public static final String END_CLOSED = "EndEvent_AccountabilityClosed";

        private Elements() {
        }
    }

    public static final class Variables {
        public static final String CASE_ID = "caseId";
        public static final String UNIT_CODE = "unitCode";

        private Variables() {
        }
    }
}
