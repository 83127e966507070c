package cn.ecodispatch.rectification;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One report of what the unit did, and the office's verdict on it. */
@Entity
@Table(name = "eco_rectification_round")
public class RectificationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "rectification_id")
    private Rectification rectification;

    @Column(name = "round_no")
    private int roundNo;

    @Column(name = "action_taken")
    private String actionTaken;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private OffsetDateTime reportedAt;

    /** PASS or FAIL once verified. */
    private String verdict;

    private String opinion;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    protected RectificationRound() {
    }

    RectificationRound(Rectification rectification, int roundNo, String actionTaken, String reportedBy,
            OffsetDateTime reportedAt) {
        this.rectification = rectification;
        this.roundNo = roundNo;
        this.actionTaken = actionTaken;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    void verify(boolean passed, String opinion, String user, OffsetDateTime at) {
        this.verdict = passed ? "PASS" : "FAIL";
        this.opinion = opinion;
        this.verifiedBy = user;
        this.verifiedAt = at;
    }

    public int getRoundNo() {
        return roundNo;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public OffsetDateTime getReportedAt() {
        return reportedAt;
    }

    public String getVerdict() {
        return verdict;
    }

    public String getVerdictLabel() {
        return verdict == null ? "待核验" : "PASS".equals(verdict) ? "通过" : "未通过";
    }

    public String getOpinion() {
        return opinion;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public OffsetDateTime getVerifiedAt() {
        return verifiedAt;
    }
}
