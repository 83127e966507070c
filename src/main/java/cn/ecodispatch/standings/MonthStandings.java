package cn.ecodispatch.standings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.catalog.CatalogService;
import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.catalog.KeyTask;
import cn.ecodispatch.catalog.KeyTaskRole;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.dispatch.DispatchService;
import cn.ecodispatch.report.IndicatorValue;
import cn.ecodispatch.report.IndicatorVerdicts;
import cn.ecodispatch.report.KeyTaskEntry;
import cn.ecodispatch.report.ReportVersion;
import cn.ecodispatch.report.ReportVersionRepository;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.targets.Verdict;

/**
 * Where the key tasks and the indicators stand in a month, read from each unit's latest submitted report of the
 * month (a report still being filled, signed or returned counts with what was last submitted, if anything).
 */
@Service
@Transactional(readOnly = true)
public class MonthStandings {

    private final DispatchService dispatch;
    private final ReportVersionRepository versions;
    private final IndicatorVerdicts verdicts;
    private final CatalogService catalog;

    MonthStandings(DispatchService dispatch, ReportVersionRepository versions, IndicatorVerdicts verdicts,
            CatalogService catalog) {
        this.dispatch = dispatch;
        this.versions = versions;
        this.verdicts = verdicts;
        this.catalog = catalog;
    }

    /** Every key task of the plan, in the plan's order. */
    public List<KeyTaskStanding> keyTasks(DispatchCycle cycle) {
        Map<Unit, Optional<ReportVersion>> submitted = latestSubmitted(cycle);
        List<KeyTaskStanding> standings = new ArrayList<>();
        for (KeyTask task : catalog.keyTasks()) {
            List<KeyTaskStanding.LeadReport> leads = task.unitsIn(KeyTaskRole.LEAD).stream()
                    .filter(submitted::containsKey)
                    .map(unit -> entryOf(submitted.get(unit), task)
                            .map(e -> new KeyTaskStanding.LeadReport(unit, e.getProgress(), e.getProblems()))
                            .orElseGet(() -> new KeyTaskStanding.LeadReport(unit, null, null)))
                    .toList();
            List<Unit> participants = task.unitsIn(KeyTaskRole.PARTICIPANT).stream().filter(submitted::containsKey)
                    .toList();
            int reported = (int) participants.stream()
                    .filter(unit -> entryOf(submitted.get(unit), task).map(e -> e.getProgress() != null).orElse(false))
                    .count();
            standings.add(new KeyTaskStanding(task, leads, reported, participants.size()));
        }
        return standings;
    }

    /** Every indicator of the plan with each of its responsible units that reports this month. */
    public List<IndicatorStanding> indicators(DispatchCycle cycle) {
        Map<Unit, Optional<ReportVersion>> submitted = latestSubmitted(cycle);
        Map<Indicator, Map<Unit, IndicatorStanding.UnitValue>> judged = new HashMap<>();
        submitted.forEach((unit, version) -> version.ifPresent(v -> verdicts.of(v).forEach((value, verdict) ->
                judged.computeIfAbsent(value.getIndicator(), i -> new HashMap<>())
                        .put(unit, unitValue(unit, value, verdict)))));
        List<IndicatorStanding> standings = new ArrayList<>();
        for (Indicator indicator : catalog.indicators()) {
            Map<Unit, IndicatorStanding.UnitValue> values = judged.getOrDefault(indicator, Map.of());
            List<IndicatorStanding.UnitValue> rows = indicator.getResponsibleUnits().stream()
                    .filter(submitted::containsKey)
                    .map(unit -> values.getOrDefault(unit,
                            new IndicatorStanding.UnitValue(unit, null, Verdict.NOT_JUDGED)))
                    .toList();
            standings.add(new IndicatorStanding(indicator, rows));
        }
        return standings;
    }

    /** What the unit said of the key task in its latest submitted report of the month, if anything. */
    public Optional<KeyTaskEntry> entryOf(DispatchCycle cycle, Unit unit, KeyTask task) {
        return dispatch.reportsOf(cycle).stream().filter(r -> r.getUnit().getId().equals(unit.getId())).findFirst()
                .flatMap(r -> entryOf(r.latestSubmittedVersionId().flatMap(versions::findById), task));
    }

    private static IndicatorStanding.UnitValue unitValue(Unit unit, IndicatorValue value, Verdict verdict) {
        return new IndicatorStanding.UnitValue(unit, value.getValue(), verdict);
    }

    /** Each unit with a report this month, with the report's latest submitted version if there is one. */
    private Map<Unit, Optional<ReportVersion>> latestSubmitted(DispatchCycle cycle) {
        Map<Long, ReportVersion> byReport = versions.latestSubmittedOf(cycle).stream()
                .collect(Collectors.toMap(v -> v.getReport().getId(), Function.identity()));
        Map<Unit, Optional<ReportVersion>> latest = new LinkedHashMap<>();
        for (UnitReport report : dispatch.reportsOf(cycle)) {
            latest.put(report.getUnit(), Optional.ofNullable(byReport.get(report.getId())));
        }
        return latest;
    }

    private static Optional<KeyTaskEntry> entryOf(Optional<ReportVersion> version, KeyTask task) {
        return version.flatMap(v -> v.getKeyTasks().stream()
                .filter(e -> e.getKeyTask().getId().equals(task.getId())).findFirst());
    }
}
