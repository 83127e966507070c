package cn.ecodispatch.catalog;

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

/** One row of an annex list: 序号, 工作任务, 具体要求, and the units that carry it. */
@Entity
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = CatalogueCache.REGION)
@Table(name = "eco_work_item")
public class WorkItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_kind")
    private ListKind listKind;

    /** The unit whose Annex 2 list this is; null for Annex 1. */
    @ManyToOne
    @JoinColumn(name = "owner_unit_id")
    private Unit owner;

    @Column(name = "list_key")
    private String listKey;

    private int number;

    private String task;

    private String requirement;

    @ManyToMany
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = CatalogueCache.REGION)
    @JoinTable(name = "eco_work_item_unit", joinColumns = @JoinColumn(name = "work_item_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @OrderBy("id")
    private Set<Unit> units = new LinkedHashSet<>();

    protected WorkItem() {
    }

    public WorkItem(Plan plan, ListKind listKind, Unit owner, String listKey, int number) {
        this.plan = plan;
        this.listKind = listKind;
        this.owner = owner;
        this.listKey = listKey;
        this.number = number;
    }

    void describe(String task, String requirement, Set<Unit> carriedBy) {
        this.task = task;
        this.requirement = requirement;
        this.units.clear();
        this.units.addAll(carriedBy);
    }

    public Long getId() {
        return id;
    }

    public ListKind getListKind() {
        return listKind;
    }

    public Unit getOwner() {
        return owner;
    }

    public String getListKey() {
        return listKey;
    }

    public int getNumber() {
        return number;
    }

    public String getTask() {
        return task;
    }

    public String getRequirement() {
        return requirement;
    }

    public List<Unit> getUnits() {
        return List.copyOf(units);
    }
}
