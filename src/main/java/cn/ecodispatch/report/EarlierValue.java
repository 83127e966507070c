package cn.ecodispatch.report;

import java.math.BigDecimal;

import cn.ecodispatch.shared.Period;

/** A unit's value of an indicator in an earlier month, as last submitted. */
public record EarlierValue(long indicatorId, Period period, BigDecimal value) {

    /** As the query reads it: the month as stored ({@code 2030-01}). */
    public EarlierValue(Long indicatorId, String period, BigDecimal value) {
        this(indicatorId.longValue(), Period.parse(period), value);
    }
}
