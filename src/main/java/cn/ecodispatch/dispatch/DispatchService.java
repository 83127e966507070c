package cn.ecodispatch.dispatch;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.cycle.DispatchCycleRepository;
import cn.ecodispatch.report.ReportClosed;
import cn.ecodispatch.report.ReportStatus;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.report.UnitReportRepository;
import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.Period;
import cn.ecodispatch.shared.SystemActions;

/** A month's dispatch cycle: opening it, how far its reports have gone out, noticing when all are closed. */
@Service
@Transactional
public class DispatchService {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchService.class);

    private final DispatchCycleRepository cycles;
    private final UnitReportRepository unitReports;
    private final RuntimeService runtimeService;
    private final DispatchSettings settings;
    private final Clock clock;

    DispatchService(DispatchCycleRepository cycles, UnitReportRepository unitReports, RuntimeService runtimeService,
            DispatchSettings settings, Clock clock) {
        this.cycles = cycles;
        this.unitReports = unitReports;
        this.runtimeService = runtimeService;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<DispatchCycle> cycleOf(Period period) {
        return cycles.findByPeriod(period.toString());
    }

    @Transactional(readOnly = true)
    public DispatchCycle cycle(long id) {
        return cycles.require(id);
    }

    /** The office's on-demand start of a month: refused at once if the month already has a cycle. */
    public String startOnDemand(Period period) {
        if (cycleOf(period).isPresent()) {
            throw new DuplicateCycleException(period);
        }
        return runtimeService.createMessageCorrelation(MonthlyDispatchProcess.MESSAGE_START_DISPATCH)
                .processInstanceBusinessKey(period.toString())
                .setVariable(MonthlyDispatchProcess.Variables.PERIOD.name(), period.toString())
                .correlateStartMessage().getId();
    }

    @Transactional(readOnly = true)
    public List<DispatchCycle> cycles() {
        return cycles.findAll(org.springframework.data.domain.Sort.by("period").descending());
    }

    /**
     * Opens the period. The unique period column makes a second cycle fail even when two starts race on two
     * nodes; the caller checks {@link #cycleOf(Period)} first for a clear refusal.
     */
    public DispatchCycle open(Period period, String startedBy, String processInstanceId) {
        DispatchCycle cycle = cycles.saveAndFlush(new DispatchCycle(period, startedBy, clock.now(),
                period.endOfDay(settings.reportDueDay()), period.endOfDay(settings.closingDay()), processInstanceId));
        LOG.info("已开启 {} 月度调度（{}）", period, startedBy);
        return cycle;
    }

    /** How far sending out the month's reports has got: reports opened against units to report. */
    @Transactional(readOnly = true)
    public SendingProgress sending(DispatchCycle cycle) {
        long sent = unitReports.countByCycle(cycle);
        return new SendingProgress(sent, cycle.getReportingUnits().map(Integer::longValue).orElse(sent));
    }

    /**
     * Hears that a report's closing has committed (Task_CheckMonthComplete is asynchronous): tells the waiting cycle
     * when none of its reports is open any more. The cost is one COUNT on an index (ix_unit_report_open), whatever
     * the number of units, and nothing is locked, so closings never queue on the month. Correct under concurrency:
     * each check runs in a job created by its closing, so it starts only after that closing committed; the check of
     * whichever closing commits last therefore sees every report closed, even when the last two close at the same
     * moment in separate transactions and each closing saw the other still open. Several checks may see zero; the
     * message is harmless twice (correlateAll matches only a cycle still waiting at Event_AllReportsClosed, and of two
     * racing correlations one fails on the engine's optimistic lock and its job, retried, then matches nothing).
     */
    @EventListener
    void reportClosed(ReportClosed closed) {
        DispatchCycle cycle = cycle(closed.cycleId());
        if (unitReports.countByCycleAndStatusIn(cycle, ReportStatus.open()) == 0) {
            SystemActions.run(() -> runtimeService
                    .createMessageCorrelation(MonthlyDispatchProcess.MESSAGE_ALL_REPORTS_CLOSED)
                    .processInstanceId(cycle.getProcessInstanceId())
                    .correlateAll());
        }
    }

    @Transactional(readOnly = true)
    public List<UnitReport> reportsOf(DispatchCycle cycle) {
        return unitReports.findByCycleOrderById(cycle);
    }

    /** The ids of the month's reports, for work that takes them one at a time. */
    @Transactional(readOnly = true)
    public List<Long> reportIdsOf(DispatchCycle cycle) {
        return unitReports.findIdsByCycle(cycle);
    }

    /** Units whose report is past due and not yet submitted. */
    @Transactional(readOnly = true)
    public List<UnitReport> lateReports(DispatchCycle cycle) {
        return unitReports.findByCycleOrderById(cycle).stream()
                .filter(r -> r.getStatus() == ReportStatus.DRAFTING && r.getFirstSubmittedAt() == null
                        && clock.now().isAfter(r.getDueAt()))
                .toList();
    }

    public void markCompiled(DispatchCycle cycle) {
        cycle.markCompiled(clock.now());
    }

    public void close(DispatchCycle cycle) {
        cycle.close(clock.now());
    }
}
