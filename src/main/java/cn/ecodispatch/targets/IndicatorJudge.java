package cn.ecodispatch.targets;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.shared.Period;

/**
 * Judges indicators' values by {@link TargetJudgement}, with the target that applies in each month: reads what the
 * higher level announced for the 达到上级考核要求 indicators, once for as many indicators, units and months as asked.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorJudge {

    private final HigherLevelTargetRepository figures;

    IndicatorJudge(HigherLevelTargetRepository figures) {
        this.figures = figures;
    }

    public IndicatorTargets targetsOf(Indicator indicator) {
        return targetsOf(List.of(indicator)).get(0);
    }

    /**
     * The targets of each indicator, in the given order, from one read of the announcements: a report's form shows
     * every indicator's verdict each time it is opened.
     */
    public List<IndicatorTargets> targetsOf(List<Indicator> indicators) {
        List<Indicator> awaitingHigherLevel = indicators.stream().filter(Indicator::isHigherLevelTarget).toList();
        Map<Long, List<HigherLevelTarget>> announced = awaitingHigherLevel.isEmpty() ? Map.of()
                : figures.findByIndicatorIn(awaitingHigherLevel).stream()
                        .collect(Collectors.groupingBy(f -> f.getIndicator().getId()));
        return indicators.stream()
                .map(i -> new IndicatorTargets(i, announced.getOrDefault(i.getId(), List.of()))).toList();
    }

    /** The target as it reads in the month ({@link IndicatorTargets#label}). */
    public String targetLabel(Indicator indicator, Period period) {
        return targetsOf(indicator).label(period);
    }
}
