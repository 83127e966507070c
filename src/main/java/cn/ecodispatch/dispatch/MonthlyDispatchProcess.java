package cn.ecodispatch.dispatch;

import java.util.Date;

import cn.ecodispatch.shared.ProcessVariable;

/** Ids and variables of {@code processes/monthly-dispatch.bpmn} (月度调度). */
public final class MonthlyDispatchProcess {

    public static final String KEY = "monthly-dispatch";
    public static final String MESSAGE_START_DISPATCH = "Message_StartDispatch";
    public static final String MESSAGE_ALL_REPORTS_CLOSED = "Message_AllReportsClosed";
    public static final String ERROR_PERIOD_ALREADY_OPEN = "PERIOD_ALREADY_OPEN";

    private MonthlyDispatchProcess() {
    }

    public static final class Elements {
        public static final String START_TIMER = "StartEvent_MonthBegins";
        public static final String START_OFFICE = "StartEvent_OfficeStarts";
        public static final String TASK_OPEN_PERIOD = "Task_OpenPeriod";
        public static final String BOUNDARY_ALREADY_OPEN = "Boundary_PeriodAlreadyOpen";
        public static final String END_DUPLICATE_REFUSED = "EndEvent_DuplicateRefused";
        public static final String TASK_PLAN_REPORT_BATCHES = "Task_PlanUnitReportBatches";
        /** Multi-instance over the batch numbers, one instance per batch. */
        public static final String SUBPROCESS_REPORT_BATCH = "SubProcess_UnitReportBatch";
        /** One job per batch, each retried (and failing) alone, any number of them at once on any node. */
        public static final String TASK_START_REPORT_BATCH = "Task_StartUnitReportBatch";
        /**
         * Ends a batch's instance in a job of its own, after the batch has committed. These jobs are exclusive: the
         * engine runs one at a time per month, so the batches never collide on the multi-instance's counters.
         */
        public static final String END_BATCH_SENT = "EndEvent_BatchSent";
        public static final String GATEWAY_WAIT = "Gateway_WaitForReports";
        public static final String EVENT_ALL_CLOSED = "Event_AllReportsClosed";
        public static final String EVENT_CLOSING_DATE = "Event_ClosingDatePassed";
        public static final String TASK_COMPILE = "Task_CompileResults";
        public static final String TASK_CONSULT = "Task_Consult";
        public static final String TASK_CLOSE_CYCLE = "Task_CloseCycle";
        public static final String TASK_COMPILE_BULLETIN = "Task_CompileBulletin";
        public static final String END_CLOSED = "EndEvent_CycleClosed";

        private Elements() {
        }
    }

    /** The process's facts, kept in its history. */
    public static final class Variables {
        /** YYYY-MM; given by the office's start form, absent for the timer start. */
        public static final ProcessVariable<String> PERIOD = ProcessVariable.fact("period", String.class);
        public static final ProcessVariable<Long> CYCLE_ID = ProcessVariable.fact("cycleId", Long.class);
        /** The closing day of the month's reporting: the timer that compiles the results regardless. */
        public static final ProcessVariable<Date> CLOSING_AT = ProcessVariable.fact("closingAt", Date.class);
        /** How many batches the month's reports go out in: the cardinality of Task_StartUnitReportBatch. */
        public static final ProcessVariable<Integer> REPORT_BATCH_COUNT =
                ProcessVariable.fact("reportBatchCount", Integer.class);
        /** Units per batch, fixed when the month is opened so that every batch cuts the same list the same way. */
        public static final ProcessVariable<Integer> REPORT_BATCH_SIZE =
                ProcessVariable.fact("reportBatchSize", Integer.class);
        /** The engine's own number of a multi-instance's inner instance (0, 1, …): here the batch number. */
        public static final ProcessVariable<Integer> LOOP_COUNTER = ProcessVariable.fact("loopCounter", Integer.class);

        private Variables() {
        }
    }

    /** The fields of the Camunda Form consultation (会商研判). */
    public static final class Fields {
        public static final ProcessVariable<String> PROBLEMS_LIST =
                ProcessVariable.text("problemsList", "确认问题清单", 4000);
        public static final ProcessVariable<Object> COMMENDED_UNITS = ProcessVariable.json("commendedUnits", "通报表扬");
        public static final ProcessVariable<Object> CRITICIZED_UNITS = ProcessVariable.json("criticizedUnits", "通报批评");
        public static final ProcessVariable<Object> INSPECTION_UNITS = ProcessVariable.json("inspectionUnits", "现场检查");
        public static final ProcessVariable<String> REMARKS = ProcessVariable.text("remarks", "会商意见", 2000);

        private Fields() {
        }
    }
}
