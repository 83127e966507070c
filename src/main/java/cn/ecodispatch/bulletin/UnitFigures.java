package cn.ecodispatch.bulletin;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One unit's figures of the month as compiled into a bulletin: copied from the domain tables at compile time
 * (unit name included), so that the bulletin stays as it was published whatever changes later.
 */
@Embeddable
public class UnitFigures {

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "rank_no")
    private int rank;

    private int score;

    @Enumerated(EnumType.STRING)
    private Timeliness timeliness;

    @Column(name = "days_late")
    private int daysLate;

    @Column(name = "return_count")
    private int returnCount;

    @Column(name = "rectifications_opened")
    private int rectificationsOpened;

    @Column(name = "rectifications_closed")
    private int rectificationsClosed;

    @Column(name = "rectifications_overdue")
    private int rectificationsOverdue;

    @Column(name = "reminder_letters")
    private int reminderLetters;

    @Column(name = "accountability_decisions")
    private int accountabilityDecisions;

    private boolean commended;

    private boolean criticized;

    private boolean inspected;

    protected UnitFigures() {
    }

    /** The facts of one unit; the score follows from them, the rank from all units' scores. */
    UnitFigures(String unitCode, String unitName, Timeliness timeliness, int daysLate, int returnCount,
            int rectificationsOpened, int rectificationsClosed, int rectificationsOverdue, int reminderLetters,
            int accountabilityDecisions, boolean commended, boolean criticized, boolean inspected) {
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.timeliness = timeliness;
        this.daysLate = daysLate;
        this.returnCount = returnCount;
        this.rectificationsOpened = rectificationsOpened;
        this.rectificationsClosed = rectificationsClosed;
        this.rectificationsOverdue = rectificationsOverdue;
        this.reminderLetters = reminderLetters;
        this.accountabilityDecisions = accountabilityDecisions;
        this.commended = commended;
        this.criticized = criticized;
        this.inspected = inspected;
        this.score = BulletinScore.of(this);
    }

    void rankAs(int rank) {
        this.rank = rank;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public int getRank() {
        return rank;
    }

    public int getScore() {
        return score;
    }

    public Timeliness getTimeliness() {
        return timeliness;
    }

    public int getDaysLate() {
        return daysLate;
    }

    public int getReturnCount() {
        return returnCount;
    }

    public int getRectificationsOpened() {
        return rectificationsOpened;
    }

    public int getRectificationsClosed() {
        return rectificationsClosed;
    }

    public int getRectificationsOverdue() {
        return rectificationsOverdue;
    }

    public int getReminderLetters() {
        return reminderLetters;
    }

    public int getAccountabilityDecisions() {
        return accountabilityDecisions;
    }

    public boolean isCommended() {
        return commended;
    }

    public boolean isCriticized() {
        return criticized;
    }

    public boolean isInspected() {
        return inspected;
    }
}
