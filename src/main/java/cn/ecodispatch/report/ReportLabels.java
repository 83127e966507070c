package cn.ecodispatch.report;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.catalog.KeyTask;
import cn.ecodispatch.catalog.ListKind;
import cn.ecodispatch.catalog.WorkItem;
import cn.ecodispatch.shared.Zones;

/** How items, key tasks, indicators and dates are named to users in forms, the ledger and messages. */
public final class ReportLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private ReportLabels() {
    }

    /** e.g. 附件1 第10项 推进秸秆综合利用 */
    public static String item(WorkItem item) {
        return itemReference(item) + " " + item.getTask();
    }

    /** e.g. 附件1 第3项 */
    static String itemReference(WorkItem item) {
        return (item.getListKind() == ListKind.TOWNSHIP ? "附件1" : "附件2") + " 第" + item.getNumber() + "项";
    }

    /** e.g. 重点任务第8项 */
    static String keyTaskReference(KeyTask keyTask) {
        return "重点任务第" + keyTask.getNumber() + "项";
    }

    /** e.g. 重点任务第8项 加快推进碧水工程 */
    public static String keyTask(KeyTask keyTask) {
        return keyTaskReference(keyTask) + " " + keyTask.getTitle();
    }

    /**
     * Indicators of one measured quantity, named as the first, with every target they are judged against: e.g.
     * 秸秆综合利用率（目标 ≥95%，2022年底前）, or for two 秸秆综合利用率（目标 达到上级考核要求；≥95%，2022年底前）.
     */
    public static String measure(List<Indicator> indicators) {
        return indicators.get(0).getName() + "（目标 " + targets(indicators) + "）";
    }

    /** Every target, each named when its indicator's name differs from the first's: 达到上级考核要求；全年优良天数 达到上级考核要求 */
    public static String targets(List<Indicator> indicators) {
        String name = indicators.get(0).getName();
        return indicators.stream().map(i -> targetIn(i, name)).collect(Collectors.joining("；"));
    }

    /** The indicator's target on a row named {@code rowName}: with the indicator's own name if that differs. */
    static String targetIn(Indicator indicator, String rowName) {
        return (indicator.getName().equals(rowName) ? "" : indicator.getName() + " ") + target(indicator);
    }

    /** e.g. ≥95%，2022年底前 */
    public static String target(Indicator indicator) {
        return indicator.targetLabel();
    }

    /** The last day before {@code end}, e.g. a due time of 6 May 00:00 reads 2022年5月5日. */
    public static String dayBefore(OffsetDateTime end) {
        return end.atZoneSameInstant(Zones.SHANGHAI).minusNanos(1).format(DAY);
    }

    public static String day(java.time.LocalDate date) {
        return date.format(DAY);
    }
}
