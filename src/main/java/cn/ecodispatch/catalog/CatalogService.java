package cn.ecodispatch.catalog;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

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
    private final EntityManager entityManager;
    private final CatalogueCache cache;
    /** A plan's id by its code: the catalogue loader updates a plan's row in place, so the id never changes. */
    private final Map<String, Long> planIds = new ConcurrentHashMap<>();

    CatalogService(CatalogProperties properties, PlanRepository plans, UnitRepository units,
            KeyTaskRepository keyTasks, WorkItemRepository workItems, IndicatorRepository indicators,
            EntityManager entityManager, CatalogueCache cache) {
        this.properties = properties;
        this.plans = plans;
        this.units = units;
        this.keyTasks = keyTasks;
        this.workItems = workItems;
        this.indicators = indicators;
        this.entityManager = entityManager;
        this.cache = cache;
    }

    public Plan currentPlan() {
        return plans.findByCode(properties.plan())
                .orElseThrow(() -> new IllegalStateException("方案 " + properties.plan() + " 尚未导入"));
    }

    /**
     * The current plan as a query's parameter: a reference by id, read from the database once. Opening a month
     * asks for a unit's items, key tasks and indicators for every unit; each used to look the plan up by its code.
     */
    private Plan planOfQueries() {
        return entityManager.getReference(Plan.class,
                planIds.computeIfAbsent(properties.plan(), code -> currentPlan().getId()));
    }

    public List<Unit> units() {
        return units.findAllByOrderByIdAsc();
    }

    public Unit unit(String code) {
        return units.findByCode(code).orElseThrow(() -> new NotFoundException("单位不存在：" + code));
    }

    public List<KeyTask> keyTasks() {
        return keyTasks.findByPlanOrderByNumber(planOfQueries());
    }

    public UnitWork workOf(Unit unit) {
        return workOf(List.of(unit)).get(unit.getId());
    }

    /**
     * What each of the units reports on, by unit id: from memory ({@link CatalogueCache}), or for units not read yet
     * in three queries whatever their number.
     */
    public Map<Long, UnitWork> workOf(Collection<Unit> units) {
        return cache.workOf(units, this::queryWorkIds);
    }

    private Map<Long, WorkIds> queryWorkIds(Collection<Unit> units) {
        Plan plan = planOfQueries();
        Map<Long, List<Long>> items = byUnit(workItems.findIdsCarriedBy(plan, units));
        Map<Long, List<Long>> involving = byUnit(keyTasks.findIdsInvolving(plan, units));
        Map<Long, List<Long>> responsible = byUnit(indicators.findIdsResponsible(plan, units));
        return units.stream().collect(Collectors.toMap(Unit::getId, unit -> new WorkIds(
                items.getOrDefault(unit.getId(), List.of()), involving.getOrDefault(unit.getId(), List.of()),
                responsible.getOrDefault(unit.getId(), List.of())), (a, b) -> a));
    }

    /** Each unit's ids in the query's order, each once (a unit may be named twice in one key task). */
    private static Map<Long, List<Long>> byUnit(List<Assigned> assigned) {
        return assigned.stream().collect(Collectors.groupingBy(Assigned::unitId,
                Collectors.mapping(Assigned::id, Collectors.collectingAndThen(Collectors.toCollection(
                        LinkedHashSet::new), List::copyOf))));
    }

    /**
     * The units that report every month: every unit the plan gives work to — every township (Annex 1), every owner
     * of an Annex 2 list, every lead and participating unit of a key task — except the campaign office, which
     * reviews. Townships first, then list owners, lead units and participating units as the plan names them.
     */
    public List<Unit> reportingUnits() {
        Map<Long, Unit> all = units.findAllByOrderByIdAsc().stream()
                .collect(Collectors.toMap(Unit::getId, Function.identity()));
        return reportingUnitIds().stream().map(all::get).toList();
    }

    /** The units with the given ids, in that order: a batch of a month's recipients. */
    public List<Unit> units(List<Long> ids) {
        Map<Long, Unit> byId = units.findAllById(ids).stream()
                .collect(Collectors.toMap(Unit::getId, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    /** The ids of {@link #reportingUnits()}, in its order, without loading every township. */
    public List<Long> reportingUnitIds() {
        Plan plan = planOfQueries();
        Set<Long> reporting = new LinkedHashSet<>(units.findIdsByKind(UnitKind.TOWNSHIP));
        workItems.findByPlan(plan).stream().map(WorkItem::getOwner).filter(Objects::nonNull).map(Unit::getId)
                .forEach(reporting::add);
        List<KeyTask> tasks = keyTasks.findByPlanOrderByNumber(plan);
        for (KeyTaskRole role : List.of(KeyTaskRole.LEAD, KeyTaskRole.PARTICIPANT)) {
            tasks.forEach(t -> t.unitsIn(role).forEach(unit -> reporting.add(unit.getId())));
        }
        units.findByCode(plan.getCampaignOffice()).ifPresent(office -> reporting.remove(office.getId()));
        return List.copyOf(reporting);
    }

    public List<Indicator> indicators() {
        return indicators.findByPlanOrderById(planOfQueries());
    }

    public Indicator indicator(String code) {
        return indicators.findByPlanAndCode(planOfQueries(), code)
                .orElseThrow(() -> new NotFoundException("指标不存在：" + code));
    }

    /** The other indicators the plan states for the quantity this one measures (sameAs), in catalogue order. */
    public List<Indicator> sameMeasureAs(Indicator indicator) {
        Long measure = indicator.measure().getId();
        return indicators().stream()
                .filter(i -> i.measure().getId().equals(measure) && !i.getId().equals(indicator.getId())).toList();
    }
}
