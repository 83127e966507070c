package cn.ecodispatch.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.ecodispatch.catalog.Comparator;
import cn.ecodispatch.shared.InvalidInputException;

/**
 * The figure as the office enters it: {@code {"comparator":"≥","value":"65","unit":"%","source":"…",
 * "announcedOn":"2022-03-10"}}, or the higher level's verdict instead of a figure: {@code {"verdict":"MET",
 * "source":"…","announcedOn":"…"}} (MET 达标 or MISSED 未达标). Every refusal names the field.
 */
record HigherLevelTargetRequest(String comparator, String value, String unit, String verdict, String source,
        String announcedOn) {

    /** The column holds numeric(14, 4). */
    private static final BigDecimal MAX = new BigDecimal("9999999999.9999");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A checked announcement, ready to record: a figure (comparator and value), or a verdict. */
    record Figure(Comparator comparator, BigDecimal value, String unit, Verdict verdict, String source,
            LocalDate announcedOn) {
    }

    Figure checked(LocalDate today) {
        String source = required(this.source, "source", "来源文件", 500);
        LocalDate announced = announcedOnChecked(today);
        if (optional(verdict, "verdict", "考核结论", 16) != null) {
            if (optional(comparator, "comparator", "比较符", 8) != null || optional(value, "value", "目标值", 32) != null) {
                throw new InvalidInputException("verdict", "请填写目标值或考核结论之一，不能同时填写");
            }
            return new Figure(null, null, null, verdictChecked(), source, announced);
        }
        String measureUnit = optional(unit, "unit", "计量单位", 16);
        return new Figure(comparatorChecked(), valueChecked("%".equals(measureUnit)), measureUnit, null, source,
                announced);
    }

    private Verdict verdictChecked() {
        String given = verdict.trim();
        if (given.equals(Verdict.MET.name()) || given.equals(Verdict.MET.label())) {
            return Verdict.MET;
        }
        if (given.equals(Verdict.MISSED.name()) || given.equals(Verdict.MISSED.label())) {
            return Verdict.MISSED;
        }
        throw new InvalidInputException("verdict", "考核结论（verdict）应为 MET（已达标）或 MISSED（未达标）");
    }

    private Comparator comparatorChecked() {
        try {
            return Comparator.ofSymbol(required(comparator, "comparator", "比较符", 8));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("comparator", "比较符（comparator）应为 ≥、≤ 或 = 之一");
        }
    }

    private BigDecimal valueChecked(boolean percent) {
        BigDecimal number;
        try {
            number = new BigDecimal(required(value, "value", "目标值", 32));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("value", "目标值（value）应为数字");
        }
        if (number.signum() < 0 || number.compareTo(MAX) > 0 || number.scale() > 4) {
            throw new InvalidInputException("value", "目标值（value）应在 0 到 9999999999.9999 之间，最多 4 位小数");
        }
        if (percent && number.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException("value", "目标值（value）是百分比，应在 0 到 100 之间");
        }
        return number;
    }

    private LocalDate announcedOnChecked(LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(required(announcedOn, "announcedOn", "公布日期", 10));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("announcedOn", "公布日期（announcedOn）格式应为 YYYY-MM-DD，例如 2022-03-10");
        }
        if (date.isAfter(today)) {
            throw new InvalidInputException("announcedOn", "公布日期（announcedOn）不能晚于今天");
        }
        return date;
    }

    private static String required(String text, String field, String name, int maxLength) {
        String given = optional(text, field, name, maxLength);
        if (given == null) {
            throw new InvalidInputException(field, name + "（" + field + "）不能为空");
        }
        return given;
    }

    private static String optional(String text, String field, String name, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, name + "（" + field + "）不能超过 " + maxLength + " 个字");
        }
        return trimmed;
    }
}
