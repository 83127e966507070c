package cn.ecodispatch.accountability;

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

import cn.ecodispatch.catalog.DocumentNumbers.DocumentNumber;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.shared.Labelled;

/** An accountability case against a unit: the trigger, the office's proposal, the organisation department's decision. */
@Entity
@Table(name = "eco_accountability_case")
public class AccountabilityCase {

    public enum Status implements Labelled {
        OPENED,
        PROPOSED,
        DECIDED,
        ACKNOWLEDGED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne
    @JoinColumn(name = "rectification_id")
    private Rectification rectification;

    @ManyToOne
    @JoinColumn(name = "cycle_id")
    private DispatchCycle cycle;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "trigger_summary")
    private String triggerSummary;

    private String facts;

    @Column(name = "suggested_measure")
    private String suggestedMeasure;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "proposed_at")
    private OffsetDateTime proposedAt;

    private String decision;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "decision_number")
    private String decisionNumber;

    @Column(name = "number_year")
    private Integer numberYear;

    @Column(name = "number_in_year")
    private Integer numberInYear;

    protected AccountabilityCase() {
    }

    AccountabilityCase(Unit unit, DispatchCycle cycle, Rectification rectification, String triggerSummary,
            OffsetDateTime openedAt) {
        this.unit = unit;
        this.cycle = cycle;
        this.rectification = rectification;
        this.triggerSummary = triggerSummary;
        this.openedAt = openedAt;
        this.status = Status.OPENED;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void propose(String facts, String measure, String user, OffsetDateTime at) {
        this.facts = facts;
        this.suggestedMeasure = measure;
        this.proposedBy = user;
        this.proposedAt = at;
        this.status = Status.PROPOSED;
    }

    void decide(DocumentNumber number, String decision, String reason, String user, OffsetDateTime at) {
        this.decisionNumber = number.text();
        this.numberYear = number.year();
        this.numberInYear = number.numberInYear();
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedBy = user;
        this.decidedAt = at;
        this.status = Status.DECIDED;
    }

    void acknowledge(String user, OffsetDateTime at) {
        this.acknowledgedBy = user;
        this.acknowledgedAt = at;
        this.status = Status.ACKNOWLEDGED;
    }

    public Long getId() {
        return id;
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

    public Status getStatus() {
        return status;
    }

    public String getTriggerSummary() {
        return triggerSummary;
    }

    public String getFacts() {
        return facts;
    }

    public String getSuggestedMeasure() {
        return suggestedMeasure;
    }

    public String getDecision() {
        return decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    /** The decision's number (陕组问〔2044〕1号); null before the decision, and for decisions before numbering. */
    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public OffsetDateTime getProposedAt() {
        return proposedAt;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public OffsetDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
