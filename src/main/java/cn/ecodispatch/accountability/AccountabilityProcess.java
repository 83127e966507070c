package cn.ecodispatch.accountability;

import cn.ecodispatch.shared.ProcessVariable;

/** Ids and variables of {@code processes/accountability.bpmn} (问责). */
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

    /** The process's facts, kept in its history. */
    public static final class Variables {
        public static final ProcessVariable<Long> CASE_ID = ProcessVariable.fact("caseId", Long.class);
        /** The unit held to account; the candidate group of its acknowledgement is derived from it. */
        public static final ProcessVariable<String> UNIT_CODE = ProcessVariable.fact("unitCode", String.class);

        private Variables() {
        }
    }

    /** The fields of the Camunda Forms accountability-proposal, accountability-decision and accountability-notice. */
    public static final class Fields {
        public static final ProcessVariable<String> FACTS = ProcessVariable.text("facts", "问题事实", 4000);
        public static final ProcessVariable<String> SUGGESTED_MEASURE =
                ProcessVariable.text("suggestedMeasure", "建议措施", 16);
        public static final ProcessVariable<String> DECISION = ProcessVariable.text("decision", "审定结果", 16);
        public static final ProcessVariable<String> DECISION_REASON =
                ProcessVariable.text("decisionReason", "审定理由", 2000);
        public static final ProcessVariable<String> ACKNOWLEDGED = ProcessVariable.text("acknowledged", "已阅知", 8);

        private Fields() {
        }
    }
}
