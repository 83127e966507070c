package cn.ecodispatch.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.accountability.AccountabilityCase;
import cn.ecodispatch.accountability.AccountabilityService;
import cn.ecodispatch.bulletin.MonthFigures;
import cn.ecodispatch.bulletin.Timeliness;
import cn.ecodispatch.bulletin.UnitFigures;
import cn.ecodispatch.catalog.DistrictWords;
import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.catalog.KeyTaskRole;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.dashboard.DashboardView.Count;
import cn.ecodispatch.dispatch.Consultation;
import cn.ecodispatch.dispatch.ConsultationService;
import cn.ecodispatch.dispatch.DispatchService;
import cn.ecodispatch.report.IndicatorValue;
import cn.ecodispatch.report.KeyTaskEntry;
import cn.ecodispatch.report.ReportLabels;
import cn.ecodispatch.report.ReportStatus;
import cn.ecodispatch.report.ReportVersionRepository;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.Period;
import cn.ecodispatch.standings.IndicatorStanding;
import cn.ecodispatch.standings.KeyTaskStanding;
import cn.ecodispatch.standings.MonthStandings;
import cn.ecodispatch.targets.IndicatorJudge;
import cn.ecodispatch.targets.IndicatorTargets;
import cn.ecodispatch.targets.Verdict;

/**
 * Reads a month for the dashboard, live from the domain tables: for the district (office, leaders) or narrowed to
 * one unit (its own staff), so that a unit never sees another unit's figures.
 */
@Service
@Transactional(readOnly = true)
class DashboardService {

    static final String NOT_REPORTED_BY_UNIT = "本单位未报";
    static final String CONTRIBUTED = "已报送参与情况";

    /** How many months the charts look back. */
    static final int MONTHS_SHOWN = 12;

    private final DispatchService dispatch;
    private final MonthStandings standings;
    private final MonthFigures figures;
    private final ConsultationService consultations;
    private final AccountabilityService accountability;
    private final ReportVersionRepository versions;
    private final IndicatorJudge judge;
    private final Clock clock;
    private final DistrictWords words;

    DashboardService(DispatchService dispatch, MonthStandings standings, MonthFigures figures,
            ConsultationService consultations, AccountabilityService accountability, ReportVersionRepository versions,
            IndicatorJudge judge, Clock clock, DistrictWords words) {
        this.clock = clock;
        this.words = words;
        this.dispatch = dispatch;
        this.standings = standings;
        this.figures = figures;
        this.consultations = consultations;
        this.accountability = accountability;
        this.versions = versions;
        this.judge = judge;
    }

    /** @param own the viewer's unit for unit staff, empty for the district */
    DashboardView view(DispatchCycle cycle, Optional<Unit> own) {
        Predicate<Unit> shown = unit -> own.map(u -> u.getId().equals(unit.getId())).orElse(true);
        List<UnitReport> reports = dispatch.reportsOf(cycle).stream().filter(r -> shown.test(r.getUnit())).toList();
        Period period = cycle.getPeriod();
        return new DashboardView(period.toString(), period.label(), cycle.getStatus().label(),
                own.map(Unit::getName).orElse(words.whole()), own.map(Unit::getCode).orElse(null), periods(),
                glance(cycle, reports, (int) dispatch.lateReports(cycle).stream().filter(r -> shown.test(r.getUnit()))
                        .count()), timeliness(period, shown), keyTasks(cycle, own),
                indicators(cycle, shown), scorecard(cycle, shown), mentions(cycle, shown));
    }

