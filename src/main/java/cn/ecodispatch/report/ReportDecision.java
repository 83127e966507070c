package cn.ecodispatch.report;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.ecodispatch.shared.Labelled;

/** The leader's sign-off or the office's review of one submitted version, with its reason. */
@Entity
@Table(name = "eco_report_decision")
public class ReportDecision {

    public enum Stage implements Labelled {
        LEADER,
        OFFICE
    }

    public enum Outcome implements Labelled {
        SIGNED,
        RETURNED,
        APPROVED,
        APPROVED_WITH_PROBLEMS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private UnitReport report;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    private ReportVersion version;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String reason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    protected ReportDecision() {
    }

    ReportDecision(ReportVersion version, Stage stage, Outcome outcome, String reason, String decidedBy,
            OffsetDateTime decidedAt) {
        this.report = version.getReport();
        this.version = version;
        this.stage = stage;
        this.outcome = outcome;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public UnitReport getReport() {
        return report;
    }

    public ReportVersion getVersion() {
        return version;
    }

    public Stage getStage() {
        return stage;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }
}
