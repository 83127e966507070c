package cn.ecodispatch.dispatch;

import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

import cn.ecodispatch.catalog.CatalogService;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.report.ReportService;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.report.UnitMonthlyReportProcess.Variables;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.shared.ProcessVariable;

/**
 * Sends a month's reports out in batches, one job each (Task_PlanUnitReportBatches, Task_StartUnitReportBatch):
 * planning fixes the month's recipients, {@link CatalogService#reportingUnits()} in that order
 * ({@link MonthRecipients}); batch n is the n-th slice of that list, cut at the size fixed then, and loads only its
 * own units. Batches run in parallel jobs (non-exclusive), on any node.
 * A batch is idempotent: it skips the units that already have their report, so a batch retried after a failure, or
 * run a second time after its lock ran out, creates no second report or instance (and {@code uq_unit_report}
 * refuses one should two runs race). Runs in the job's transaction: a unit's report and its first draft, which has
 * no rows yet ({@link ReportService#open}), take their ids from sequences, so the batch's reports reach the database
 * together when the job commits, in a few JDBC batches instead of two round trips per unit.
 */
@Service
public class UnitReportBatches {

    /** How a month's reports go out: to how many units, in batches of how many. */
    public record Plan(int units, int batchSize) {

        public int batches() {
            return (units + batchSize - 1) / batchSize;
        }
    }

    private final CatalogService catalog;
    private final MonthRecipients recipients;
    private final ReportService reports;
    private final RuntimeService runtimeService;
    private final DispatchSettings settings;

    UnitReportBatches(CatalogService catalog, MonthRecipients recipients, ReportService reports,
            RuntimeService runtimeService, DispatchSettings settings) {
        this.catalog = catalog;
        this.recipients = recipients;
        this.reports = reports;
        this.runtimeService = runtimeService;
        this.settings = settings;
    }

    /**
     * Fixes the units the month's reports go to, records on the cycle how many they are, and cuts them into batches
     * of the configured size.
     */
    public Plan plan(DispatchCycle cycle) {
        List<Long> units = catalog.reportingUnitIds();
        recipients.fix(cycle.getId(), units);
        cycle.sendTo(units.size());
        return new Plan(units.size(), settings.reportBatchSize());
    }

    /**
     * Opens a report and starts a unit-monthly-report instance for each unit of the batch that has none yet.
     *
     * @return how many reports this run opened
     */
    public int send(DispatchCycle cycle, int batch, int batchSize) {
        List<Long> slice = recipients.slice(cycle.getId(), batch * batchSize, batchSize);
        if (slice.isEmpty()) {
            throw new IllegalStateException(cycle.getPeriod().label() + "的下发名单中没有第" + (batch + 1)
                    + "批单位：请检查本月的下发计划（Task_PlanUnitReportBatches）");
        }
        List<Unit> units = catalog.units(slice);
        Set<Long> reported = reports.reportsOf(cycle, units).stream().map(r -> r.getUnit().getId())
                .collect(Collectors.toSet());
        List<Unit> missing = units.stream().filter(unit -> !reported.contains(unit.getId())).toList();
        missing.forEach(unit -> start(cycle, unit));
        return missing.size();
    }

    private void start(DispatchCycle cycle, Unit unit) {
        UnitReport report = reports.open(cycle, unit, cycle.getReportDueAt());
        String businessKey = cycle.getPeriod() + ":" + unit.getCode();
        String instanceId = runtimeService.startProcessInstanceByKey(UnitMonthlyReportProcess.KEY, businessKey,
                ProcessVariable.values(Variables.CYCLE_ID.with(cycle.getId()),
                        Variables.REPORT_ID.with(report.getId()), Variables.UNIT_CODE.with(unit.getCode()),
                        Variables.PERIOD.with(cycle.getPeriod().toString()),
                        Variables.DUE_AT.with(Date.from(report.getDueAt().toInstant()))))
                .getId();
        reports.attachProcess(report, instanceId);
    }
}
