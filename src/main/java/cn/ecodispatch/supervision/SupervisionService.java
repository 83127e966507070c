package cn.ecodispatch.supervision;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.accountability.AccountabilityService;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.rectification.RectificationRepository;
import cn.ecodispatch.report.IndicatorVerdicts;
import cn.ecodispatch.report.ReportService;
import cn.ecodispatch.report.ReportStatus;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.SystemActions;
import cn.ecodispatch.targets.Verdict;

/**
 * Supervision measures: gathers the facts about a unit, asks the latest deployed version of the
 * {@code supervision-measure} decision table, records the decision and carries it out.
 */
@Service
@Transactional
public class SupervisionService {


    private final DecisionService decisionService;
    private final RepositoryService repositoryService;
    private final SupervisionRecordRepository records;
    private final RectificationRepository rectifications;
    private final ReportService reports;
    private final IndicatorVerdicts verdicts;
    private final ReminderLetters letters;
    private final AccountabilityService accountability;
    private final Clock clock;

    SupervisionService(DecisionService decisionService, RepositoryService repositoryService,
            SupervisionRecordRepository records, RectificationRepository rectifications, ReportService reports,
            IndicatorVerdicts verdicts, ReminderLetters letters, AccountabilityService accountability, Clock clock) {
        this.decisionService = decisionService;
        this.repositoryService = repositoryService;
        this.records = records;
        this.rectifications = rectifications;
        this.reports = reports;
        this.verdicts = verdicts;
        this.letters = letters;
        this.accountability = accountability;
        this.clock = clock;
    }

    /** The facts about a rectification whose verification just failed. */
    @Transactional(readOnly = true)
    public SupervisionFacts factsFor(Rectification rectification) {
        UnitReport report = rectification.getReport();
        return new SupervisionFacts(rectification.daysOverdue(), report.getReturnCount(),
                rectification.getFailedChecks(), indicatorsOffTrack(report));
    }

    /** The facts about a unit's report of the month, as at the compiling of the month. */
    @Transactional(readOnly = true)
    public SupervisionFacts factsFor(UnitReport report) {
        int failedChecks = rectifications.findByReportOrderById(report).stream()
                .mapToInt(Rectification::getFailedChecks).sum();
        return new SupervisionFacts(report.daysLate(clock.now()), report.getReturnCount(), failedChecks,
                indicatorsOffTrack(report));
    }

    /** Indicators behind their way to the target or missed at the deadline; those on course are not counted. */
    private int indicatorsOffTrack(UnitReport report) {
        if (report.getFirstSubmittedAt() == null) {
            return 0;
        }
        return (int) verdicts.of(reports.latestSubmitted(report)).values().stream().filter(Verdict::isOffTrack)
                .count();
    }

    public Measure decide(SupervisionFacts facts) {
        String measure = SystemActions.call(() -> decisionService
                .evaluateDecisionTableByKey(SupervisionMeasureDecision.KEY, facts.asVariables()).getSingleResult().getEntry(SupervisionMeasureDecision.Variables.MEASURE.name()));
        return Measure.ofLabel(measure);
    }

    /** Records the measure and carries it out: a letter, an accountability case, or a proposal for the bulletin. */
    public void apply(Measure measure, SupervisionFacts facts, UnitReport report, Rectification rectification) {
        DispatchCycle cycle = report.getCycle();
        records.save(new SupervisionRecord(report.getUnit(), cycle, rectification, measure, facts,
                latestDecisionVersion(), clock.now()));
        String grounds = (rectification == null
                ? cycle.getPeriod().label() + "月度报送"
                : "整改事项“" + rectification.getProblem() + "”") + "存在以下情况：" + facts.describe();
        switch (measure) {
            case REMINDER_LETTER -> letters.supervision(report, rectification, grounds);
            case ACCOUNTABILITY -> accountability.open(report.getUnit(), cycle, rectification, grounds);
            default -> {
                // 通报批评 and 现场检查 are proposals the director confirms in the month's consultation.
            }
        }
    }

    /** Whether a report closed in good order: on time, never returned, nothing to rectify. */
    public boolean isExemplary(UnitReport report) {
        return report.getStatus() == ReportStatus.APPROVED && report.getReturnCount() == 0
                && report.daysLate(clock.now()) == 0;
    }

    /** The measures decided for the month's reports at compile time (not those of single rectifications). */
    @Transactional(readOnly = true)
    public java.util.List<SupervisionRecord> monthlyRecords(DispatchCycle cycle) {
        return records.findByCycleOrderById(cycle).stream().filter(r -> r.getRectification() == null).toList();
    }

    private int latestDecisionVersion() {
        DecisionDefinition definition = SystemActions.call(() -> repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(SupervisionMeasureDecision.KEY).latestVersion().singleResult());
        return definition == null ? 0 : definition.getVersion();
    }
}
