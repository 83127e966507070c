package cn.ecodispatch.catalog;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * The plan's own units, items, key tasks and indicators (三陕创生办〔2022〕2号, {@code catalog/shanzhou-2022/}) as
 * entities, without a database: for plain unit tests of the rules that read them.
 */
public final class PlanData {

    private static final PlanSource PLAN = PlanSource.read("shanzhou-2022");
    private static final AtomicLong IDS = new AtomicLong();

    private PlanData() {
    }

    /** A unit of the catalogue by its code, e.g. shuili: 区水利局. */
    public static Unit unit(String code) {
        CatalogData.UnitEntry entry = only(PLAN.units().units(), u -> u.code().equals(code));
        Unit unit = new Unit(code);
        unit.describe(entry.name(), entry.kind(), entry.townKind(), entry.aliasesOrEmpty());
        return unit;
    }

    /** An item of Annex 1 (the townships' list), e.g. 1: 深入实施蓝天工程，空气质量达到有关要求。 */
    public static WorkItem townshipItem(int number) {
        CatalogData.ItemEntry entry = only(PLAN.townshipItems().items(), i -> i.number() == number);
        WorkItem item = new WorkItem(null, ListKind.TOWNSHIP, null, ListKind.TOWNSHIP_LIST_KEY, number);
        item.describe(entry.task(), entry.requirement(), Set.of());
        return item;
    }

    /** A key task (重点任务), e.g. 8: 加快推进碧水工程. */
    public static KeyTask keyTask(int number) {
        CatalogData.KeyTaskEntry entry = only(PLAN.keyTasks().keyTasks(), t -> t.number() == number);
        KeyTask task = new KeyTask(null, number);
        task.describe(entry.category(), entry.title(), entry.text(), "", "", List.of(), List.of());
        return task;
    }

    /**
     * An indicator by its code, e.g. kt12-1 林草覆盖率 ≥40%, town01-3 优良天数 (达到上级考核要求); numbered as the
     * database would, since a report's rows are told apart by their indicators' ids.
     */
    public static Indicator indicator(String code) {
        CatalogData.IndicatorEntry entry = only(PLAN.indicators().indicators(), i -> i.code().equals(code));
        Indicator indicator = new Indicator(null, code);
        indicator.describe(entry, null, null, Set.of());
        ReflectionTestUtils.setField(indicator, "id", IDS.incrementAndGet());
        return indicator;
    }

    private static <T> T only(List<T> entries, Predicate<T> wanted) {
        return entries.stream().filter(wanted).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not in the plan's data"));
    }
}
