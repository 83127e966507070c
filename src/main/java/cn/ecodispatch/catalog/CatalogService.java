package cn.ecodispatch.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

    /**
     * The units that report every month: every unit the plan gives work to — every township (Annex 1), every owner
     * of an Annex 2 list, every lead and participating unit of a key task — except the campaign office, which
     * reviews. Townships first, then list owners, lead units and participating units as the plan names them.
     */
    public List<Unit> reportingUnits() {
        Plan plan = currentPlan();
        Set<Unit> reporting = new LinkedHashSet<>();
        units.findAllByOrderByIdAsc().stream().filter(u -> u.getKind() == UnitKind.TOWNSHIP).forEach(reporting::add);
        workItems.findByPlan(plan).stream().map(WorkItem::getOwner).filter(Objects::nonNull).forEach(reporting::add);
        List<KeyTask> tasks = keyTasks.findByPlanOrderByNumber(plan);
        tasks.forEach(t -> reporting.addAll(t.unitsIn(KeyTaskRole.LEAD)));
        tasks.forEach(t -> reporting.addAll(t.unitsIn(KeyTaskRole.PARTICIPANT)));
        reporting.removeIf(u -> u.getCode().equals(plan.getCampaignOffice()));
        return List.copyOf(reporting);
    }

    public List<Indicator> indicators() {
        return indicators.findByPlanOrderById(currentPlan());
    }

    public Indicator indicator(String code) {
        return indicators.findByPlanAndCode(currentPlan(), code)
                .orElseThrow(() -> new NotFoundException("指标不存在：" + code));
    }

    /** The other indicators the plan states for the quantity this one measures (sameAs), in catalogue order. */
    public List<Indicator> sameMeasureAs(Indicator indicator) {
        Long measure = indicator.measure().getId();
        return indicators().stream()
                .filter(i -> i.measure().getId().equals(measure) && !i.getId().equals(indicator.getId())).toList();
    }

    public List<Indicator> indicatorsOf(Unit unit) {
        return indicators.findResponsible(currentPlan(), unit);
    }
}
