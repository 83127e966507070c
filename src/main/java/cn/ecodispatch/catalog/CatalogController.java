package cn.ecodispatch.catalog;

import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.ecodispatch.catalog.CatalogViews.IndicatorView;
import cn.ecodispatch.catalog.CatalogViews.KeyTaskRoleView;
import cn.ecodispatch.catalog.CatalogViews.KeyTaskView;
import cn.ecodispatch.catalog.CatalogViews.UnitItemsView;
import cn.ecodispatch.catalog.CatalogViews.UnitView;
import cn.ecodispatch.catalog.CatalogViews.WorkItemView;

/** The plan's catalogue as JSON, for every signed-in user: it is the published plan, not a unit's data. */
@RestController
@Transactional(readOnly = true)
@RequestMapping("/api/catalog")
class CatalogController {

    private final CatalogService catalog;
    private final DistrictWords words;

    CatalogController(CatalogService catalog, DistrictWords words) {
        this.catalog = catalog;
        this.words = words;
    }

    /** The district's words, for the pages to name the office, the departments and the higher level. */
    @GetMapping("/district")
    DistrictWords district() {
        return words;
    }

    @GetMapping("/units")
    List<UnitView> units() {
        return catalog.units().stream().map(u -> UnitView.of(u, words)).toList();
    }

    @GetMapping("/key-tasks")
    List<KeyTaskView> keyTasks() {
        Plan plan = catalog.currentPlan();
        return catalog.keyTasks().stream().map(t -> KeyTaskView.of(t, plan)).toList();
    }

    @GetMapping("/units/{code}/items")
    UnitItemsView unitItems(@PathVariable String code) {
        Unit unit = catalog.unit(code);
        UnitWork work = catalog.workOf(unit);
        List<KeyTaskRoleView> keyTasks = work.keyTasks().stream()
                .map(t -> {
                    KeyTaskRole role = t.roleOf(unit).orElseThrow();
                    return new KeyTaskRoleView(t.getNumber(), t.getTitle(), role, role.label());
                })
                .toList();
        return new UnitItemsView(UnitView.of(unit, words),
                work.workItems().stream().map(WorkItemView::of).toList(),
                keyTasks,
                work.indicators().stream().map(IndicatorView::of).toList());
    }

    @GetMapping("/indicators")
    List<IndicatorView> indicators(@RequestParam(required = false) String unit) {
        List<Indicator> indicators = unit == null ? catalog.indicators()
                : catalog.workOf(catalog.unit(unit)).indicators();
        return indicators.stream().map(IndicatorView::of).toList();
    }
}
