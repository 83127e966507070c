package cn.ecodispatch.catalog;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.shared.StartupLock;
import cn.ecodispatch.shared.Zones;

/**
 * Loads a plan's data files into the catalogue tables. Idempotent: unchanged files are skipped by checksum;
 * changed files update rows in place by their natural keys (unit code, task number, list and item number,
 * indicator code), so ids other tables refer to stay stable.
 */
@Service
public class CatalogImporter {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogImporter.class);

    private final StartupLock startupLock;
    private final UnitRepository units;
    private final PlanRepository plans;
    private final KeyTaskRepository keyTasks;
    private final WorkItemRepository workItems;
    private final IndicatorRepository indicators;
    private final CatalogueCache cache;

    CatalogImporter(StartupLock startupLock, UnitRepository units, PlanRepository plans, KeyTaskRepository keyTasks,
            WorkItemRepository workItems, IndicatorRepository indicators, CatalogueCache cache) {
        this.startupLock = startupLock;
        this.units = units;
        this.plans = plans;
        this.keyTasks = keyTasks;
        this.workItems = workItems;
        this.indicators = indicators;
        this.cache = cache;
    }

    /** @return true if anything was written, false if the plan was already loaded from identical files */
    @Transactional
    public boolean importPlan(String planCode) {
        return importPlan(PlanSource.read(planCode));
    }

    /** Loads the plan from data files already read. */
    @Transactional
    boolean importPlan(PlanSource source) {
        startupLock.acquire("catalog");
        String planCode = source.plan().code();
        Plan plan = plans.findByCode(planCode).orElseGet(() -> new Plan(planCode));
        if (source.checksum().equals(plan.getChecksum())) {
            LOG.info("目录 {} 未变化，跳过导入", planCode);
            return false;
        }
        cache.forgetWhenImported();
        UnitDirectory directory = new UnitDirectory(upsertUnits(source.units().units()), source.units().groups());
        plan.describe(source.plan());
        plan.markLoaded(source.checksum(), OffsetDateTime.now(Zones.SHANGHAI));
        plan = plans.save(plan);

        Map<Integer, KeyTask> tasksByNumber = importKeyTasks(plan, source.keyTasks(), directory);
        Map<String, WorkItem> itemsByKey = importWorkItems(plan, source, directory);
        importIndicators(plan, source.indicators(), directory, tasksByNumber, itemsByKey);
        LOG.info("目录 {} 已导入：{} 项重点任务，{} 条清单事项，{} 项指标", planCode, tasksByNumber.size(), itemsByKey.size(),
                source.indicators().indicators().size());
        return true;
    }

    private List<Unit> upsertUnits(List<CatalogData.UnitEntry> entries) {
        Map<String, Unit> existing = units.findAll().stream().collect(Collectors.toMap(Unit::getCode, Function.identity()));
        for (CatalogData.UnitEntry entry : entries) {
            Unit unit = existing.computeIfAbsent(entry.code(), Unit::new);
            unit.describe(entry.name(), entry.kind(), entry.townKind(), entry.aliasesOrEmpty());
            units.save(unit);
        }
        units.flush();
        return units.findAll();
    }

    private Map<Integer, KeyTask> importKeyTasks(Plan plan, CatalogData.KeyTasksFile file, UnitDirectory directory) {
        Set<Integer> categories = plan.getCategories().stream().map(PlanCategory::getNumber).collect(Collectors.toSet());
        Map<Integer, KeyTask> result = new java.util.LinkedHashMap<>();
        for (CatalogData.KeyTaskEntry entry : file.keyTasks()) {
            String where = "key-tasks.yaml 第" + entry.number() + "项";
            if (!categories.contains(entry.category())) {
                throw new CatalogDataException(where + "：类别 " + entry.category() + " 不存在");
            }
            List<Unit> leads = directory.resolve(entry.leadUnits(), where);
            List<Unit> participants = directory.resolve(entry.participantUnits(), where).stream()
                    .filter(u -> !leads.contains(u)).toList();
            KeyTask task = keyTasks.findByPlanAndNumber(plan, entry.number())
                    .orElseGet(() -> new KeyTask(plan, entry.number()));
            task.describe(entry.category(), entry.title(), entry.text(), String.join("、", entry.leadUnits()),
                    String.join("、", entry.participantUnits()), leads, participants);
            result.put(entry.number(), keyTasks.save(task));
        }
        keyTasks.findByPlanOrderByNumber(plan).stream().filter(t -> !result.containsKey(t.getNumber()))
                .forEach(keyTasks::delete);
        return result;
    }

    private Map<String, WorkItem> importWorkItems(Plan plan, PlanSource source, UnitDirectory directory) {
        Map<String, WorkItem> result = new java.util.LinkedHashMap<>();
        Set<Unit> townships = units.findAll().stream().filter(u -> u.getKind() == UnitKind.TOWNSHIP)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (CatalogData.ItemEntry entry : source.townshipItems().items()) {
            WorkItem item = upsertItem(plan, ListKind.TOWNSHIP, null, ListKind.TOWNSHIP_LIST_KEY, entry, townships);
            result.put(itemKey(ListKind.TOWNSHIP_LIST_KEY, entry.number()), item);
        }
        for (CatalogData.DepartmentList list : source.departmentItems().lists()) {
            Unit owner = directory.unit(list.unit(), "department-items.yaml");
            for (CatalogData.ItemEntry entry : list.items()) {
                WorkItem item = upsertItem(plan, ListKind.DEPARTMENT, owner, owner.getCode(), entry, Set.of(owner));
                result.put(itemKey(owner.getCode(), entry.number()), item);
            }
        }
        workItems.findByPlan(plan).stream()
                .filter(w -> !result.containsKey(itemKey(w.getListKey(), w.getNumber())))
                .forEach(workItems::delete);
        return result;
    }

    private WorkItem upsertItem(Plan plan, ListKind kind, Unit owner, String listKey, CatalogData.ItemEntry entry,
            Set<Unit> carriedBy) {
        WorkItem item = workItems.findByPlanAndListKeyAndNumber(plan, listKey, entry.number())
                .orElseGet(() -> new WorkItem(plan, kind, owner, listKey, entry.number()));
        item.describe(entry.task(), entry.requirement(), carriedBy);
        return workItems.save(item);
    }

    private static String itemKey(String listKey, int number) {
        return listKey + "#" + number;
    }

    private void importIndicators(Plan plan, CatalogData.IndicatorsFile file, UnitDirectory directory,
            Map<Integer, KeyTask> tasks, Map<String, WorkItem> items) {
        Map<String, Indicator> byCode = new java.util.LinkedHashMap<>();
        for (CatalogData.IndicatorEntry entry : file.indicators()) {
            String where = "indicators.yaml 指标 " + entry.code();
            if (byCode.containsKey(entry.code())) {
                throw new CatalogDataException(where + "：代码重复");
            }
            checkTarget(entry, where);
            IndicatorSource src = IndicatorSource.of(entry.source(), where, directory, tasks, items);
            Set<Unit> responsible = new LinkedHashSet<>(entry.responsibleUnits() == null
                    ? src.defaultResponsibleUnits()
                    : directory.resolve(entry.responsibleUnits(), where));
            Indicator indicator = indicators.findByPlanAndCode(plan, entry.code())
                    .orElseGet(() -> new Indicator(plan, entry.code()));
            indicator.describe(entry, src.keyTask(), src.workItem(), responsible);
            byCode.put(entry.code(), indicators.save(indicator));
        }
        SameMeasureMarks.link(file.indicators(), byCode);
        indicators.findByPlanOrderById(plan).stream().filter(i -> !byCode.containsKey(i.getCode()))
                .forEach(indicators::delete);
    }

    private static void checkTarget(CatalogData.IndicatorEntry entry, String where) {
        boolean numeric = entry.comparator() != null && entry.target() != null;
        if (entry.isHigherLevelTarget() == numeric) {
            throw new CatalogDataException(where + (numeric
                    ? "：标为“达到上级考核要求”的指标不应再有比较符和目标值"
                    : "：缺少比较符或目标值（若只要求达到上级考核要求，请标注 higherLevelTarget: true）"));
        }
    }
}
