package cn.ecodispatch.report;

import java.time.OffsetDateTime;
import java.util.Optional;

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
import jakarta.persistence.Version;

import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;

/** A unit's report for one month; its contents are in {@link ReportVersion}s, every submitted one kept. */
@Entity
@Table(name = "eco_unit_report")
public class UnitReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private DispatchCycle cycle;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    @Column(name = "due_at")
    private OffsetDateTime dueAt;

    @Column(name = "first_submitted_at")
    private OffsetDateTime firstSubmittedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "return_count")
    private int returnCount;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    /** The version the leader signs and the office reviews, and the month's figures count; none before the first. */
    @Column(name = "latest_submitted_version_id")
    private Long latestSubmittedVersionId;

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected UnitReport() {
    }

    public UnitReport(DispatchCycle cycle, Unit unit, OffsetDateTime dueAt) {
        this.cycle = cycle;
        this.unit = unit;
        this.dueAt = dueAt;
        this.status = ReportStatus.DRAFTING;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void submitted(ReportVersion version, OffsetDateTime at) {
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
        latestSubmittedVersionId = version.getId();
        status = ReportStatus.AWAITING_SIGN_OFF;
    }

    void signedOff() {
        status = ReportStatus.UNDER_REVIEW;
    }

    void returnedToReporter(boolean byOffice) {
        status = ReportStatus.DRAFTING;
        if (byOffice) {
            returnCount++;
        }
    }

    void close(ReportStatus outcome, OffsetDateTime at) {
        status = outcome;
        closedAt = at;
    }

    /** Whether a version was ever submitted: until then the report has no decisions and no history. */
    public boolean wasEverSubmitted() {
        return firstSubmittedAt != null;
    }

    public Optional<Long> latestSubmittedVersionId() {
        return Optional.ofNullable(latestSubmittedVersionId);
    }

    /** Whole days between the due time and the first submission (or {@code asOf}, if never submitted). */
    public int daysLate(OffsetDateTime asOf) {
        OffsetDateTime reference = firstSubmittedAt != null ? firstSubmittedAt : asOf;
        if (!reference.isAfter(dueAt)) {
            return 0;
        }
        return (int) java.time.Duration.between(dueAt, reference).toDays() + 1;
    }

    public Long getId() {
        return id;
    }

    public DispatchCycle getCycle() {
        return cycle;
    }

    public Unit getUnit() {
        return unit;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public OffsetDateTime getDueAt() {
        return dueAt;
    }

    public OffsetDateTime getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public int getReturnCount() {
        return returnCount;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
