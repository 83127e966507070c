package cn.ecodispatch.dashboard;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** What the dashboard page shows for one month, for the district or for one unit. */
record DashboardView(String period, String periodLabel, String cycleStatusLabel, String scopeLabel,
        String ownUnitCode, List<PeriodOption> periods, Glance glance, List<MonthTimeliness> timeliness,
        List<KeyTaskRow> keyTasks, List<IndicatorRow> indicators, List<ScoreRow> scorecard, Mentions mentions) {

    record PeriodOption(String period, String label) {
    }

    /** The month's cycle at a glance: how many reports stand at each step (labels in the cycle's order). */
    record Glance(int reports, List<Count> byStatus, int late, OffsetDateTime reportDueAt, String dueLabel) {
    }

    record Count(String label, int count) {
    }

    /** Reports by when they came; {@code pending} are not submitted yet but not due yet either. */
    record MonthTimeliness(String period, String periodLabel, int onTime, int late, int missing, int pending) {
    }

    /**
     * A key task; for a unit's staff {@code ownRole} is 牵头单位 or 参与单位, progress and problems are the unit's own,
     * and only a lead unit sees how many participants reported.
     */
    record KeyTaskRow(int number, String title, String leadUnits, String progress, String problems,
            Integer participantsReported, Integer participants, String ownRole) {
    }

    record IndicatorRow(String code, String name, String target, List<Count> verdicts, List<UnitValue> units) {
    }

    record UnitValue(String unitCode, String unitName, BigDecimal value, String verdict, String verdictLabel) {
    }

    record ScoreRow(int rank, String unitCode, String unitName, int score, String timelinessLabel, int daysLate,
            int returnCount, int rectificationsOpened, int rectificationsClosed, int rectificationsOverdue,
            int reminderLetters, int accountabilityDecisions) {
    }

    record Mentions(List<String> commended, List<String> criticized, List<String> inspected,
            List<CaseRow> accountability) {
    }

    record CaseRow(String unitName, String statusLabel, String trigger, String decision, String decisionNumber) {
    }

    /** An indicator's way through the months: each unit's values, the line it should follow and the target. */
    record Trajectory(String code, String name, String target, String measureUnit, List<String> months,
            List<Series> units, List<BigDecimal> targetLine, List<Count> verdictsThisMonth) {
    }

    /** One unit's monthly values and the point its way to the target passes each month (null where none). */
    record Series(String unitCode, String unitName, List<BigDecimal> values, List<BigDecimal> expected,
            List<String> verdictLabels) {
    }
}
