package cn.ecodispatch.supervision;

import cn.ecodispatch.shared.ProcessVariable;

/**
 * Key and variables of {@code processes/supervision-measure.dmn} (督办措施): its inputs are the facts a rectification
 * (Task_GatherSupervisionFacts) or the month's results gather about a unit, its output the measure.
 */
public final class SupervisionMeasureDecision {

    public static final String KEY = "supervision-measure";

    private SupervisionMeasureDecision() {
    }

    public static final class Variables {
        public static final ProcessVariable<Integer> DAYS_LATE = ProcessVariable.fact("daysLate", Integer.class);
        public static final ProcessVariable<Integer> RETURN_COUNT = ProcessVariable.fact("returnCount", Integer.class);
        public static final ProcessVariable<Integer> FAILED_CHECKS = ProcessVariable.fact("failedChecks", Integer.class);
        public static final ProcessVariable<Integer> INDICATORS_OFF_TRACK =
                ProcessVariable.fact("indicatorsOffTrack", Integer.class);
        /** The table's output: 无, 提示函, 通报批评, 现场检查 or 问责. */
        public static final ProcessVariable<String> MEASURE = ProcessVariable.fact("measure", String.class);

        private Variables() {
        }
    }
}
