package cn.ecodispatch.supervision;

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

import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.rectification.Rectification;

/** One decision of the supervision-measure table: its inputs, the version of the table, and the measure. */
@Entity
@Table(name = "eco_supervision_measure")
public class SupervisionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne
    @JoinColumn(name = "cycle_id")
    private DispatchCycle cycle;

    @ManyToOne
    @JoinColumn(name = "rectification_id")
    private Rectification rectification;

    @Enumerated(EnumType.STRING)
    private Measure measure;

    @Column(name = "days_late")
    private int daysLate;

    @Column(name = "return_count")
    private int returnCount;

    @Column(name = "failed_checks")
    private int failedChecks;

    @Column(name = "indicators_off_track")
    private int indicatorsOffTrack;

    @Column(name = "decision_version")
    private int decisionVersion;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    protected SupervisionRecord() {
    }

    SupervisionRecord(Unit unit, DispatchCycle cycle, Rectification rectification, Measure measure,
            SupervisionFacts facts, int decisionVersion, OffsetDateTime decidedAt) {
        this.unit = unit;
        this.cycle = cycle;
        this.rectification = rectification;
        this.measure = measure;
        this.daysLate = facts.daysLate();
        this.returnCount = facts.returnCount();
        this.failedChecks = facts.failedChecks();
        this.indicatorsOffTrack = facts.indicatorsOffTrack();
        this.decisionVersion = decisionVersion;
        this.decidedAt = decidedAt;
    }

    public Unit getUnit() {
        return unit;
    }

    public DispatchCycle getCycle() {
        return cycle;
    }

    public Rectification getRectification() {
        return rectification;
    }

    public Measure getMeasure() {
        return measure;
    }

    public SupervisionFacts facts() {
        return new SupervisionFacts(daysLate, returnCount, failedChecks, indicatorsOffTrack);
    }
}
