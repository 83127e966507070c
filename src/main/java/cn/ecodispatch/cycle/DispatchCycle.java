package cn.ecodispatch.cycle;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.ecodispatch.shared.Labelled;
import cn.ecodispatch.shared.Period;

/**
 * One month's dispatch cycle; the database allows one per period. Every feature's record of the month points here;
 * only {@code dispatch}, which runs the month, changes its state.
 */
@Entity
@Table(name = "eco_dispatch_cycle")
public class DispatchCycle {

    public enum Status implements Labelled { OPEN, COMPILED, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String period;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "report_due_at")
    private OffsetDateTime reportDueAt;

    @Column(name = "closing_at")
    private OffsetDateTime closingAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "compiled_at")
    private OffsetDateTime compiledAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    /** How many units the month's reports go to; null for cycles opened before reports went out in batches. */
    @Column(name = "reporting_units")
    private Integer reportingUnits;

    protected DispatchCycle() {
    }

    public DispatchCycle(Period period, String startedBy, OffsetDateTime startedAt, OffsetDateTime reportDueAt,
            OffsetDateTime closingAt, String processInstanceId) {
        this.period = period.toString();
        this.status = Status.OPEN;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.reportDueAt = reportDueAt;
        this.closingAt = closingAt;
        this.processInstanceId = processInstanceId;
    }

    public void sendTo(int units) {
        this.reportingUnits = units;
    }

    public void markCompiled(OffsetDateTime at) {
        this.status = Status.COMPILED;
        this.compiledAt = at;
    }

    public void close(OffsetDateTime at) {
        this.status = Status.CLOSED;
        this.closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Period getPeriod() {
        return Period.parse(period);
    }

    public Status getStatus() {
        return status;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public OffsetDateTime getReportDueAt() {
        return reportDueAt;
    }

    public OffsetDateTime getClosingAt() {
        return closingAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Optional<Integer> getReportingUnits() {
        return Optional.ofNullable(reportingUnits);
    }
}