    /** Each shown unit's values of the indicator month by month, up to the cycle's month. */
    DashboardView.Trajectory trajectory(Indicator indicator, DispatchCycle cycle, Optional<Unit> own) {
        Predicate<Unit> shown = unit -> own.map(u -> u.getId().equals(unit.getId())).orElse(true);
        List<Period> months = monthsUpTo(cycle.getPeriod());
        Map<Unit, Map<Period, BigDecimal>> byUnit = new LinkedHashMap<>();
        indicator.getResponsibleUnits().stream().filter(shown).forEach(u -> byUnit.put(u, new HashMap<>()));
        for (IndicatorValue value : versions.latestSubmittedValuesUpTo(indicator, cycle.getPeriod().toString())) {
            Map<Period, BigDecimal> values = byUnit.get(value.getVersion().getReport().getUnit());
            if (values != null) {
                values.put(value.getVersion().getReport().getCycle().getPeriod(), value.getValue());
            }
        }
        IndicatorTargets targets = judge.targetsOf(indicator);
        List<DashboardView.Series> series = new ArrayList<>();
        byUnit.forEach((unit, values) -> series.add(new DashboardView.Series(unit.getCode(), unit.getName(),
                months.stream().map(values::get).toList(),
                months.stream().map(m -> targets.expected(values, m).orElse(null)).toList(),
                months.stream().map(m -> targets.judge(values, m).label()).toList())));
        Map<String, Integer> thisMonth = new LinkedHashMap<>();
        Arrays.stream(Verdict.values()).forEach(v -> thisMonth.put(v.label(), 0));
        series.forEach(s -> thisMonth.merge(s.verdictLabels().get(s.verdictLabels().size() - 1), 1, Integer::sum));
        return new DashboardView.Trajectory(indicator.getCode(), indicator.getName(),
                targets.label(cycle.getPeriod()), indicator.getMeasureUnit(),
                months.stream().map(Period::label).toList(), series,
                months.stream().map(m -> targets.value(m).orElse(null)).toList(), counts(thisMonth));
    }

    private List<DashboardView.PeriodOption> periods() {
        return dispatch.cycles().stream()
                .map(c -> new DashboardView.PeriodOption(c.getPeriod().toString(), c.getPeriod().label())).toList();
    }

