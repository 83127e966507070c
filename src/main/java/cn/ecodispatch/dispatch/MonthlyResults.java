package cn.ecodispatch.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.rectification.RectificationRepository;
import cn.ecodispatch.report.ReportService;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.supervision.Measure;
import cn.ecodispatch.supervision.SupervisionFacts;
import cn.ecodispatch.supervision.SupervisionRecord;
import cn.ecodispatch.supervision.SupervisionService;

/**
 * The month's results: at compile time every unit's facts go through the decision table and the measure is
 * carried out and recorded; from those records the consultation gets its proposals.
 */
@Service
@Transactional
public class MonthlyResults {

    /** What the compilation proposes to the director's consultation. */
    public record Proposal(List<Unit> commend, List<Unit> criticize, List<Unit> inspect, String problems,
            String summary) {
    }

    private final DispatchService dispatch;
    private final ReportService reports;
    private final SupervisionService supervision;
    private final RectificationRepository rectifications;
    private final EntityManager entityManager;

    MonthlyResults(DispatchService dispatch, ReportService reports, SupervisionService supervision,
            RectificationRepository rectifications, EntityManager entityManager) {
        this.dispatch = dispatch;
        this.reports = reports;
        this.supervision = supervision;
        this.rectifications = rectifications;
        this.entityManager = entityManager;
    }

    /**
     * Decides and carries out each unit's measure, one report at a time: what a report brings into the transaction
     * (its versions and their rows, for the verdicts) is written and let go before the next, or a province's month
     * would hold every report's rows and have Hibernate check them all again before each query.
     */
    public void compile(DispatchCycle cycle) {
        long cycleId = cycle.getId();
        for (long reportId : dispatch.reportIdsOf(cycle)) {
            UnitReport report = reports.report(reportId);
            SupervisionFacts facts = supervision.factsFor(report);
            supervision.apply(supervision.decide(facts), facts, report, null);
            entityManager.flush();
            entityManager.clear();
        }
        dispatch.markCompiled(dispatch.cycle(cycleId));
    }

    @Transactional(readOnly = true)
    public Proposal proposal(DispatchCycle cycle) {
        Map<Unit, SupervisionRecord> monthly = supervision.monthlyRecords(cycle).stream()
                .collect(Collectors.toMap(SupervisionRecord::getUnit, Function.identity(), (a, b) -> b));
        List<Unit> commend = new ArrayList<>();
        List<Unit> criticize = new ArrayList<>();
        List<Unit> inspect = new ArrayList<>();
        ProblemsList problems = new ProblemsList();
        List<UnitReport> reports = dispatch.reportsOf(cycle);
        Map<Long, List<Rectification>> rectificationsByReport = rectifications.findByReportCycleOrderById(cycle)
                .stream().collect(Collectors.groupingBy(r -> r.getReport().getId()));
        for (UnitReport report : reports) {
            Unit unit = report.getUnit();
            SupervisionRecord record = monthly.get(unit);
            Measure measure = record == null ? Measure.NONE : record.getMeasure();
            switch (measure) {
                case CRITICISM, ACCOUNTABILITY -> criticize.add(unit);
                case INSPECTION -> inspect.add(unit);
                default -> {
                    if (supervision.isExemplary(report)) {
                        commend.add(unit);
                    }
                }
            }
            if (!report.getStatus().isClosed()) {
                String notClosed = "本月报送尚未办结（" + report.getStatus().label() + "）";
                problems.add(unit.getName(), notClosed, notClosed);
            }
            for (Rectification r : rectificationsByReport.getOrDefault(report.getId(), List.of())) {
                problems.add(unit.getName(), "整改问题（" + r.getStatus().label() + "）",
                        "问题“" + r.getProblem() + "”" + r.getStatus().label());
            }
            if (measure != Measure.NONE) {
                problems.add(unit.getName(), "督办措施：" + measure.label(),
                        record.facts().describe() + "，督办措施：" + measure.label());
            }
        }
        long closed = reports.stream().filter(r -> r.getStatus().isClosed()).count();
        String summary = "本月应报送单位 " + reports.size() + " 个，已办结 " + closed + " 个；建议通报表扬 " + commend.size()
                + " 个、通报批评 " + criticize.size() + " 个、现场检查 " + inspect.size() + " 个。";
        return new Proposal(commend, criticize, inspect, problems.text(), summary);
    }
}
