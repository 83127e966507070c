package cn.ecodispatch.catalog;

import java.util.List;

/**
 * What a unit reports on every month: the work items it carries, the key tasks it leads or takes part in, the
 * indicators it is responsible for, each in catalogue order.
 */
public record UnitWork(List<WorkItem> workItems, List<KeyTask> keyTasks, List<Indicator> indicators) {
}
