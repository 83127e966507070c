package cn.ecodispatch.targets;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

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

    public Verdict judge(Indicator indicator, Map<Period, BigDecimal> values, Period period) {
        return TargetJudgement.judge(targetIn(indicator, period), values, period);
    }

    /** The plan's target, or for a 达到上级考核要求 indicator the higher level's figure announced by then. */
    private Optional<Target> targetIn(Indicator indicator, Period period) {
        return Target.statedIn(indicator).or(() -> HigherLevelTarget.applyingIn(
                figures.findByIndicatorOrderByAnnouncedOnDescRecordedAtDesc(indicator), period)
                .map(HigherLevelTarget::asTarget));
    }
}