    private static DashboardView.Glance glance(DispatchCycle cycle, List<UnitReport> reports, int late) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        Arrays.stream(ReportStatus.values()).forEach(s -> byStatus.put(s.label(), 0));
        reports.forEach(r -> byStatus.merge(r.getStatus().label(), 1, Integer::sum));
        return new DashboardView.Glance(reports.size(), counts(byStatus), late, cycle.getReportDueAt(),
                cycle.getReportDueAt() == null ? null : ReportLabels.dayBefore(cycle.getReportDueAt()));
    }

    private List<DashboardView.MonthTimeliness> timeliness(Period upTo, Predicate<Unit> shown) {
        List<DashboardView.MonthTimeliness> months = new ArrayList<>();
        for (DispatchCycle cycle : cyclesUpTo(upTo)) {
            Map<Timeliness, Integer> counts = new HashMap<>();
            int pending = 0;
            for (UnitReport report : dispatch.reportsOf(cycle)) {
                if (!shown.test(report.getUnit())) {
                    continue;
                }
                if (report.getFirstSubmittedAt() == null && clock.now().isBefore(report.getDueAt())) {
                    pending++;
                } else {
                    counts.merge(Timeliness.of(report), 1, Integer::sum);
                }
            }
            months.add(new DashboardView.MonthTimeliness(cycle.getPeriod().toString(), cycle.getPeriod().label(),
                    counts.getOrDefault(Timeliness.ON_TIME, 0), counts.getOrDefault(Timeliness.LATE, 0),
                    counts.getOrDefault(Timeliness.MISSING, 0), pending));
        }
        return months;
    }

    /**
     * The district sees each task as its lead units report it; a unit sees the tasks it leads or takes part in with
     * its own word on them (a lead unit's report is the lead unit's data, not its participants').
     */
    private List<DashboardView.KeyTaskRow> keyTasks(DispatchCycle cycle, Optional<Unit> own) {
        List<DashboardView.KeyTaskRow> rows = new ArrayList<>();
        for (KeyTaskStanding s : standings.keyTasks(cycle)) {
            if (own.isEmpty()) {
                rows.add(keyTaskRow(s, s.overallLabel(), s.problems(), null));
                continue;
            }
            Unit unit = own.get();
            s.keyTask().roleOf(unit).ifPresent(role -> {
                Optional<KeyTaskEntry> entry = standings.entryOf(cycle, unit, s.keyTask());
                rows.add(keyTaskRow(s, entry.map(DashboardService::ownProgress).orElse(NOT_REPORTED_BY_UNIT),
                        entry.map(KeyTaskEntry::getProblems).orElse(""), role));
            });
        }
        return rows;
    }

    /** A lead unit's progress; a participating unit gives no progress, only its contribution. */
    private static String ownProgress(KeyTaskEntry entry) {
        if (entry.getProgress() != null) {
            return entry.getProgress().label();
        }
        return entry.getWorkDone() == null || entry.getWorkDone().isBlank() ? NOT_REPORTED_BY_UNIT : CONTRIBUTED;
    }

    private static DashboardView.KeyTaskRow keyTaskRow(KeyTaskStanding s, String progress, String problems,
            KeyTaskRole ownRole) {
        boolean participantsShown = ownRole == null || ownRole == KeyTaskRole.LEAD;
        return new DashboardView.KeyTaskRow(s.keyTask().getNumber(), s.keyTask().getTitle(), s.keyTask().getLeadText(),
                progress, problems, participantsShown ? s.participantsReported() : null,
                participantsShown ? s.participants() : null, ownRole == null ? null : ownRole.label());
    }

    private List<DashboardView.IndicatorRow> indicators(DispatchCycle cycle, Predicate<Unit> shown) {
        List<DashboardView.IndicatorRow> rows = new ArrayList<>();
        for (IndicatorStanding s : standings.indicators(cycle)) {
            List<IndicatorStanding.UnitValue> values = s.values().stream().filter(v -> shown.test(v.unit())).toList();
            if (values.isEmpty()) {
                continue;
            }
            IndicatorStanding visible = new IndicatorStanding(s.indicator(), values);
            Map<String, Integer> verdicts = new LinkedHashMap<>();
            visible.counts().forEach((verdict, n) -> verdicts.put(verdict.label(), n));
            rows.add(new DashboardView.IndicatorRow(s.indicator().getCode(), s.indicator().getName(),
                    judge.targetLabel(s.indicator(), cycle.getPeriod()), counts(verdicts),
                    values.stream().map(v -> new DashboardView.UnitValue(v.unit().getCode(), v.unit().getName(),
                            v.value(), v.verdict().name(), v.verdict().label())).toList()));
        }
        return rows;
    }

    private List<DashboardView.ScoreRow> scorecard(DispatchCycle cycle, Predicate<Unit> shown) {
        List<Unit> units = dispatch.reportsOf(cycle).stream().map(UnitReport::getUnit).filter(shown).toList();
        List<String> codes = units.stream().map(Unit::getCode).toList();
        return figures.ranked(cycle).stream().filter(f -> codes.contains(f.getUnitCode()))
                .map(DashboardService::scoreRow).toList();
    }

    private static DashboardView.ScoreRow scoreRow(UnitFigures f) {
        return new DashboardView.ScoreRow(f.getRank(), f.getUnitCode(), f.getUnitName(), f.getScore(),
                f.getTimeliness().label(), f.getDaysLate(), f.getReturnCount(), f.getRectificationsOpened(),
                f.getRectificationsClosed(), f.getRectificationsOverdue(), f.getReminderLetters(),
                f.getAccountabilityDecisions());
    }

    private DashboardView.Mentions mentions(DispatchCycle cycle, Predicate<Unit> shown) {
        Optional<Consultation> consultation = consultations.consultationOf(cycle);
        return new DashboardView.Mentions(
                names(consultation.map(c -> c.mentioned(Consultation.MentionKind.COMMEND)).orElse(List.of()), shown),
                names(consultation.map(c -> c.mentioned(Consultation.MentionKind.CRITICIZE)).orElse(List.of()), shown),
                names(consultations.inspectedIn(cycle), shown),
                accountability.casesOf(cycle).stream().filter(c -> shown.test(c.getUnit()))
                        .map(DashboardService::caseRow).toList());
    }

    private static DashboardView.CaseRow caseRow(AccountabilityCase c) {
        return new DashboardView.CaseRow(c.getUnit().getName(), c.getStatus().label(), c.getTriggerSummary(),
                c.getDecision(), c.getDecisionNumber());
    }

    private static List<String> names(List<Unit> units, Predicate<Unit> shown) {
        return units.stream().filter(shown).map(Unit::getName).toList();
    }

    private static List<Count> counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    /** The months with a cycle up to the given one, the latest {@value #MONTHS_SHOWN} at most, oldest first. */
    private List<DispatchCycle> cyclesUpTo(Period upTo) {
        return dispatch.cycles().stream().filter(c -> !c.getPeriod().month().isAfter(upTo.month()))
                .limit(MONTHS_SHOWN).sorted(Comparator.comparing(c -> c.getPeriod().month())).toList();
    }

    private List<Period> monthsUpTo(Period upTo) {
        return cyclesUpTo(upTo).stream().map(DispatchCycle::getPeriod).toList();
    }
}
