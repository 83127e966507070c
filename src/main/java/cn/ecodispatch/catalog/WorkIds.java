package cn.ecodispatch.catalog;

import java.util.List;

/** What a unit reports on, as the ids of its work items, key tasks and indicators, each in catalogue order. */
record WorkIds(List<Long> workItems, List<Long> keyTasks, List<Long> indicators) {
}
