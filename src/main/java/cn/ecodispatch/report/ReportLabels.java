package cn.ecodispatch.report;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

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
        String list = item.getListKind() == ListKind.TOWNSHIP ? "附件1" : "附件2";
        return list + " 第" + item.getNumber() + "项 " + item.getTask();
    }

    /** e.g. 重点任务第8项 加快推进碧水工程 */
    public static String keyTask(KeyTask keyTask) {
        return "重点任务第" + keyTask.getNumber() + "项 " + keyTask.getTitle();
    }

    /** e.g. 秸秆综合利用率（目标 ≥95%，2022年底前） */
    public static String indicator(Indicator indicator) {
        return indicator.getName() + "（目标 " + target(indicator) + "）";
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
