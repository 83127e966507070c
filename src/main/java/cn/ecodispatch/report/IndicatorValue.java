package cn.ecodispatch.report;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.ecodispatch.catalog.Indicator;

/** This month's value of one of the unit's indicators, in one report version. */
@Entity
@Table(name = "eco_report_indicator_value")
public class IndicatorValue {

    /** From the table's sequence in blocks, so that a version's rows are written in batches ({@link PooledRowIds}). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    private ReportVersion version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(name = "reported_value")
    private BigDecimal value;

    protected IndicatorValue() {
    }

    IndicatorValue(ReportVersion version, Indicator indicator, BigDecimal value) {
        this.version = version;
        this.indicator = indicator;
        this.value = value;
    }

    void update(BigDecimal value) {
        this.value = value;
    }

    public ReportVersion getVersion() {
        return version;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public BigDecimal getValue() {
        return value;
    }
}
