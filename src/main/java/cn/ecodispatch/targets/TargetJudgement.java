package cn.ecodispatch.targets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.ecodispatch.shared.Period;

/**
 * Judges a unit's value of an indicator in a month against the indicator's target, fairly to a unit that is on
 * schedule.
 * <ul>
 * <li>No value this month, or no target yet (the higher level has not announced its figure):
 * {@link Verdict#NOT_JUDGED}.</li>
 * <li>A value that meets the target is {@link Verdict#MET}, whenever it is reported.</li>
 * <li>A target without a deadline is a standing requirement (e.g. 保持100%): every month it is met or
 * {@link Verdict#MISSED}.</li>
 * <li>From the deadline's month on, a value that does not meet the target is {@link Verdict#MISSED}.</li>
 * <li>Before the deadline's month, a unit is not expected to be there yet, only to be on its way. Its way is a
 * straight line from its baseline — the first value it reported, in the month it reported it — to the target in
 * the deadline's month. A value on the line or past it (on the target's side) is {@link Verdict#ON_COURSE}, a
 * value short of it is {@link Verdict#BEHIND}. The baseline month itself is always on course. For a target to be
 * hit exactly (=), on course means no farther from the target than the line.</li>
 * </ul>
 * Example: 林草覆盖率 ≥40% by 2022-12, first reported 34% in 2022-01. The line asks for 34 + 6 × 5/11 ≈ 36.7% in
 * 2022-06: 37% is on course, 35% is behind; 40% in any month is met; 39% in 2022-12 is missed.
 */
public final class TargetJudgement {

    private TargetJudgement() {
    }

    /**
     * @param target the target that applies in the month, empty while the higher level's figure is not announced
     * @param values the unit's value per month so far (months without a value may be absent)
     * @param period the month judged
     */
    public static Verdict judge(Optional<Target> target, Map<Period, BigDecimal> values, Period period) {
        BigDecimal value = values.get(period);
        if (target.isEmpty() || value == null) {
            return Verdict.NOT_JUDGED;
        }
        Target goal = target.get();
        if (goal.isMetBy(value)) {
            return Verdict.MET;
        }
        return expected(goal, values, period)
                .map(expected -> isOnCourse(goal, value, expected) ? Verdict.ON_COURSE : Verdict.BEHIND)
                .orElse(Verdict.MISSED);
    }

    /**
     * Where the unit's way to the target passes in the month: the point on the straight line from its baseline to
     * the target in the deadline's month; empty from the deadline's month on, without a deadline or before any value.
     */
    public static Optional<BigDecimal> expected(Target goal, Map<Period, BigDecimal> values, Period period) {
        YearMonth month = period.month();
        Optional<YearMonth> deadline = goal.deadlineMonth();
        if (deadline.isEmpty() || !month.isBefore(deadline.get())) {
            return Optional.empty();
        }
        return baseline(values, month).map(baseline -> pointOnTheLine(baseline.getKey().month(), baseline.getValue(),
                deadline.get(), goal.value(), month));
    }

    private static Optional<Map.Entry<Period, BigDecimal>> baseline(Map<Period, BigDecimal> values, YearMonth upTo) {
        return values.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getKey().month().isAfter(upTo))
                .min(Map.Entry.comparingByKey(java.util.Comparator.comparing(Period::month)));
    }

    private static BigDecimal pointOnTheLine(YearMonth baselineMonth, BigDecimal baseline, YearMonth deadline,
            BigDecimal target, YearMonth month) {
        long elapsed = baselineMonth.until(month, ChronoUnit.MONTHS);
        long span = baselineMonth.until(deadline, ChronoUnit.MONTHS);
        BigDecimal share = BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(span), MathContext.DECIMAL64);
        return baseline.add(target.subtract(baseline).multiply(share, MathContext.DECIMAL64));
    }

    private static boolean isOnCourse(Target goal, BigDecimal value, BigDecimal expected) {
        return switch (Objects.requireNonNull(goal.comparator())) {
            case AT_LEAST -> value.compareTo(expected) >= 0;
            case AT_MOST -> value.compareTo(expected) <= 0;
            case EQUAL -> value.subtract(goal.value()).abs().compareTo(expected.subtract(goal.value()).abs()) <= 0;
        };
    }
}
