package cn.ecodispatch.catalog;

import java.util.List;
import java.util.Map;

/** The plan item an indicator is stated in, and who answers for it unless the data says otherwise. */
record IndicatorSource(KeyTask keyTask, WorkItem workItem) {

    static IndicatorSource of(CatalogData.Source source, String where, UnitDirectory directory,
            Map<Integer, KeyTask> tasks, Map<String, WorkItem> items) {
        if (source == null) {
            throw new CatalogDataException(where + "：缺少 source");
        }
        if (source.keyTask() != null && source.townshipItem() == null && source.department() == null) {
            return new IndicatorSource(required(tasks.get(source.keyTask()), where, "重点任务 " + source.keyTask()), null);
        }
        if (source.townshipItem() != null && source.keyTask() == null && source.department() == null) {
            WorkItem item = items.get(ListKind.TOWNSHIP_LIST_KEY + "#" + source.townshipItem());
            return new IndicatorSource(null, required(item, where, "附件1 第" + source.townshipItem() + "项"));
        }
        if (source.department() != null && source.item() != null && source.keyTask() == null
                && source.townshipItem() == null) {
            Unit owner = directory.unit(source.department(), where);
            WorkItem item = items.get(owner.getCode() + "#" + source.item());
            return new IndicatorSource(null, required(item, where, source.department() + "清单第" + source.item() + "项"));
        }
        throw new CatalogDataException(where + "：source 须且只能是 keyTask、townshipItem 或 department+item 之一");
    }

    private static <T> T required(T value, String where, String what) {
        if (value == null) {
            throw new CatalogDataException(where + "：来源 " + what + " 不存在");
        }
        return value;
    }

    List<Unit> defaultResponsibleUnits() {
        return keyTask != null ? keyTask.unitsIn(KeyTaskRole.LEAD) : workItem.getUnits();
    }
}
