package cn.ecodispatch.bulletin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.accountability.AccountabilityService;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.dispatch.Consultation;
import cn.ecodispatch.dispatch.ConsultationService;
import cn.ecodispatch.dispatch.DispatchService;
import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.rectification.RectificationRepository;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.standings.MonthStandings;
import cn.ecodispatch.supervision.ReminderLetters;
import cn.ecodispatch.targets.IndicatorJudge;

/**
 * Reads a month's figures from the domain tables: one row per reporting unit, ranked by {@link BulletinScore}, and
 * how every key task and every indicator stands.
 */
@Component
@Transactional(readOnly = true)
public class MonthFigures {

    /** What a bulletin freezes: units in ranking order, key tasks and indicators in the plan's order. */
    record Compiled(List<UnitFigures> units, List<KeyTaskFigures> keyTasks, List<IndicatorFigures> indicators) {
    }

    private final DispatchService dispatch;
    private final ConsultationService consultations;
    private final RectificationRepository rectifications;
    private final ReminderLetters letters;
    private final AccountabilityService accountability;
    private final MonthStandings standings;
    private final IndicatorJudge judge;

    MonthFigures(DispatchService dispatch, ConsultationService consultations, RectificationRepository rectifications,
            ReminderLetters letters, AccountabilityService accountability, MonthStandings standings,
            IndicatorJudge judge) {
        this.standings = standings;
        this.judge = judge;
        this.dispatch = dispatch;
        this.consultations = consultations;
        this.rectifications = rectifications;
        this.letters = letters;
        this.accountability = accountability;
    }

    Compiled compile(DispatchCycle cycle) {
        return new Compiled(ranked(cycle),
                standings.keyTasks(cycle).stream().map(KeyTaskFigures::new).toList(),
                standings.indicators(cycle).stream().map(s -> new IndicatorFigures(s,
                        judge.targetLabel(s.indicator(), cycle.getPeriod()))).toList());
    }

    /**
     * Every reporting unit's figures, best score first; equal scores share a rank and keep the catalogue order. Each
     * kind of fact is read once for the whole month, so a province's 10 000 units cost the same few queries.
     */
    public List<UnitFigures> ranked(DispatchCycle cycle) {
        Consultation consultation = consultations.consultationOf(cycle).orElse(null);
        Set<Unit> commended = Set.copyOf(mentioned(consultation, Consultation.MentionKind.COMMEND));
        Set<Unit> criticized = Set.copyOf(mentioned(consultation, Consultation.MentionKind.CRITICIZE));
        Set<Unit> inspected = Set.copyOf(consultations.inspectedIn(cycle));
        Map<Long, List<Rectification>> openedByReport = rectifications.findByReportCycleOrderById(cycle).stream()
                .collect(Collectors.groupingBy(r -> r.getReport().getId()));
        Map<Long, Integer> lettersByReport = letters.countPerReport(cycle);
        Map<Long, Long> decisionsByUnit = accountability.casesOf(cycle).stream()
                .filter(c -> c.getDecidedAt() != null)
                .collect(Collectors.groupingBy(c -> c.getUnit().getId(), Collectors.counting()));
        List<UnitFigures> figures = new ArrayList<>();
        for (UnitReport report : dispatch.reportsOf(cycle)) {
            Unit unit = report.getUnit();
            List<Rectification> opened = openedByReport.getOrDefault(report.getId(), List.of());
            figures.add(new UnitFigures(unit.getCode(), unit.getName(), Timeliness.of(report),
                    report.daysLate(report.getDueAt()), report.getReturnCount(), opened.size(),
                    (int) opened.stream().filter(r -> r.getClosedAt() != null).count(),
                    (int) opened.stream().filter(r -> r.isOverdue() || r.daysOverdue() > 0).count(),
                    lettersByReport.getOrDefault(report.getId(), 0),
                    decisionsByUnit.getOrDefault(unit.getId(), 0L).intValue(), commended.contains(unit),
                    criticized.contains(unit), inspected.contains(unit)));
        }
        List<UnitFigures> ranked = figures.stream()
                .sorted(Comparator.comparingInt(UnitFigures::getScore).reversed()).toList();
        for (int i = 0; i < ranked.size(); i++) {
            boolean tie = i > 0 && ranked.get(i).getScore() == ranked.get(i - 1).getScore();
            ranked.get(i).rankAs(tie ? ranked.get(i - 1).getRank() : i + 1);
        }
        return ranked;
    }

    private static List<Unit> mentioned(Consultation consultation, Consultation.MentionKind kind) {
        return consultation == null ? List.of() : consultation.mentioned(kind);
    }
}
