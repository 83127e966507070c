package cn.ecodispatch.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A unit named as lead or participating unit of a key task. */
@Embeddable
public class KeyTaskUnit {

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KeyTaskRole role;

    protected KeyTaskUnit() {
    }

    public KeyTaskUnit(Unit unit, KeyTaskRole role) {
        this.unit = unit;
        this.role = role;
    }

    public Unit getUnit() {
        return unit;
    }

    public KeyTaskRole getRole() {
        return role;
    }
}
