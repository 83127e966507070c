package cn.ecodispatch.shared;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** A dispatch month, written YYYY-MM, in Shanghai time. */
public record Period(YearMonth month) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM");

    public static Period parse(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}")) {
            throw new InvalidInputException("period", "调度月份格式应为 YYYY-MM，例如 2022-05");
        }
        try {
            return new Period(YearMonth.parse(text, FORMAT));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("period", "调度月份不存在：" + text);
        }
    }

    public static Period containing(OffsetDateTime time) {
        return new Period(YearMonth.from(time.atZoneSameInstant(Zones.SHANGHAI)));
    }

    /** The start of the given day of this month, Shanghai time; days past the month's end fall on its last day. */
    public OffsetDateTime startOfDay(int dayOfMonth) {
        int day = Math.min(dayOfMonth, month.lengthOfMonth());
        return month.atDay(day).atStartOfDay(Zones.SHANGHAI).toOffsetDateTime();
    }

    /** The end of the given day (the start of the next), Shanghai time. */
    public OffsetDateTime endOfDay(int dayOfMonth) {
        return startOfDay(dayOfMonth).plusDays(1);
    }

    public String label() {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    @Override
    public String toString() {
        return month.format(FORMAT);
    }
}
