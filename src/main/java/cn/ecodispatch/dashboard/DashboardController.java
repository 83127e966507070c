package cn.ecodispatch.dashboard;

import java.util.Optional;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.ecodispatch.catalog.CatalogService;
import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.dispatch.DispatchService;
import cn.ecodispatch.security.UnitAccess;
import cn.ecodispatch.shared.ForbiddenException;
import cn.ecodispatch.shared.NotFoundException;
import cn.ecodispatch.shared.Period;

/**
 * The dashboard's data: the office, its director, the organisation department and administrators see the district;
 * a unit's staff see their own unit only.
 */
@RestController
@RequestMapping("/api/dashboard")
@Transactional(readOnly = true)
class DashboardController {

    private final DashboardService dashboard;
    private final DispatchService dispatch;
    private final CatalogService catalog;
    private final UnitAccess access;

    DashboardController(DashboardService dashboard, DispatchService dispatch, CatalogService catalog,
            UnitAccess access) {
        this.dashboard = dashboard;
        this.dispatch = dispatch;
        this.catalog = catalog;
        this.access = access;
    }

    /** The given month, or the latest month with a cycle. */
    @GetMapping
    DashboardView month(@RequestParam(required = false) String period) {
        return dashboard.view(cycle(period), viewersUnit());
    }

    @GetMapping("/indicators/{code}")
    DashboardView.Trajectory indicator(@PathVariable String code, @RequestParam(required = false) String period) {
        Optional<Unit> own = viewersUnit();
        Indicator indicator = catalog.indicator(code);
        boolean responsible = own.map(unit -> indicator.getResponsibleUnits().stream()
                .anyMatch(u -> u.getId().equals(unit.getId()))).orElse(true);
        if (!responsible) {
            throw new ForbiddenException("该指标不由本单位负责，无权查看");
        }
        return dashboard.trajectory(indicator, cycle(period), own);
    }

    private DispatchCycle cycle(String period) {
        if (period == null || period.isBlank()) {
            return dispatch.cycles().stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("尚未开启任何月度调度，暂无数据"));
        }
        Period p = Period.parse(period);
        return dispatch.cycleOf(p).orElseThrow(() -> new NotFoundException(p.label() + "尚未开启月度调度"));
    }

    /** Empty for those who see the district; a unit's staff see their unit; anyone else is refused. */
    private Optional<Unit> viewersUnit() {
        if (access.isSupervisor()) {
            return Optional.empty();
        }
        return Optional.of(access.ownUnit()
                .orElseThrow(() -> new ForbiddenException("您的账号未归属任何单位，无法查看数据看板")));
    }
}
