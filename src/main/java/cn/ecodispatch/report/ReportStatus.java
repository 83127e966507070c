package cn.ecodispatch.report;

import java.util.EnumSet;
import java.util.Set;

import cn.ecodispatch.shared.Labelled;

/** Where a unit's monthly report stands; the label is what users read. */
public enum ReportStatus implements Labelled {
    DRAFTING,
    AWAITING_SIGN_OFF,
    UNDER_REVIEW,
    APPROVED,
    APPROVED_WITH_PROBLEMS;

    public boolean isClosed() {
        return this == APPROVED || this == APPROVED_WITH_PROBLEMS;
    }

    /** The states of a report still open: being drafted, signed off or reviewed. */
    public static Set<ReportStatus> open() {
        return EnumSet.complementOf(EnumSet.of(APPROVED, APPROVED_WITH_PROBLEMS));
    }
}
