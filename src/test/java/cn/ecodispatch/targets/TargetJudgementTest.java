package cn.ecodispatch.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.ecodispatch.catalog.Comparator;
import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.shared.Period;

/** The judgement of a month's value: on course, behind, met, missed, or not judged. */
class TargetJudgementTest {

    private static final LocalDate YEAR_END = LocalDate.of(2022, 12, 31);

    /** 林草覆盖率 ≥40% by the end of 2022, 34% reported in January: the line asks ≈36.7% in June. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            首月即为基线：在轨                      | ≥ | 40  | 2022-12-31 | 2022-01=34                       | 2022-01 | ON_COURSE
            年中达到进度线以上：在轨                | ≥ | 40  | 2022-12-31 | 2022-01=34, 2022-06=37           | 2022-06 | ON_COURSE
            年中低于进度线：滞后                    | ≥ | 40  | 2022-12-31 | 2022-01=34, 2022-06=35           | 2022-06 | BEHIND
            基线取最早的有值月份：缺报的月份不算    | ≥ | 40  | 2022-12-31 | 2022-03=34, 2022-06=36.2         | 2022-06 | ON_COURSE
            期限前提前达标：已达标                  | ≥ | 40  | 2022-12-31 | 2022-01=34, 2022-04=40.5         | 2022-04 | MET
            期限当月达标：已达标                    | ≥ | 40  | 2022-12-31 | 2022-01=34, 2022-12=40           | 2022-12 | MET
            期限当月未达标：未达标                  | ≥ | 40  | 2022-12-31 | 2022-01=34, 2022-11=39.9, 2022-12=39.9 | 2022-12 | MISSED
            期限过后仍未达标：未达标                | ≥ | 40  | 2022-06-30 | 2022-01=34, 2022-08=39           | 2022-08 | MISSED
            达标后回落到进度线以下：滞后            | ≥ | 40  | 2022-12-31 | 2022-01=42, 2022-06=38           | 2022-06 | BEHIND
            不超过的目标沿进度线下降：在轨          | ≤ | 30  | 2022-12-31 | 2022-01=52, 2022-06=41           | 2022-06 | ON_COURSE
            不超过的目标下降不足：滞后              | ≤ | 30  | 2022-12-31 | 2022-01=52, 2022-06=45           | 2022-06 | BEHIND
            等于的目标向目标靠近足够：在轨          | = | 100 | 2022-12-31 | 2022-01=78, 2022-06=90           | 2022-06 | ON_COURSE
            等于的目标靠近不足：滞后                | = | 100 | 2022-12-31 | 2022-01=78, 2022-06=80           | 2022-06 | BEHIND
            无期限的持续要求达到：已达标            | = | 100 |            | 2022-01=100                      | 2022-01 | MET
            无期限的持续要求首月未达到：未达标      | = | 100 |            | 2022-01=98                       | 2022-01 | MISSED
            本月未填报：无法评判                    | ≥ | 40  | 2022-12-31 | 2022-01=34                       | 2022-02 | NOT_JUDGED
            """)
    void a_months_value_is_judged_against_the_line_from_the_baseline_to_the_target(String why, String comparator,
            BigDecimal target, LocalDate deadline, String values, String period, Verdict expected) {
        Target goal = new Target(Comparator.ofSymbol(comparator), target, deadline);

        assertThat(TargetJudgement.judge(Optional.of(goal), values(values), Period.parse(period))).as(why)
                .isEqualTo(expected);
    }

    @Test
    void the_year_end_target_reported_below_it_all_year_on_schedule_is_never_behind_until_december() {
        Target forest = new Target(Comparator.AT_LEAST, BigDecimal.valueOf(40), YEAR_END);
        Map<Period, BigDecimal> values = new LinkedHashMap<>();
        for (int month = 1; month <= 11; month++) {
            Period period = Period.parse(String.format("2022-%02d", month));
            values.put(period, BigDecimal.valueOf(34 + (month - 1) * 6 / 11.0 + 0.01));

            assertThat(TargetJudgement.judge(Optional.of(forest), values, period)).as(period.label())
                    .isEqualTo(Verdict.ON_COURSE);
        }
    }

    @Test
    void a_higher_level_target_is_not_judged_until_announced_and_then_judged_like_any_other() {
        Indicator waterQuality = new Indicator(null, "kt11-1");
        HigherLevelTarget announced = figure(waterQuality, "2022-03-10", 60);
        HigherLevelTarget raised = figure(waterQuality, "2022-07-01", 65);
        Map<Period, BigDecimal> values = values("2022-02=62, 2022-03=62, 2022-07=62");

        assertThat(judge(List.of(announced, raised), values, "2022-02")).isEqualTo(Verdict.NOT_JUDGED);
        assertThat(judge(List.of(announced, raised), values, "2022-03")).isEqualTo(Verdict.MET);
        assertThat(judge(List.of(announced, raised), values, "2022-07")).as("新公布的目标从公布之日起适用")
                .isEqualTo(Verdict.MISSED);
        assertThat(judge(List.of(), values, "2022-07")).isEqualTo(Verdict.NOT_JUDGED);
    }

    private static Verdict judge(List<HigherLevelTarget> figures, Map<Period, BigDecimal> values, String period) {
        Period month = Period.parse(period);
        return TargetJudgement.judge(HigherLevelTarget.applyingIn(figures, month).flatMap(HigherLevelTarget::asTarget),
                values, month);
    }

    private static HigherLevelTarget figure(Indicator indicator, String announcedOn, int value) {
        return new HigherLevelTarget(indicator, new HigherLevelTargetRequest.Figure(Comparator.AT_LEAST,
                BigDecimal.valueOf(value), null, null, "三门峡市生态环境保护委员会办公室〔2022〕5号",
                LocalDate.parse(announcedOn)), "office1", OffsetDateTime.parse(announcedOn + "T10:00:00+08:00"));
    }

    private static Map<Period, BigDecimal> values(String text) {
        Map<Period, BigDecimal> values = new LinkedHashMap<>();
        Arrays.stream(text.split(",")).map(String::trim).map(pair -> pair.split("="))
                .forEach(pair -> values.put(Period.parse(pair[0]), new BigDecimal(pair[1])));
        return values;
    }
}
