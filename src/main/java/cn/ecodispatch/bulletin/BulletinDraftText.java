package cn.ecodispatch.bulletin;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import cn.ecodispatch.report.Progress;

/** The first draft of a bulletin's text, written from its figures; the office edits it before approval. */
final class BulletinDraftText {

    private static final int PODIUM = 3;
    static final int LIMIT = BulletinProcess.Fields.BODY.maxLength();
    /** How many units each list names, tried in turn until the draft fits. */
    private static final int[] NAMES_PER_LIST = {Integer.MAX_VALUE, 100, 20, 5};
    private static final String CUT = "……（正文过长，以下从略，详见附表）";

    private BulletinDraftText() {
    }

    static String title(String periodLabel) {
        return periodLabel + "生态文明建设示范区创建工作月度通报";
    }

    /**
     * The draft, within what the bulletin's text may hold: a district's month names every unit in its lists; a city's
     * or a province's month, whose lists would run past that, names the first units of each and counts the rest
     * (every unit's figures are in the bulletin's tables, 附表).
     *
     * @param salutation the bulletin's addressees (各乡镇人民政府，区直各单位：), its first line
     */
    static String write(String salutation, String periodLabel, MonthFigures.Compiled figures,
            String confirmedProblems) {
        String text = "";
        for (int names : NAMES_PER_LIST) {
            text = write(salutation, periodLabel, figures, confirmedProblems, names);
            if (text.length() <= LIMIT) {
                return text;
            }
        }
        return text.substring(0, LIMIT - CUT.length()) + CUT;
    }

    private static String write(String salutation, String periodLabel, MonthFigures.Compiled figures,
            String confirmedProblems, int namesPerList) {
        List<UnitFigures> ranked = figures.units();
        StringBuilder text = new StringBuilder();
        text.append(salutation).append('\n');
        text.append("现将").append(periodLabel).append("生态文明建设示范区创建工作月度调度情况通报如下。\n");

        text.append("一、报送情况\n");
        text.append("本月应报送单位").append(ranked.size()).append("个，按时报送")
                .append(count(ranked, f -> f.getTimeliness() == Timeliness.ON_TIME)).append("个，逾期报送")
                .append(count(ranked, f -> f.getTimeliness() == Timeliness.LATE)).append("个，未报送")
                .append(count(ranked, f -> f.getTimeliness() == Timeliness.MISSING)).append("个。");
        Lister lists = new Lister(ranked, namesPerList);
        text.append(lists.names("按时报送的单位", f -> f.getTimeliness() == Timeliness.ON_TIME));
        text.append(lists.names("逾期报送的单位", f -> f.getTimeliness() == Timeliness.LATE));
        text.append(lists.names("未报送的单位", f -> f.getTimeliness() == Timeliness.MISSING));
        text.append(lists.names("报送材料被退回修改的单位", f -> f.getReturnCount() > 0)).append('\n');

        text.append("二、整改和督办情况\n");
        text.append("本月下发整改事项").append(sum(ranked, UnitFigures::getRectificationsOpened)).append("项，已销号")
                .append(sum(ranked, UnitFigures::getRectificationsClosed)).append("项，逾期未整改")
                .append(sum(ranked, UnitFigures::getRectificationsOverdue)).append("项；发出提示函")
                .append(sum(ranked, UnitFigures::getReminderLetters)).append("份；经组织部门审定问责")
                .append(sum(ranked, UnitFigures::getAccountabilityDecisions)).append("件。");
        if (confirmedProblems != null) {
            text.append("会商确认的问题：").append(confirmedProblems.replace('\n', '；'));
        }
        text.append('\n');

        text.append("三、通报表扬和批评\n");
        text.append("经会商研判，");
        text.append(lists.mentioned("对以下单位予以通报表扬", "本月无通报表扬单位。", UnitFigures::isCommended));
        text.append(lists.mentioned("对以下单位予以通报批评", "本月无通报批评单位。", UnitFigures::isCriticized));
        text.append(lists.mentioned("对以下单位安排现场检查", "本月未安排现场检查。", UnitFigures::isInspected))
                .append('\n');

        text.append("四、重点任务和量化指标进展\n");
        text.append(keyTasks(figures.keyTasks())).append(indicators(figures.indicators(), lists)).append('\n');

        text.append("五、综合排名\n");
        text.append("按月度得分（基础分").append(BulletinScore.BASE)
                .append("分，按报送、退回、整改、提示函、问责和表扬批评情况加减分）排名，前").append(PODIUM).append("名为：")
                .append(scores(ranked.stream().limit(PODIUM).toList())).append("；后").append(PODIUM).append("名为：")
                .append(scores(ranked.stream().skip(Math.max(ranked.size() - PODIUM, 0)).toList()))
                .append("。各单位得分和排名见附表。\n");

        text.append("六、工作要求\n");
        text.append("各单位要对照本通报认真查找差距，按时报送月度工作总结和台账，限期整改发现的问题。"
                + "被通报批评的单位要深刻反思，切实推进创建工作。");
        return text.toString();
    }

