package cn.ecodispatch.dispatch;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;

/** An on-site inspection (现场检查) of a unit, ordered in a month's consultation. */
@Entity
@Table(name = "eco_inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private DispatchCycle cycle;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "ordered_by")
    private String orderedBy;

    @Column(name = "ordered_at")
    private OffsetDateTime orderedAt;

    protected Inspection() {
    }

    Inspection(DispatchCycle cycle, Unit unit, String orderedBy, OffsetDateTime orderedAt) {
        this.cycle = cycle;
        this.unit = unit;
        this.orderedBy = orderedBy;
        this.orderedAt = orderedAt;
    }

    public Unit getUnit() {
        return unit;
    }
}
