package cn.ecodispatch.supervision;

import java.time.OffsetDateTime;

import cn.ecodispatch.shared.Labelled;

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
import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.report.UnitReport;

/** A reminder letter (提示函) issued to a unit. */
@Entity
@Table(name = "eco_reminder_letter")
public class ReminderLetter {

    public enum Reason implements Labelled {
        REPORT_OVERDUE,
        RECTIFICATION_OVERDUE,
        SUPERVISION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "letter_number")
    private String letterNumber;

    @Column(name = "number_year")
    private Integer numberYear;

    @Column(name = "number_in_year")
    private Integer numberInYear;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    private Reason reason;

    @ManyToOne
    @JoinColumn(name = "report_id")
    private UnitReport report;

    @ManyToOne
    @JoinColumn(name = "rectification_id")
    private Rectification rectification;

    private String content;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    protected ReminderLetter() {
    }

    ReminderLetter(DocumentNumber number, Unit unit, Reason reason, UnitReport report, Rectification rectification,
            String content, OffsetDateTime issuedAt) {
        this.letterNumber = number.text();
        this.numberYear = number.year();
        this.numberInYear = number.numberInYear();
        this.unit = unit;
        this.reason = reason;
        this.report = report;
        this.rectification = rectification;
        this.content = content;
        this.issuedAt = issuedAt;
    }

    public Long getId() {
        return id;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public Unit getUnit() {
        return unit;
    }

    public Reason getReason() {
        return reason;
    }

    public UnitReport getReport() {
        return report;
    }

    public Rectification getRectification() {
        return rectification;
    }

    public String getContent() {
        return content;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }
}
