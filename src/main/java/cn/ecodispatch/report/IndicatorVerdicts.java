package cn.ecodispatch.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.shared.Period;
import cn.ecodispatch.targets.IndicatorJudge;
import cn.ecodispatch.targets.IndicatorTargets;
import cn.ecodispatch.targets.Verdict;

/**
 * The verdict on each indicator value of a report version. The unit's way to a target is read from its earlier
 * months, each as last submitted, followed by the version's own values.
 */
@Component
public class IndicatorVerdicts {

    private final ReportVersionRepository versions;
    private final IndicatorJudge judge;

    IndicatorVerdicts(ReportVersionRepository versions, IndicatorJudge judge) {
        this.versions = versions;
        this.judge = judge;
    }

    @Transactional(readOnly = true)
    public Map<IndicatorValue, Verdict> of(ReportVersion version) {
        UnitReport report = version.getReport();
        Period period = report.getCycle().getPeriod();
        Map<Long, Map<Period, BigDecimal>> history = new HashMap<>();
        versions.latestSubmittedValuesBefore(report.getUnit(), period)
                .forEach(earlier -> record(history, earlier.indicatorId(), earlier.period(), earlier.value()));
        version.getIndicatorValues().stream().filter(v -> v.getValue() != null)
                .forEach(v -> record(history, v.getIndicator().getId(), period, v.getValue()));
        List<IndicatorValue> values = version.getIndicatorValues();
        List<IndicatorTargets> targets = judge.targetsOf(values.stream().map(IndicatorValue::getIndicator).toList());
        Map<IndicatorValue, Verdict> verdicts = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            verdicts.put(values.get(i), targets.get(i).judge(
                    history.getOrDefault(values.get(i).getIndicator().getId(), Map.of()), period));
        }
        return verdicts;
    }

    private static void record(Map<Long, Map<Period, BigDecimal>> history, long indicatorId, Period month,
            BigDecimal value) {
        history.computeIfAbsent(indicatorId, i -> new HashMap<>()).put(month, value);
    }
}
