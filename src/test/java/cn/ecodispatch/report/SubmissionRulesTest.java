package cn.ecodispatch.report;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.catalog.KeyTask;
import cn.ecodispatch.catalog.KeyTaskRole;
import cn.ecodispatch.catalog.PlanData;
import cn.ecodispatch.catalog.WorkItem;
import cn.ecodispatch.shared.InvalidInputException;

/** What 大营镇's reporter meets on submitting the month's report: every gap at once, named as the form names it. */
class SubmissionRulesTest {

    private static final WorkItem BLUE_SKY = PlanData.townshipItem(1);
    private static final WorkItem CLEAR_WATER = PlanData.townshipItem(2);
    private static final WorkItem SOIL = PlanData.townshipItem(3);
    private static final KeyTask FOREST_COVER = PlanData.keyTask(12);
    private static final KeyTask WATER_PROJECT = PlanData.keyTask(8);
    /** 受污染耕地安全利用率 =100%: a number is due every month. */
    private static final Indicator FARMLAND = PlanData.indicator("town03-1");
    /** 优良天数, 达到上级考核要求: no figure to report against until the higher level announces one. */
    private static final Indicator GOOD_AIR_DAYS = PlanData.indicator("town01-3");

    @Test
    void given_every_field_filled_when_submitted_then_it_is_accepted() {
        assertThatCode(() -> SubmissionRules.check(Draft.complete().build())).doesNotThrowAnyException();
    }

    @Test
    void given_an_item_not_started_when_submitted_without_work_done_then_it_is_accepted() {
        ReportVersion draft = Draft.complete().item(SOIL, Progress.NOT_STARTED, "", "").build();

        assertThatCode(() -> SubmissionRules.check(draft)).doesNotThrowAnyException();
    }

    @Test
    void given_three_gaps_when_submitted_then_one_message_names_all_three_in_the_forms_order() {
        ReportVersion draft = Draft.complete()
                .item(BLUE_SKY, null, "", "")
                .item(CLEAR_WATER, Progress.DELAYED, "完成入河排污口排查", " ")
                .nextMonthPlan("")
                .build();

        refused(draft).hasMessage("提交前还有 3 处需要补全："
                + "1. 附件1 第1项 深入实施蓝天工程，空气质量达到有关要求。：请选择进展状态；"
                + "2. 附件1 第2项 加快推进碧水工程，水环境质量达到有关要求：进展滞后，请说明存在问题；"
                + "3. 请填写“下月工作计划”")
                .extracting("field").isEqualTo("items.progress");
    }

    @Test
    void given_a_single_gap_when_submitted_then_the_message_is_that_gap_alone() {
        refused(Draft.complete().summary("  ").build()).hasMessage("请填写“本月工作总结”")
                .extracting("field").isEqualTo("summary");
    }

    @Test
    void given_an_item_in_progress_without_work_done_when_submitted_then_the_work_done_is_asked_for() {
        refused(Draft.complete().item(SOIL, Progress.IN_PROGRESS, null, null).build())
                .hasMessage("附件1 第3项 打好土壤污染防治攻坚战：请填写本月完成情况")
                .extracting("field").isEqualTo("items.workDone");
    }

    @Test
    void given_a_led_key_task_without_progress_and_a_shared_one_without_the_units_part_then_both_are_named() {
        ReportVersion draft = Draft.complete()
                .keyTask(FOREST_COVER, KeyTaskRole.LEAD, null, "", "")
                .keyTask(WATER_PROJECT, KeyTaskRole.PARTICIPANT, Progress.IN_PROGRESS, "", "")
                .build();

        refused(draft).hasMessage("提交前还有 2 处需要补全："
                + "1. 重点任务第12项 提高林草覆盖率：请选择进展状态；"
                + "2. 重点任务第8项 加快推进碧水工程：请填写本单位参与完成的工作");
    }

    @Test
    void given_indicators_left_empty_when_submitted_then_only_the_one_with_a_stated_target_is_asked_for() {
        ReportVersion draft = Draft.complete().indicator(FARMLAND, null).indicator(GOOD_AIR_DAYS, null).build();

        refused(draft).hasMessage("指标“受污染耕地安全利用率”：请填写本月数值")
                .extracting("field").isEqualTo("indicators.value");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(ReportVersion draft) {
        return assertThatThrownBy(() -> SubmissionRules.check(draft)).isInstanceOf(InvalidInputException.class);
    }

    /** A draft of 大营镇's report: three items of Annex 1, a key task it leads, one it takes part in, two indicators. */
    private static final class Draft {

        private final Map<WorkItem, ReportContents.Item> items = new LinkedHashMap<>();
        private final Map<KeyTask, ReportContents.KeyTaskWork> keyTasks = new LinkedHashMap<>();
        private final Map<Indicator, ReportContents.IndicatorEntry> indicators = new LinkedHashMap<>();
        private String summary = "本月完成秸秆禁烧巡查12次，整改问题3个";
        private String nextMonthPlan = "继续开展清河行动";

        static Draft complete() {
            return new Draft()
                    .item(BLUE_SKY, Progress.DONE, "完成秸秆禁烧巡查", "")
                    .item(CLEAR_WATER, Progress.IN_PROGRESS, "完成入河排污口排查", "")
                    .item(SOIL, Progress.IN_PROGRESS, "完成受污染耕地安全利用核查", "")
                    .keyTask(FOREST_COVER, KeyTaskRole.LEAD, Progress.IN_PROGRESS, "完成春季造林", "")
                    .keyTask(WATER_PROJECT, KeyTaskRole.PARTICIPANT, null, "配合完成断面巡查", "")
                    .indicator(FARMLAND, new BigDecimal("100"))
                    .indicator(GOOD_AIR_DAYS, new BigDecimal("280"));
        }

        Draft item(WorkItem item, Progress progress, String workDone, String problems) {
            items.put(item, new ReportContents.Item(item, progress, workDone, problems));
            return this;
        }

        Draft keyTask(KeyTask task, KeyTaskRole role, Progress progress, String workDone, String problems) {
            keyTasks.put(task, new ReportContents.KeyTaskWork(task, role, progress, workDone, problems));
            return this;
        }

        Draft indicator(Indicator indicator, BigDecimal value) {
            indicators.put(indicator, new ReportContents.IndicatorEntry(indicator, value));
            return this;
        }

        Draft summary(String text) {
            summary = text;
            return this;
        }

        Draft nextMonthPlan(String text) {
            nextMonthPlan = text;
            return this;
        }

        ReportVersion build() {
            ReportVersion draft = new ReportVersion(null, 1);
            draft.replaceContents(new ReportContents(new ArrayList<>(items.values()),
                    new ArrayList<>(keyTasks.values()), new ArrayList<>(indicators.values()), summary, "",
                    nextMonthPlan), "daying-reporter", OffsetDateTime.parse("2022-05-05T16:00+08:00"));
            return draft;
        }
    }
}
