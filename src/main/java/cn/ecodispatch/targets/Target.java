package cn.ecodispatch.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import cn.ecodispatch.catalog.Comparator;
import cn.ecodispatch.catalog.Indicator;

/** A figure to reach: the plan's own, or the one the higher level announced; without a deadline it always holds. */
public record Target(Comparator comparator, BigDecimal value, LocalDate deadline) {

    /** The plan's own target; none for an indicator that waits for the higher level's figure. */
    static Optional<Target> statedIn(Indicator indicator) {
        return indicator.isHigherLevelTarget() ? Optional.empty()
                : Optional.of(new Target(indicator.getComparator(), indicator.getTargetValue(), indicator.getDeadline()));
    }

    boolean isMetBy(BigDecimal reported) {
        return comparator.isMet(reported, value);
    }

    Optional<YearMonth> deadlineMonth() {
        return Optional.ofNullable(deadline).map(YearMonth::from);
    }
}
