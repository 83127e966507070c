package cn.ecodispatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.catalog.CatalogData.IndicatorEntry;

/**
 * The importer links indicators.yaml's sameAs marks and refuses a mark that does not name one measured quantity,
 * saying which indicator and why. Each import runs in the test's transaction and is rolled back.
 */
@EcoDispatchTest
@Transactional
class SameMeasureImportTest {

    @Autowired
    CatalogImporter importer;
    @Autowired
    CatalogService catalog;

    @Test
    void the_plans_marks_link_each_indicator_to_the_first_stated_for_its_quantity() {
        assertThat(importer.importPlan(planWith("town01-6", e -> e))).isTrue();

        assertThat(catalog.indicator("town01-6").measure().getCode()).isEqualTo("town01-4");
        assertThat(catalog.indicator("town01-4").measure().getCode()).isEqualTo("town01-4");
        assertThat(catalog.sameMeasureAs(catalog.indicator("kt20-1"))).extracting(Indicator::getCode)
                .containsExactly("nongyenongcun-01-1");
    }

    @Test
    void a_mark_naming_no_indicator_is_refused() {
        assertRefused(planWith("town01-6", e -> sameAs(e, "town01-99")),
                "indicators.yaml 指标 town01-6 的 sameAs: town01-99：没有代码为 town01-99 的指标");
    }

    @Test
    void a_mark_naming_the_indicator_itself_is_refused() {
        assertRefused(planWith("town01-6", e -> sameAs(e, "town01-6")),
                "indicators.yaml 指标 town01-6 的 sameAs: town01-6：不能指向指标自身");
    }

    @Test
    void a_chain_of_marks_is_refused() {
        assertRefused(planWith("town02-6", e -> sameAs(e, "shuili-04-2")),
                "indicators.yaml 指标 town02-6 的 sameAs: shuili-04-2：指标 shuili-04-2 本身标注了 sameAs: kt22-1，"
                        + "不能连环引用，请直接写 sameAs: kt22-1");
    }

    @Test
    void numbers_in_different_units_are_refused() {
        PlanSource source = planWith("zhujian-01-1", e -> new IndicatorEntry(e.code(), e.name(), e.comparator(),
                e.target(), "万平方米", e.deadline(), e.deadlineText(), e.higherLevelTarget(), e.source(), e.sourceText(),
                e.responsibleUnits(), e.sameAs()));

        assertRefused(source, "indicators.yaml 指标 zhujian-01-1 的 sameAs: kt26-1：计量单位不同（% 与 万平方米），不是同一计量");
    }

    @Test
    void indicators_without_a_responsible_unit_in_common_are_refused() {
        assertRefused(planWith("fagai-03-1", e -> sameAs(e, "kt21-1")),
                "indicators.yaml 指标 fagai-03-1 的 sameAs: kt21-1：两项指标没有共同的责任单位，无需合并填报");
    }

    private void assertRefused(PlanSource source, String message) {
        assertThatThrownBy(() -> importer.importPlan(source)).isInstanceOf(CatalogDataException.class)
                .hasMessage(message);
    }

    /** The plan as written, one indicator changed, under a checksum of its own so that it is imported. */
    private static PlanSource planWith(String code, UnaryOperator<IndicatorEntry> change) {
        PlanSource plan = PlanSource.read("shanzhou-2022");
        List<IndicatorEntry> indicators = plan.indicators().indicators().stream()
                .map(e -> e.code().equals(code) ? change.apply(e) : e).toList();
        return new PlanSource(plan.plan(), plan.units(), plan.keyTasks(), plan.townshipItems(), plan.departmentItems(),
                new CatalogData.IndicatorsFile(indicators), "test:" + code + ":" + System.nanoTime());
    }

    private static IndicatorEntry sameAs(IndicatorEntry e, String code) {
        return new IndicatorEntry(e.code(), e.name(), e.comparator(), e.target(), e.unit(), e.deadline(),
                e.deadlineText(), e.higherLevelTarget(), e.source(), e.sourceText(), e.responsibleUnits(), code);
    }
}
