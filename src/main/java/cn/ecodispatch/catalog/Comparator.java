package cn.ecodispatch.catalog;

import java.math.BigDecimal;
import java.util.Arrays;

/** How an indicator's value is held against its target, written as the plan writes it. */
public enum Comparator {
    AT_LEAST("≥"),
    AT_MOST("≤"),
    EQUAL("=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isMet(BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case AT_MOST -> c <= 0;
            case EQUAL -> c == 0;
        };
    }

    public static Comparator ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("未知的比较符: " + symbol + "（应为 ≥、≤ 或 =）"));
    }
}
