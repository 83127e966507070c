package cn.ecodispatch.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.shared.Period;

/**
 * An indicator's target month by month: the plan's, or for a 达到上级考核要求 indicator what the higher level had
 * announced by the month's end. Holds the announcements read once ({@link IndicatorJudge#targetsOf}), so that judging
 * many units over many months reads nothing more.
 */
public final class IndicatorTargets {

    private final Indicator indicator;
    private final List<HigherLevelTarget> announcements;

    IndicatorTargets(Indicator indicator, List<HigherLevelTarget> announcements) {
        this.indicator = indicator;
        this.announcements = List.copyOf(announcements);
    }

    /** The higher level's own verdict where it announced one, otherwise the value against the target. */
    public Verdict judge(Map<Period, BigDecimal> values, Period period) {
        Optional<HigherLevelTarget> announced = announcedBy(period);
        return announced.flatMap(HigherLevelTarget::announcedVerdict)
                .orElseGet(() -> TargetJudgement.judge(target(announced), values, period));
    }

    /**
     * The target as it reads in the month, e.g. ≥95%，2022年底前; for a 达到上级考核要求 indicator the higher level's
     * figure once recorded, with its source, or a note that it is still awaited.
     */
    public String label(Period period) {
        if (!indicator.isHigherLevelTarget()) {
            return indicator.targetLabel();
        }
        return announcedBy(period).map(HigherLevelTarget::label).orElse("达到上级考核要求（上级目标尚未录入）");
    }

    /** The point the unit's way to the target passes in the month (see {@link TargetJudgement#expected}). */
    public Optional<BigDecimal> expected(Map<Period, BigDecimal> values, Period period) {
        return target(announcedBy(period)).flatMap(goal -> TargetJudgement.expected(goal, values, period));
    }

    /** The target's figure in the month, if it has one (a 上级 target only once announced). */
    public Optional<BigDecimal> value(Period period) {
        return target(announcedBy(period)).map(Target::value);
    }

    /** The plan's target, or for a 达到上级考核要求 indicator the higher level's figure announced by then. */
    private Optional<Target> target(Optional<HigherLevelTarget> announced) {
        return Target.statedIn(indicator).or(() -> announced.flatMap(HigherLevelTarget::asTarget));
    }

    private Optional<HigherLevelTarget> announcedBy(Period period) {
        return HigherLevelTarget.applyingIn(announcements, period);
    }
}
