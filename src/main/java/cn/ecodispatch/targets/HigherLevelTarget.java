package cn.ecodispatch.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
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

import cn.ecodispatch.catalog.Comparator;
import cn.ecodispatch.catalog.Indicator;
import cn.ecodispatch.shared.Period;

/**
 * What the higher level announced for an indicator the plan leaves at 达到上级考核要求, as the office recorded it:
 * a figure to judge the units' values by, or its own verdict (达标 / 未达标) on the indicator. A new announcement is
 * a new row; each applies from the month of its announcement on, the latest one winning.
 */
@Entity
@Table(name = "eco_higher_level_target")
public class HigherLevelTarget {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Enumerated(EnumType.STRING)
    private Comparator comparator;

    @Column(name = "target_value")
    private BigDecimal targetValue;

    @Column(name = "measure_unit")
    private String measureUnit;

    /** The higher level's own verdict, instead of a figure. */
    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    @Column(name = "source_document")
    private String sourceDocument;

    @Column(name = "announced_on")
    private LocalDate announcedOn;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected HigherLevelTarget() {
    }

    HigherLevelTarget(Indicator indicator, HigherLevelTargetRequest.Figure figure, String recordedBy,
            OffsetDateTime recordedAt) {
        this.indicator = indicator;
        this.comparator = figure.comparator();
        this.targetValue = figure.value();
        this.measureUnit = figure.unit();
        this.verdict = figure.verdict();
        this.sourceDocument = figure.source();
        this.announcedOn = figure.announcedOn();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The figure that applies in the month: the latest announced by the month's end, if any. */
    static Optional<HigherLevelTarget> applyingIn(Collection<HigherLevelTarget> figures, Period period) {
        LocalDate monthEnd = period.month().atEndOfMonth();
        return figures.stream().filter(f -> !f.announcedOn.isAfter(monthEnd))
                .max(java.util.Comparator.comparing(HigherLevelTarget::getAnnouncedOn)
                        .thenComparing(HigherLevelTarget::getRecordedAt));
    }

    /** As a target to judge by (none for a verdict); the deadline is the plan's, if it gives one. */
    Optional<Target> asTarget() {
        return verdict != null ? Optional.empty()
                : Optional.of(new Target(comparator, targetValue, indicator.getDeadline()));
    }

    Optional<Verdict> announcedVerdict() {
        return Optional.ofNullable(verdict);
    }

    /** e.g. ≤35微克/立方米, or 上级考核结论：已达标 */
    String figureLabel() {
        return verdict != null ? "上级考核结论：" + verdict.label()
                : comparator.symbol() + targetValue.stripTrailingZeros().toPlainString()
                        + (measureUnit == null ? "" : measureUnit);
    }

    /** e.g. 上级下达 ≤35微克/立方米（三门峡市攻坚办〔2022〕3号，2022年3月1日） */
    String label() {
        return (verdict != null ? "" : "上级下达 ") + figureLabel() + "（" + sourceDocument + "，"
                + announcedOn.format(DAY) + "）";
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public Comparator getComparator() {
        return comparator;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getMeasureUnit() {
        return measureUnit;
    }

    public String getSourceDocument() {
        return sourceDocument;
    }

    public LocalDate getAnnouncedOn() {
        return announcedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
