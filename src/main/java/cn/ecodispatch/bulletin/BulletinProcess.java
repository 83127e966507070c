package cn.ecodispatch.bulletin;

/** Ids and variable names of {@code processes/monthly-bulletin.bpmn} (月度通报). */
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

    public static final class Variables {
        public static final String BULLETIN_ID = "bulletinId";
        /** Set by the approval's listener from the director's decision; routes the gateway. */
        public static final String APPROVED = "approved";

        private Variables() {
        }
    }

    /** The fields of the Camunda Forms bulletin-edit and bulletin-approve. */
    static final class Fields {
        static final String BODY = "bodyText";
        static final String DECISION = "approvalDecision";
        static final String REASON = "approvalReason";

        private Fields() {
        }
    }
}
