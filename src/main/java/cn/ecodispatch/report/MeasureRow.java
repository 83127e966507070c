package cn.ecodispatch.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.targets.Verdict;

/**
 * One measured quantity of a report, as the form, the ledger and the printed version show it: the values of the
 * unit's indicators that measure it ({@link Indicator#measure()}), in catalogue order. The reporter types the value
 * once; it is recorded for every indicator of the row, and each is judged against its own target.
 */
record MeasureRow(List<IndicatorValue> values) {

    /** The rows to fill in: one per measured quantity. */
    static List<MeasureRow> of(List<IndicatorValue> values) {
        return grouped(values, v -> v.getIndicator().measure().getId());
    }

    /**
     * The rows as a version reported them: one per measured quantity, unless the version holds different values
     * for it (saved before its indicators were marked as one quantity), which then stay on rows of their own.
     */
    static List<MeasureRow> asReported(List<IndicatorValue> values) {
        return grouped(values, v -> List.of(v.getIndicator().measure().getId(),
                v.getValue() == null ? "" : v.getValue().stripTrailingZeros().toPlainString()));
    }

    private static List<MeasureRow> grouped(List<IndicatorValue> values, Function<IndicatorValue, Object> key) {
        Map<Object, List<IndicatorValue>> rows = values.stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        return rows.values().stream().map(MeasureRow::new).toList();
    }

    List<Indicator> indicators() {
        return values.stream().map(IndicatorValue::getIndicator).toList();
    }

    String name() {
        return values.get(0).getIndicator().getName();
    }

    /** e.g. 秸秆综合利用率（目标 达到上级考核要求；≥95%，2022年底前） */
    String label() {
        return ReportLabels.measure(indicators());
    }

    /** Every target of the row, e.g. 达到上级考核要求；≥95%，2022年底前 */
    String targets() {
        return ReportLabels.targets(indicators());
    }

    /** The value reported for the quantity, or null. */
    BigDecimal value() {
        return values.stream().map(IndicatorValue::getValue).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The unit the value is given in, from the first indicator that states one. */
    String measureUnit() {
        return indicators().stream().map(Indicator::getMeasureUnit).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Whether the report must give a value: some target of the row states a number. */
    boolean valueRequired() {
        return indicators().stream().anyMatch(i -> !i.isHigherLevelTarget());
    }

    /** The value typed for the row, checked against every indicator of it and recorded for each. */
    List<ReportContents.IndicatorEntry> entered(String text) {
        List<ReportContents.IndicatorEntry> entries = new ArrayList<>();
        indicators().forEach(i -> entries.add(new ReportContents.IndicatorEntry(i, IndicatorValues.check(i, text))));
        return entries;
    }

    /** e.g. 已达标, or for several targets 达到上级考核要求：无法评判；≥95%，2022年底前：已达标 */
    String verdictLabel(Map<IndicatorValue, Verdict> verdicts) {
        if (values.size() == 1) {
            return verdicts.get(values.get(0)).label();
        }
        return values.stream().map(v -> ReportLabels.targetIn(v.getIndicator(), name()) + "："
                + verdicts.get(v).label()).collect(Collectors.joining("；"));
    }
}
