package cn.ecodispatch.report;

import java.math.BigDecimal;

import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.shared.InvalidInputException;

/** Checks a reported indicator value: a number, 0–100 for a percentage, never negative, within the column's range. */
final class IndicatorValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The column holds numeric(14, 4). */
    private static final BigDecimal MAX = new BigDecimal("9999999999.9999");

    private IndicatorValues() {
    }

    /** @return the value, or null for an empty entry; refuses with a message naming the indicator */
    static BigDecimal check(Indicator indicator, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim().replace("%", ""));
        } catch (NumberFormatException e) {
            throw invalid(indicator, "应为数字");
        }
        boolean percent = "%".equals(indicator.getMeasureUnit());
        if (value.signum() < 0 || percent && value.compareTo(HUNDRED) > 0) {
            throw invalid(indicator, percent ? "应在 0 到 100 之间" : "不能为负数");
        }
        if (value.compareTo(MAX) > 0) {
            throw invalid(indicator, "超出可记录的范围（最大 9999999999.9999）");
        }
        if (value.scale() > 4) {
            throw invalid(indicator, "最多保留 4 位小数");
        }
        return value;
    }

    private static InvalidInputException invalid(Indicator indicator, String rule) {
        return new InvalidInputException("indicators.value", "指标“" + indicator.getName() + "”的本月数值" + rule);
    }
}
