package cn.ecodispatch.catalog;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.shared.NotFoundException;

/** Read access to the catalogue of the plan this installation runs on. */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final CatalogProperties properties;
    private final PlanRepository plans;
    private final UnitRepository units;
    private final KeyTaskRepository keyTasks;
    private final WorkItemRepository workItems;
    private final IndicatorRepository indicators;

    CatalogService(CatalogProperties properties, PlanRepository plans, UnitRepository units,
            KeyTaskRepository keyTasks, WorkItemRepository workItems, IndicatorRepository indicators) {
        this.properties = properties;
        this.plans = plans;
        this.units = units;
        this.keyTasks = keyTasks;
        this.workItems = workItems;
        this.indicators = indicators;
    }

    public Plan currentPlan() {
        return plans.findByCode(properties.plan())
                .orElseThrow(() -> new IllegalStateException("方案 " + properties.plan() + " 尚未导入"));
    }

    public List<Unit> units() {
        return units.findAllByOrderByIdAsc();
    }

    public Unit unit(String code) {
        return units.findByCode(code).orElseThrow(() -> new NotFoundException("单位不存在：" + code));
    }

    public List<KeyTask> keyTasks() {
        return keyTasks.findByPlanOrderByNumber(currentPlan());
    }

    public List<WorkItem> workItemsOf(Unit unit) {
        return workItems.findCarriedBy(currentPlan(), unit);
    }

    public List<KeyTask> keyTasksOf(Unit unit) {
        return keyTasks().stream()
                .filter(t -> t.unitsIn(KeyTaskRole.LEAD).contains(unit) || t.unitsIn(KeyTaskRole.PARTICIPANT).contains(unit))
                .toList();
    }

    public List<Indicator> indicators() {
        return indicators.findByPlanOrderById(currentPlan());
    }

    public List<Indicator> indicatorsOf(Unit unit) {
        return indicators.findResponsible(currentPlan(), unit);
    }
}
