package cn.ecodispatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.ecodispatch.catalog.PlanData;
import cn.ecodispatch.shared.InvalidInputException;

/**
 * A month's value as a reporter types it, for 林草覆盖率 (kt12-1, ≥40%, a percentage) and 优良天数 (town01-3, a
 * count of days, target 达到上级考核要求).
 */
class IndicatorValueRulesTest {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            town01-3 | 280               | 280
            town01-3 | ' 365 '           | 365
            kt12-1   | 41.5              | 41.5
            kt12-1   | 95%               | 95
            kt12-1   | 100               | 100
            kt12-1   | 0                 | 0
            kt12-1   | 40.1234           | 40.1234
            town01-3 | 9999999999.9999   | 9999999999.9999
            """)
    void given_a_plausible_value_when_checked_then_it_is_recorded_as_typed(String code, String typed,
            BigDecimal recorded) {
        assertThat(IndicatorValues.check(PlanData.indicator(code), typed)).isEqualByComparingTo(recorded);
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            kt12-1   | ''
            town01-3 | '   '
            """)
    void given_nothing_typed_when_checked_then_there_is_no_value(String code, String typed) {
        assertThat(IndicatorValues.check(PlanData.indicator(code), typed)).isNull();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            kt12-1   | 120%             | 指标“林草覆盖率”的本月数值应在 0 到 100 之间
            kt12-1   | 100.01           | 指标“林草覆盖率”的本月数值应在 0 到 100 之间
            kt12-1   | -1               | 指标“林草覆盖率”的本月数值应在 0 到 100 之间
            town01-3 | -3               | 指标“优良天数”的本月数值不能为负数
            town01-3 | 约280天          | 指标“优良天数”的本月数值应为数字
            kt12-1   | 四十             | 指标“林草覆盖率”的本月数值应为数字
            kt12-1   | 40.12345         | 指标“林草覆盖率”的本月数值最多保留 4 位小数
            town01-3 | 10000000000      | 指标“优良天数”的本月数值超出可记录的范围（最大 9999999999.9999）
            """)
    void given_an_impossible_value_when_checked_then_it_is_refused_naming_the_indicator(String code, String typed,
            String message) {
        assertThatThrownBy(() -> IndicatorValues.check(PlanData.indicator(code), typed))
                .isInstanceOf(InvalidInputException.class).hasMessage(message)
                .extracting("field").isEqualTo("indicators.value");
    }
}
