package cn.ecodispatch.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code sameAs} marks of indicators.yaml: an indicator that measures the same quantity as one stated earlier in
 * the plan names that one's code. The mark is refused unless the indicator it names exists, is not itself marked
 * (no chains), has a responsible unit in common with it and, where both state a number, the same measure unit (a
 * 达到上级考核要求 target has no unit of its own until the higher level announces its figure).
 */
final class SameMeasureMarks {

    private SameMeasureMarks() {
    }

    /** Sets every indicator's mark from the file: the named indicator, or none. */
    static void link(List<CatalogData.IndicatorEntry> entries, Map<String, Indicator> byCode) {
        Map<String, String> marks = new HashMap<>();
        entries.stream().filter(e -> e.sameAs() != null).forEach(e -> marks.put(e.code(), e.sameAs()));
        for (CatalogData.IndicatorEntry entry : entries) {
            Indicator indicator = byCode.get(entry.code());
            indicator.measureAs(entry.sameAs() == null ? null : checked(indicator, entry.sameAs(), byCode, marks));
        }
    }

    private static Indicator checked(Indicator indicator, String firstCode, Map<String, Indicator> byCode,
            Map<String, String> marks) {
        String where = "indicators.yaml 指标 " + indicator.getCode() + " 的 sameAs: " + firstCode;
        Indicator first = byCode.get(firstCode);
        if (first == null) {
            throw new CatalogDataException(where + "：没有代码为 " + firstCode + " 的指标");
        }
        if (first == indicator) {
            throw new CatalogDataException(where + "：不能指向指标自身");
        }
        if (marks.containsKey(firstCode)) {
            throw new CatalogDataException(where + "：指标 " + firstCode + " 本身标注了 sameAs: " + marks.get(firstCode)
                    + "，不能连环引用，请直接写 sameAs: " + marks.get(firstCode));
        }
        if (!indicator.isHigherLevelTarget() && !first.isHigherLevelTarget()
                && !Objects.equals(indicator.getMeasureUnit(), first.getMeasureUnit())) {
            throw new CatalogDataException(where + "：计量单位不同（" + unitLabel(first) + " 与 " + unitLabel(indicator)
                    + "），不是同一计量");
        }
        if (indicator.getResponsibleUnits().stream().noneMatch(first.getResponsibleUnits()::contains)) {
            throw new CatalogDataException(where + "：两项指标没有共同的责任单位，无需合并填报");
        }
        return first;
    }

    private static String unitLabel(Indicator indicator) {
        return indicator.getMeasureUnit() == null ? "无单位" : indicator.getMeasureUnit();
    }
}
