package cn.ecodispatch.standings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.ecodispatch.catalog.KeyTask;
import cn.ecodispatch.catalog.PlanData;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.report.Progress;
import cn.ecodispatch.standings.KeyTaskStanding.LeadReport;

/**
 * How 重点任务第22项 (饮用水水源环境保护), led by 市生态环境局第二分局 and 区水利局, stands in a month as the bulletin
 * shows it: from what each lead unit said in its latest submitted report (empty: not submitted yet).
 */
class KeyTaskStandingRulesTest {

    private static final KeyTask DRINKING_WATER = PlanData.keyTask(22);
    private static final Unit ECOLOGY_BRANCH = PlanData.unit("shengtaihuanjing");
    private static final Unit WATER_BUREAU = PlanData.unit("shuili");

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DONE        | DONE        | 已完成
            DONE        |             | 推进中
            DONE        | DELAYED     | 滞后
                        | DELAYED     | 滞后
            NOT_STARTED | NOT_STARTED | 未启动
            NOT_STARTED |             | 未启动
            NOT_STARTED | IN_PROGRESS | 推进中
            DONE        | IN_PROGRESS | 推进中
                        |             | 牵头单位未报
            """)
    void given_what_each_lead_reported_when_the_month_is_compiled_then_any_delay_shows_and_done_needs_every_lead(
            Progress ecologyBranch, Progress waterBureau, String overall) {
        KeyTaskStanding standing = standing(new LeadReport(ECOLOGY_BRANCH, ecologyBranch, null),
                new LeadReport(WATER_BUREAU, waterBureau, null));

        assertThat(standing.overallLabel()).isEqualTo(overall);
    }

    @Test
    void given_a_key_task_whose_leads_do_not_report_when_compiled_then_it_says_so() {
        assertThat(standing().overallLabel()).isEqualTo("牵头单位不报送");
    }

    @Test
    void given_two_leads_with_problems_when_compiled_then_each_problem_is_named_by_its_unit() {
        KeyTaskStanding standing = standing(
                new LeadReport(ECOLOGY_BRANCH, Progress.DELAYED, " 水源地保护区标志牌缺失 "),
                new LeadReport(WATER_BUREAU, Progress.IN_PROGRESS, ""));

        assertThat(standing.problems()).isEqualTo("市生态环境局第二分局：水源地保护区标志牌缺失");
    }

    @Test
    void given_a_single_lead_with_a_problem_when_compiled_then_the_problem_stands_alone() {
        assertThat(standing(new LeadReport(WATER_BUREAU, Progress.DELAYED, "取水口围网未完工")).problems())
                .isEqualTo("取水口围网未完工");
    }

    private static KeyTaskStanding standing(LeadReport... leads) {
        return new KeyTaskStanding(DRINKING_WATER, List.of(leads), 2, 5);
    }
}
