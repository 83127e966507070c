package cn.ecodispatch.report;

/**
 * A unit's report closed (approved, with or without problems); published by Task_CheckMonthComplete in the job
 * that runs after the closing committed, so the month can tell whether it was the last one.
 */
public record ReportClosed(long cycleId, long reportId) {
}
