package cn.ecodispatch.bulletin;

import cn.ecodispatch.shared.ProcessVariable;

/** Ids and variables of {@code processes/monthly-bulletin.bpmn} (月度通报). */
public final class BulletinProcess {

    public static final String KEY = "monthly-bulletin";

    private BulletinProcess() {
    }

    public static final class Elements {
        public static final String START = "StartEvent_DraftCompiled";
        public static final String TASK_EDIT = "Task_EditBulletin";
        public static final String TASK_APPROVE = "Task_ApproveBulletin";
        public static final String GATEWAY_APPROVED = "Gateway_Approved";
        public static final String TASK_PUBLISH = "Task_PublishBulletin";
        public static final String END_PUBLISHED = "EndEvent_Published";

        private Elements() {
        }
    }

    /** The process's facts, kept in its history. */
    public static final class Variables {
        public static final ProcessVariable<Long> BULLETIN_ID = ProcessVariable.fact("bulletinId", Long.class);
        /** Set by the approval's listener from the director's decision; routes the gateway. */
        public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.fact("approved", Boolean.class);

        private Variables() {
        }
    }

    /** The fields of the Camunda Forms bulletin-edit and bulletin-approve. */
    public static final class Fields {
        public static final ProcessVariable<String> BODY = ProcessVariable.text("bodyText", "通报正文", 20000);
        public static final ProcessVariable<String> DECISION = ProcessVariable.text("approvalDecision", "审签意见", 16);
        public static final ProcessVariable<String> REASON = ProcessVariable.text("approvalReason", "退回理由", 2000);

        private Fields() {
        }
    }
}
