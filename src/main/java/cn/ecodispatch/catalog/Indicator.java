package cn.ecodispatch.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A quantitative target stated in the plan, one per place it is stated. A target that only says
 * 达到上级考核要求 has no number and is flagged {@link #isHigherLevelTarget()}. Targets the plan states in several
 * places for the same measured quantity point to the first of them ({@link #getSameAs()}): a unit reports that
 * quantity once, and each target is judged on its own.
 */
@Entity
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = CatalogueCache.REGION)
@Table(name = "eco_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private Comparator comparator;

    @Column(name = "target_value")
    private BigDecimal targetValue;

    @Column(name = "measure_unit")
    private String measureUnit;

    private LocalDate deadline;

    @Column(name = "deadline_text")
    private String deadlineText;

    @Column(name = "higher_level_target")
    private boolean higherLevelTarget;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_key_task_id")
    private KeyTask sourceKeyTask;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_work_item_id")
    private WorkItem sourceWorkItem;

    @Column(name = "source_text")
    private String sourceText;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "same_as_indicator_id")
    private Indicator sameAs;

    @ManyToMany
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = CatalogueCache.REGION)
    @JoinTable(name = "eco_indicator_unit", joinColumns = @JoinColumn(name = "indicator_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @OrderBy("id")
    private Set<Unit> responsibleUnits = new LinkedHashSet<>();

    protected Indicator() {
    }

    public Indicator(Plan plan, String code) {
        this.plan = plan;
        this.code = code;
    }

    void describe(CatalogData.IndicatorEntry entry, KeyTask keyTask, WorkItem workItem, Set<Unit> responsible) {
        this.name = entry.name();
        this.higherLevelTarget = entry.isHigherLevelTarget();
        this.comparator = entry.comparator() == null ? null : Comparator.ofSymbol(entry.comparator());
        this.targetValue = entry.target();
        this.measureUnit = entry.unit();
        this.deadline = entry.deadline();
        this.deadlineText = entry.deadlineText();
        this.sourceKeyTask = keyTask;
        this.sourceWorkItem = workItem;
        this.sourceText = entry.sourceText();
        this.responsibleUnits.clear();
        this.responsibleUnits.addAll(responsible);
    }

    /** The target as the plan states it, e.g. ≥95%，2022年底前, or 达到上级考核要求. */
    public String targetLabel() {
        String target = higherLevelTarget ? "达到上级考核要求"
                : comparator.symbol() + targetValue.stripTrailingZeros().toPlainString()
                        + (measureUnit == null ? "" : measureUnit);
        return deadlineText == null ? target : target + "，" + deadlineText;
    }

    /** Marks this indicator as measuring the same quantity as {@code first}, or as its own ({@code null}). */
    void measureAs(Indicator first) {
        this.sameAs = first;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Comparator getComparator() {
        return comparator;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getMeasureUnit() {
        return measureUnit;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getDeadlineText() {
        return deadlineText;
    }

    public boolean isHigherLevelTarget() {
        return higherLevelTarget;
    }

    public KeyTask getSourceKeyTask() {
        return sourceKeyTask;
    }

    public WorkItem getSourceWorkItem() {
        return sourceWorkItem;
    }

    public String getSourceText() {
        return sourceText;
    }

    /** The indicator stated first for the quantity this one measures, or null if this is the first (or the only). */
    public Indicator getSameAs() {
        return sameAs;
    }

    /** The indicator that stands for the measured quantity: the first one stated for it, possibly this one. */
    public Indicator measure() {
        return sameAs == null ? this : sameAs;
    }

    public List<Unit> getResponsibleUnits() {
        return List.copyOf(responsibleUnits);
    }
}
