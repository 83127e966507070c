package cn.ecodispatch.dispatch;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.identity.DisplayNames;
import cn.ecodispatch.report.ReportLabels;
import cn.ecodispatch.security.UnitAccess;
import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.NotFoundException;
import cn.ecodispatch.shared.Period;

/** For the office: where a month's cycle stands, unit by unit a page at a time, and who is late. */
@RestController
@RequestMapping("/api/dispatch/cycles")
@Transactional(readOnly = true)
class DispatchController {

    record StartRequest(String period) {
    }

    record Started(String period, String processInstanceId, String message) {
    }

    record CycleRow(String period, String periodLabel, String status, String startedBy, String startedByName) {
    }

    /** A unit's report on the overview's page; late: past due and never submitted (逾期未报). */
    record ReportRow(long reportId, String unitCode, String unitName, String status, String statusLabel,
            OffsetDateTime dueAt, String dueLabel, OffsetDateTime firstSubmittedAt, int returnCount, boolean late) {
        static ReportRow of(MonthOverview.Row r) {
            return new ReportRow(r.reportId(), r.unitCode(), r.unitName(), r.status().name(), r.status().label(),
                    r.dueAt(), ReportLabels.dayBefore(r.dueAt()), r.firstSubmittedAt(), r.returnCount(), r.late());
        }
    }

    record StatusCount(String status, String label, long count) {
    }

    /** The whole month, whatever the page shows: units reporting, how many in each status, how many late. */
    record Totals(long units, long late, List<StatusCount> byStatus) {
        static Totals of(MonthOverview.Totals totals) {
            return new Totals(totals.units(), totals.late(), totals.byStatus().entrySet().stream()
                    .map(e -> new StatusCount(e.getKey().name(), e.getKey().label(), e.getValue())).toList());
        }
    }

    /** Which page this is (the first is 0), and how many units the filter selects on all pages. */
    record PageInfo(int number, int size, long units, long pages) {
        static PageInfo of(MonthOverview.Query query, MonthOverview.Page page) {
            return new PageInfo(query.page(), query.size(), page.matching(),
                    (page.matching() + query.size() - 1) / query.size());
        }
    }

    record CycleView(String period, String periodLabel, String status, String startedBy, String startedByName,
            OffsetDateTime reportDueAt, OffsetDateTime closingAt, Sending sending, Totals totals, PageInfo page,
            List<ReportRow> reports) {
    }

    /** While a month's batches run, the page polls this to show how far sending has got. */
    record Sending(long sent, long units, boolean done, String label) {
        static Sending of(SendingProgress progress) {
            return new Sending(progress.sent(), progress.units(), progress.done(), progress.label());
        }
    }

    private final DispatchService dispatch;
    private final UnitAccess access;
    private final DisplayNames names;
    private final MonthOverview overview;
    private final Clock clock;

    DispatchController(DispatchService dispatch, UnitAccess access, DisplayNames names, MonthOverview overview,
            Clock clock) {
        this.dispatch = dispatch;
        this.access = access;
        this.names = names;
        this.overview = overview;
        this.clock = clock;
    }

    @GetMapping
    List<CycleRow> cycles() {
        access.checkIsSupervisor();
        return dispatch.cycles().stream().map(c -> new CycleRow(c.getPeriod().toString(), c.getPeriod().label(),
                c.getStatus().name(), c.getStartedBy(), names.of(c.getStartedBy()))).toList();
    }

    /** The office starts a month on demand; a month that already has a cycle is refused with 409. */
    @PostMapping
    @Transactional
    ResponseEntity<Started> start(@RequestBody StartRequest request) {
        access.checkIsOffice("开启月度调度");
        Period period = Period.parse(request.period());
        String instanceId = dispatch.startOnDemand(period);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Started(period.toString(), instanceId, period.label() + "月度调度已开启，正在向各单位下达报送任务"));
    }

    /**
     * The month and one page of its units: {@code status} one of {@link cn.ecodispatch.report.ReportStatus} or LATE
     * (逾期未报), {@code kind} a {@link cn.ecodispatch.catalog.UnitKind}, {@code q} a part of the unit's name.
     */
    @GetMapping("/{period}")
    CycleView cycle(@PathVariable String period, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String status,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String q) {
        MonthOverview.Query query = MonthOverview.Query.of(page, size, status, kind, q);
        DispatchCycle cycle = visibleCycle(period);
        Period p = cycle.getPeriod();
        OffsetDateTime now = clock.now();
        MonthOverview.Page rows = overview.page(cycle, query, now);
        return new CycleView(p.toString(), p.label(), cycle.getStatus().name(), cycle.getStartedBy(),
                names.of(cycle.getStartedBy()), cycle.getReportDueAt(), cycle.getClosingAt(),
                Sending.of(dispatch.sending(cycle)), Totals.of(overview.totals(cycle, now)),
                PageInfo.of(query, rows), rows.rows().stream().map(ReportRow::of).toList());
    }

    /** How far the month's reports have gone out: one count, cheap to poll while the batches run. */
    @GetMapping("/{period}/sending")
    Sending sending(@PathVariable String period) {
        return Sending.of(dispatch.sending(visibleCycle(period)));
    }

    private DispatchCycle visibleCycle(String period) {
        access.checkIsSupervisor();
        Period p = Period.parse(period);
        return dispatch.cycleOf(p).orElseThrow(() -> new NotFoundException(p.label() + "尚未开启月度调度"));
    }
}
