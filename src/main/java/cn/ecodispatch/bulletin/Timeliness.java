package cn.ecodispatch.bulletin;

import java.time.OffsetDateTime;

import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.shared.Labelled;

/** Whether a unit's report of the month came by its due time (the end of the due day). */
public enum Timeliness implements Labelled {
    ON_TIME,
    LATE,
    MISSING;

    public static Timeliness of(UnitReport report) {
        OffsetDateTime submitted = report.getFirstSubmittedAt();
        if (submitted == null) {
            return MISSING;
        }
        return submitted.isAfter(report.getDueAt()) ? LATE : ON_TIME;
    }
}
