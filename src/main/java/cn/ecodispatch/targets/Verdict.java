package cn.ecodispatch.targets;

import cn.ecodispatch.shared.Labelled;

/** How a unit's value of an indicator stands in a month, as {@link TargetJudgement} decides it. */
public enum Verdict implements Labelled {
    ON_COURSE,
    BEHIND,
    MET,
    MISSED,
    NOT_JUDGED;

    /** Behind schedule or missed: what the supervision rules count against a unit. */
    public boolean isOffTrack() {
        return this == BEHIND || this == MISSED;
    }
}
