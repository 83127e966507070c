package cn.ecodispatch.report;

import java.math.BigDecimal;
import java.util.List;

import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.catalog.KeyTask;
import cn.ecodispatch.catalog.KeyTaskRole;
import cn.ecodispatch.catalog.WorkItem;

/** A report's contents as entered (through the task form or an uploaded ledger), already validated. */
public record ReportContents(List<Item> items, List<KeyTaskWork> keyTasks, List<IndicatorEntry> indicators,
        String summary, String difficulties, String nextMonthPlan) {

    public record Item(WorkItem workItem, Progress progress, String workDone, String problems) {
    }

    /** The unit's report on a key task it leads (progress) or takes part in (contribution). */
    public record KeyTaskWork(KeyTask keyTask, KeyTaskRole role, Progress progress, String workDone,
            String problems) {
    }

    public record IndicatorEntry(Indicator indicator, BigDecimal value) {
    }
}
