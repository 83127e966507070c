package cn.ecodispatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManagerFactory;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.catalog.CatalogData.ItemEntry;

/**
 * The catalogue a unit's form shows comes from memory after its first reading ({@link CatalogueCache}); a plan
 * imported again must show at once, with no stale line. Each step runs in a transaction of its own, as forms and
 * imports do.
 */
@EcoDispatchTest
class CachedCatalogueTest {

    private static final String TOWNSHIP = "daying";
    /** 区生态环境分局: leads key tasks and takes part in others. */
    private static final String DEPARTMENT = "shengtaihuanjing";

    @Autowired
    CatalogImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void planAsWritten() {
        inTransaction(() -> importer.importPlan(planWithFirstTownshipRequirement(null)));
    }

    @Test
    void a_townships_work_read_from_the_cache_shows_a_requirement_changed_by_a_new_import() {
        String asWritten = firstTownshipRequirement();
        assertThat(firstTownshipRequirement()).as("第二次读取").isEqualTo(asWritten);
        assertThat(entityManagerFactory.getCache().contains(WorkItem.class, firstTownshipItemId()))
                .as("乡镇事项已在二级缓存中").isTrue();

        inTransaction(() -> importer.importPlan(planWithFirstTownshipRequirement("按月报送秸秆综合利用台账")));

        assertThat(firstTownshipRequirement()).isEqualTo("按月报送秸秆综合利用台账");
    }

    @Test
    void an_item_added_to_the_townships_list_by_a_new_import_is_on_every_townships_work_at_once() {
        List<WorkItem> asWritten = inTransaction(() -> catalog.workOf(catalog.unit(TOWNSHIP)).workItems());

        inTransaction(() -> importer.importPlan(planWithTownshipItems(items -> {
            List<ItemEntry> more = new ArrayList<>(items);
            more.add(new ItemEntry(items.size() + 1, "建立秸秆禁烧网格化巡查台账", "每月报送巡查记录"));
            return more;
        })));

        List<WorkItem> now = inTransaction(() -> catalog.workOf(catalog.unit(TOWNSHIP)).workItems());
        assertThat(now).hasSize(asWritten.size() + 1);
        assertThat(now.get(now.size() - 1).getTask()).isEqualTo("建立秸秆禁烧网格化巡查台账");
    }

    @Test
    void a_departments_key_tasks_come_once_each_in_the_plans_order_when_first_read_and_when_remembered() {
        inTransaction(() -> importer.importPlan(planWithFirstTownshipRequirement(null)));
        List<Integer> named = inTransaction(() -> {
            Unit department = catalog.unit(DEPARTMENT);
            return catalog.keyTasks().stream().filter(task -> task.roleOf(department).isPresent())
                    .map(KeyTask::getNumber).toList();
        });
        Supplier<List<Integer>> read = () -> inTransaction(() -> catalog.workOf(catalog.unit(DEPARTMENT)).keyTasks()
                .stream().map(KeyTask::getNumber).toList());

        List<Integer> first = read.get();

        assertThat(first).as("导入后首次读取").hasSizeGreaterThan(1).doesNotHaveDuplicates().isSorted().isEqualTo(named);
        assertThat(read.get()).as("再次读取（来自缓存）").isEqualTo(first);
    }

    private String firstTownshipRequirement() {
        return inTransaction(() -> catalog.workOf(catalog.unit(TOWNSHIP)).workItems().get(0).getRequirement());
    }

    private Long firstTownshipItemId() {
        return inTransaction(() -> catalog.workOf(catalog.unit(TOWNSHIP)).workItems().get(0).getId());
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    /** The plan as written, the first township item's requirement replaced unless null, under a checksum of its own. */
    private static PlanSource planWithFirstTownshipRequirement(String requirement) {
        return planWithTownshipItems(items -> items.stream()
                .map(e -> e.number() == 1 && requirement != null ? new ItemEntry(1, e.task(), requirement) : e)
                .toList());
    }

    private static PlanSource planWithTownshipItems(UnaryOperator<List<ItemEntry>> change) {
        PlanSource plan = PlanSource.read("shanzhou-2022");
        return new PlanSource(plan.plan(), plan.units(), plan.keyTasks(),
                new CatalogData.TownshipItemsFile(plan.townshipItems().title(), change.apply(plan.townshipItems().items())),
                plan.departmentItems(), plan.indicators(), "test:township-items:" + System.nanoTime());
    }
}
