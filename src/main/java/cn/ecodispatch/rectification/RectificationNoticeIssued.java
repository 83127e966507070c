package cn.ecodispatch.rectification;

import java.time.LocalDate;

/**
 * A rectification notice (整改通知) went out to a unit; published in the transaction that issued it.
 *
 * @param page the project page of the rectification
 */
public record RectificationNoticeIssued(long rectificationId, String unitCode, String unitName, String period,
        String problem, String requirement, LocalDate deadline, String page) {
}
