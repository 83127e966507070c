package cn.ecodispatch.bulletin;

/**
 * The score that ranks the units in a month's bulletin. Every unit starts at {@link #BASE}; each fact of the month
 * adds its weight. The weights are kept here, in one place, and the README explains them: change them here and in
 * the README's table together. Late and missing reports usually also earned a reminder letter, which counts on its
 * own: the letter is a separate act of supervision.
 */
final class BulletinScore {

    static final int BASE = 100;
    static final int LATE = -10;
    static final int MISSING = -30;
    static final int PER_RETURN = -5;
    static final int PER_OVERDUE_RECTIFICATION = -5;
    static final int PER_REMINDER_LETTER = -10;
    static final int PER_ACCOUNTABILITY_DECISION = -20;
    static final int COMMENDED = 5;
    static final int CRITICIZED = -10;

    private BulletinScore() {
    }

    static int of(UnitFigures f) {
        int score = BASE;
        score += switch (f.getTimeliness()) {
            case LATE -> LATE;
            case MISSING -> MISSING;
            case ON_TIME -> 0;
        };
        score += PER_RETURN * f.getReturnCount();
        score += PER_OVERDUE_RECTIFICATION * f.getRectificationsOverdue();
        score += PER_REMINDER_LETTER * f.getReminderLetters();
        score += PER_ACCOUNTABILITY_DECISION * f.getAccountabilityDecisions();
        score += f.isCommended() ? COMMENDED : 0;
        score += f.isCriticized() ? CRITICIZED : 0;
        return score;
    }
}
