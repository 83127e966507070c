package cn.ecodispatch.standings;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.targets.Verdict;

/** Each responsible unit's value of an indicator in a month and its verdict; units without a value are not judged. */
public record IndicatorStanding(Indicator indicator, List<UnitValue> values) {

    public record UnitValue(Unit unit, BigDecimal value, Verdict verdict) {
    }

    /** How many units stand under each verdict, every verdict present (0 where none). */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0);
        }
        values.forEach(v -> counts.merge(v.verdict(), 1, Integer::sum));
        return counts;
    }

    /** The units behind schedule or short of the target at its deadline. */
    public List<Unit> offTrack() {
        return values.stream().filter(v -> v.verdict().isOffTrack()).map(UnitValue::unit).toList();
    }
}
