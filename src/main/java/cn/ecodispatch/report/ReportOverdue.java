package cn.ecodispatch.report;

/**
 * A report's due date passed with nothing submitted (Task_IssueReportReminder); published in the timer's
 * transaction, where {@code supervision} issues the reminder letter (提示函).
 */
public record ReportOverdue(UnitReport report) {
}