    private static String keyTasks(List<KeyTaskFigures> tasks) {
        Map<String, Long> byProgress = tasks.stream()
                .collect(Collectors.groupingBy(KeyTaskFigures::getProgressLabel, LinkedHashMap::new,
                        Collectors.counting()));
        String delayed = tasks.stream().filter(t -> t.getProgressLabel().equals(Progress.DELAYED.label()))
                .map(t -> "第" + t.getNumber() + "项" + t.getTitle() + "（牵头单位：" + t.getLeadUnits() + "）")
                .collect(Collectors.joining("；"));
        return tasks.size() + "项重点任务中，" + byProgress.entrySet().stream()
                .map(e -> e.getKey() + e.getValue() + "项").collect(Collectors.joining("，")) + "。"
                + (delayed.isEmpty() ? "" : "进度滞后的重点任务：" + delayed + "。");
    }

    private static String indicators(List<IndicatorFigures> indicators, Lister lists) {
        // A quantity with several targets is named once, with every unit off track on any of them.
        Map<String, Set<String>> offTrackByName = new LinkedHashMap<>();
        indicators.stream().filter(i -> i.getOffTrack() > 0).forEach(i -> offTrackByName
                .computeIfAbsent(i.getName(), name -> new LinkedHashSet<>())
                .addAll(List.of(i.getOffTrackUnits().split(IndicatorFigures.UNIT_SEPARATOR))));
        String offTrack = offTrackByName.entrySet().stream()
                .map(e -> e.getKey() + "（" + lists.joined(e.getValue(), IndicatorFigures.UNIT_SEPARATOR) + "）")
                .collect(Collectors.joining("；"));
        return "量化指标" + indicators.size() + "项，按各责任单位本月报送的数值评判：已达标"
                + sum(indicators, IndicatorFigures::getMet) + "个次，在轨"
                + sum(indicators, IndicatorFigures::getOnCourse) + "个次，滞后于进度"
                + sum(indicators, IndicatorFigures::getBehind) + "个次，未达标"
                + sum(indicators, IndicatorFigures::getMissed) + "个次，无法评判（未报数值或上级目标尚未录入）"
                + sum(indicators, IndicatorFigures::getNotJudged) + "个次。"
                + (offTrack.isEmpty() ? "" : "进度滞后或未达标的指标及单位：" + offTrack + "。");
    }

    private static <T> int sum(List<T> rows, ToIntFunction<T> figure) {
        return rows.stream().mapToInt(figure).sum();
    }

    private static long count(List<UnitFigures> ranked, Predicate<UnitFigures> which) {
        return ranked.stream().filter(which).count();
    }

    /** Lists of unit names, each naming at most so many units and counting the rest. */
    private record Lister(List<UnitFigures> ranked, int namesPerList) {

        String names(String heading, Predicate<UnitFigures> which) {
            List<String> names = ranked.stream().filter(which).map(UnitFigures::getUnitName).toList();
            return names.isEmpty() ? "" : heading + "：" + joined(names, "、") + "。";
        }

        String mentioned(String heading, String none, Predicate<UnitFigures> which) {
            String listed = names(heading, which);
            return listed.isEmpty() ? none : listed;
        }

        String joined(Collection<String> names, String separator) {
            if (names.size() <= namesPerList) {
                return String.join(separator, names);
            }
            return names.stream().limit(namesPerList).collect(Collectors.joining(separator)) + "等" + names.size()
                    + "个单位（各单位情况见附表）";
        }
    }

    private static String scores(List<UnitFigures> units) {
        return units.stream().map(f -> f.getUnitName() + "（" + f.getScore() + "分）").collect(Collectors.joining("、"));
    }
}
