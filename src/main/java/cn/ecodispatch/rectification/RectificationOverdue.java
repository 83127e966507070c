package cn.ecodispatch.rectification;

/**
 * A rectification's deadline passed with no report from the unit (Task_IssueRectificationReminder); published in the
 * timer's transaction, where {@code supervision} issues the reminder letter (提示函).
 */
public record RectificationOverdue(Rectification rectification) {
}
