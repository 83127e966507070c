package cn.ecodispatch.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The problems a month's consultation is asked to confirm, one line per unit and problem. The director's form takes
 * at most {@link #LIMIT} characters (the field's own limit, 4 000), and the engine stores no longer text in a
 * variable: when a month has more to tell — a city's or a province's month, with hundreds of units still drafting —
 * the lines are told by kind of problem, each with its count and as many unit names as fit.
 */
final class ProblemsList {

    static final int LIMIT = MonthlyDispatchProcess.Fields.PROBLEMS_LIST.maxLength();
    static final String NONE = "本月未发现问题。";

    private static final String SUMMARY_HEADING = "本月问题较多，按类别汇总（各单位的报送情况见本月调度页面）：";

    private record Line(String unit, String kind, String text) {
    }

    private final List<Line> lines = new ArrayList<>();

    /**
     * @param kind what the problem is, the same for every unit with it (e.g. 本月报送尚未办结（填报中）)
     * @param text the unit's own line
     */
    void add(String unit, String kind, String text) {
        lines.add(new Line(unit, kind, text));
    }

    String text() {
        if (lines.isEmpty()) {
            return NONE;
        }
        String full = lines.stream().map(line -> line.unit() + "：" + line.text()).collect(Collectors.joining("\n"));
        return full.length() <= LIMIT ? full : byKind();
    }

    private String byKind() {
        Map<String, List<Line>> kinds = lines.stream()
                .collect(Collectors.groupingBy(Line::kind, LinkedHashMap::new, Collectors.toList()));
        int perKind = (LIMIT - SUMMARY_HEADING.length()) / kinds.size() - 1;
        StringBuilder text = new StringBuilder(SUMMARY_HEADING);
        kinds.forEach((kind, ofKind) -> text.append('\n').append(summary(kind, ofKind, perKind)));
        return text.length() <= LIMIT ? text.toString() : text.substring(0, LIMIT - 1) + "…";
    }

    /** 「kind：N 项，涉及 M 个单位：甲、乙、丙等」, the names cut to fit the kind's share of the text. */
    private static String summary(String kind, List<Line> ofKind, int budget) {
        Set<String> units = new LinkedHashSet<>();
        ofKind.forEach(line -> units.add(line.unit()));
        String head = kind + "：" + (ofKind.size() == units.size() ? units.size() + " 个单位"
                : ofKind.size() + " 项，涉及 " + units.size() + " 个单位") + "，";
        StringBuilder names = new StringBuilder();
        int listed = 0;
        for (String unit : units) {
            String next = (listed == 0 ? "" : "、") + unit;
            if (head.length() + names.length() + next.length() + 1 > budget) {
                break;
            }
            names.append(next);
            listed++;
        }
        if (listed == 0) {
            return head.substring(0, head.length() - 1) + "。";
        }
        return head + (listed < units.size() ? "含" + names + "等" : "即" + names) + "。";
    }
}
