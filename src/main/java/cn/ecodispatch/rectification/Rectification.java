package cn.ecodispatch.rectification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.ecodispatch.shared.Labelled;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import cn.ecodispatch.catalog.DocumentNumbers.DocumentNumber;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.shared.Zones;

/** A problem the office found in a unit's report, its requirement and deadline, and every round of rectification. */
@Entity
@Table(name = "eco_rectification")
public class Rectification {

    public enum Status implements Labelled {
        NEW,
        ISSUED,
        REPORTED,
        PASSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private UnitReport report;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    private String problem;

    private String requirement;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "notice_number")
    private String noticeNumber;

    @Column(name = "number_year")
    private Integer numberYear;

    @Column(name = "number_in_year")
    private Integer numberInYear;

    @Column(name = "failed_checks")
    private int failedChecks;

    private boolean overdue;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @OneToMany(mappedBy = "rectification", cascade = CascadeType.ALL)
    @OrderBy("roundNo")
    private List<RectificationRound> rounds = new ArrayList<>();

    protected Rectification() {
    }

    Rectification(UnitReport report, String problem, String requirement, LocalDate deadline, String issuedBy,
            OffsetDateTime issuedAt) {
        this.report = report;
        this.unit = report.getUnit();
        this.problem = problem;
        this.requirement = requirement;
        this.deadline = deadline;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.status = Status.NEW;
    }

    void issue(DocumentNumber number, OffsetDateTime at) {
        if (status != Status.NEW) {
            throw new IllegalStateException("整改事项 " + id + " 的通知已下发");
        }
        status = Status.ISSUED;
        issuedAt = at;
        noticeNumber = number.text();
        numberYear = number.year();
        numberInYear = number.numberInYear();
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void reportAction(String actionTaken, String user, OffsetDateTime at) {
        rounds.add(new RectificationRound(this, rounds.size() + 1, actionTaken, user, at));
        status = Status.REPORTED;
    }

    void verify(boolean passed, String opinion, String user, OffsetDateTime at) {
        currentRound().verify(passed, opinion, user, at);
        if (passed) {
            status = Status.PASSED;
        } else {
            failedChecks++;
            status = Status.ISSUED;
        }
    }

    void close(OffsetDateTime at) {
        if (status != Status.PASSED) {
            throw new IllegalStateException("整改事项 " + id + " 尚未核验通过，不能销号");
        }
        closedAt = at;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    void markOverdue() {
        overdue = true;
    }

    RectificationRound currentRound() {
        if (rounds.isEmpty()) {
            throw new IllegalStateException("整改 " + id + " 尚未报告整改情况");
        }
        return rounds.get(rounds.size() - 1);
    }

    /** The end of the deadline day, Shanghai time: when the reminder timer fires. */
    public OffsetDateTime deadlineEnd() {
        return deadline.plusDays(1).atStartOfDay(Zones.SHANGHAI).toOffsetDateTime();
    }

    /** Whole days the last report came after the deadline (0 if on time or not yet reported). */
    public int daysOverdue() {
        if (rounds.isEmpty()) {
            return overdue ? 1 : 0;
        }
        OffsetDateTime reported = currentRound().getReportedAt();
        return reported.isAfter(deadlineEnd())
                ? (int) java.time.Duration.between(deadlineEnd(), reported).toDays() + 1 : 0;
    }

    public Long getId() {
        return id;
    }

    public UnitReport getReport() {
        return report;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getProblem() {
        return problem;
    }

    /** The notice's number (陕创办整〔2044〕3号); null before it is issued, and for notices issued before numbering. */
    public String getNoticeNumber() {
        return noticeNumber;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getRequirement() {
        return requirement;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Status getStatus() {
        return status;
    }

    public int getFailedChecks() {
        return failedChecks;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public List<RectificationRound> getRounds() {
        return List.copyOf(rounds);
    }
}
