package cn.ecodispatch.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.shared.Period;

/** Judges an indicator's value in a month by {@link TargetJudgement}, with the target that applies in that month. */
@Service
@Transactional(readOnly = true)
public class IndicatorJudge {

    private final HigherLevelTargetRepository figures;

    IndicatorJudge(HigherLevelTargetRepository figures) {
        this.figures = figures;
    }

    /** The higher level's own verdict where it announced one, otherwise the value against the target. */
    public Verdict judge(Indicator indicator, Map<Period, BigDecimal> values, Period period) {
        return judge(indicator, values, period, announced(indicator, period));
    }

    /**
     * Each indicator judged as {@link #judge} does, in the given order, reading the higher level's figures for all
     * of them at once: a report's form shows every indicator's verdict each time it is opened.
     */
    public List<Verdict> judgeAll(List<Indicator> indicators, Function<Indicator, Map<Period, BigDecimal>> values,
            Period period) {
        List<Indicator> awaitingHigherLevel = indicators.stream().filter(Indicator::isHigherLevelTarget).toList();
        Map<Long, List<HigherLevelTarget>> figuresOf = awaitingHigherLevel.isEmpty() ? Map.of()
                : figures.findByIndicatorIn(awaitingHigherLevel).stream()
                        .collect(Collectors.groupingBy(f -> f.getIndicator().getId()));
        return indicators.stream().map(indicator -> judge(indicator, values.apply(indicator), period,
                HigherLevelTarget.applyingIn(figuresOf.getOrDefault(indicator.getId(), List.of()), period))).toList();
    }

    private static Verdict judge(Indicator indicator, Map<Period, BigDecimal> values, Period period,
            Optional<HigherLevelTarget> announced) {
        return announced.flatMap(HigherLevelTarget::announcedVerdict)
                .orElseGet(() -> TargetJudgement.judge(target(indicator, () -> announced), values, period));
    }

    /**
     * The target as it reads in the month, e.g. ≥95%，2022年底前; for a 达到上级考核要求 indicator the higher level's
     * figure once recorded, with its source, or a note that it is still awaited.
     */
    public String targetLabel(Indicator indicator, Period period) {
        if (!indicator.isHigherLevelTarget()) {
            return indicator.targetLabel();
        }
        return announced(indicator, period).map(HigherLevelTarget::label).orElse("达到上级考核要求（上级目标尚未录入）");
    }

    /** The point the unit's way to the target passes in the month (see {@link TargetJudgement#expected}). */
    public Optional<BigDecimal> expected(Indicator indicator, Map<Period, BigDecimal> values, Period period) {
        return targetIn(indicator, period).flatMap(goal -> TargetJudgement.expected(goal, values, period));
    }

    /** The target's figure in the month, if it has one (a 上级 target only once announced). */
    public Optional<BigDecimal> targetValue(Indicator indicator, Period period) {
        return targetIn(indicator, period).map(Target::value);
    }

    /** The plan's target, or for a 达到上级考核要求 indicator the higher level's figure announced by then. */
    private Optional<Target> targetIn(Indicator indicator, Period period) {
        return target(indicator, () -> announced(indicator, period));
    }

    private static Optional<Target> target(Indicator indicator, Supplier<Optional<HigherLevelTarget>> announced) {
        return Target.statedIn(indicator).or(() -> announced.get().flatMap(HigherLevelTarget::asTarget));
    }

    /** What the higher level announced by the month's end for a 达到上级考核要求 indicator. */
    private Optional<HigherLevelTarget> announced(Indicator indicator, Period period) {
        if (!indicator.isHigherLevelTarget()) {
            return Optional.empty();
        }
        return HigherLevelTarget.applyingIn(figures.findByIndicatorOrderByAnnouncedOnDescRecordedAtDesc(indicator),
                period);
    }
}
