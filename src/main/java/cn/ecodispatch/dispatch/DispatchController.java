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
import org.springframework.web.bind.annotation.RestController;

import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.identity.DisplayNames;
import cn.ecodispatch.report.ReportLabels;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.security.UnitAccess;
import cn.ecodispatch.shared.NotFoundException;
import cn.ecodispatch.shared.Period;

/** For the office: where a month's cycle stands, unit by unit, and who is late. */
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

    record ReportRow(long reportId, String unitCode, String unitName, String statusLabel, OffsetDateTime dueAt,
            String dueLabel, OffsetDateTime firstSubmittedAt, int returnCount) {
        static ReportRow of(UnitReport r) {
            return new ReportRow(r.getId(), r.getUnit().getCode(), r.getUnit().getName(), r.getStatus().label(),
                    r.getDueAt(), ReportLabels.dayBefore(r.getDueAt()), r.getFirstSubmittedAt(), r.getReturnCount());
        }
    }

    record CycleView(String period, String periodLabel, String status, String startedBy, String startedByName,
            OffsetDateTime reportDueAt, OffsetDateTime closingAt, Sending sending, List<ReportRow> reports,
            List<ReportRow> late) {
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

    DispatchController(DispatchService dispatch, UnitAccess access, DisplayNames names) {
        this.dispatch = dispatch;
        this.access = access;
        this.names = names;
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

    @GetMapping("/{period}")
    CycleView cycle(@PathVariable String period) {
        DispatchCycle cycle = visibleCycle(period);
        Period p = cycle.getPeriod();
        return new CycleView(p.toString(), p.label(), cycle.getStatus().name(), cycle.getStartedBy(),
                names.of(cycle.getStartedBy()), cycle.getReportDueAt(), cycle.getClosingAt(),
                Sending.of(dispatch.sending(cycle)), dispatch.reportsOf(cycle).stream().map(ReportRow::of).toList(),
                dispatch.lateReports(cycle).stream().map(ReportRow::of).toList());
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
