package cn.ecodispatch.catalog;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** A township or district unit. Its code is also the id of its Camunda group. */
@Entity
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = CatalogueCache.REGION)
@Table(name = "eco_unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    /** 镇 or 乡 for a township, else null. */
    @Column(name = "town_kind")
    private String townKind;

    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = CatalogueCache.REGION)
    @CollectionTable(name = "eco_unit_alias", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "alias")
    private List<String> aliases = new ArrayList<>();

    protected Unit() {
    }

    public Unit(String code) {
        this.code = code;
    }

    void describe(String name, UnitKind kind, String townKind, List<String> aliases) {
        this.name = name;
        this.kind = kind;
        this.townKind = townKind;
        this.aliases.clear();
        this.aliases.addAll(aliases);
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

    public UnitKind getKind() {
        return kind;
    }

    public String getTownKind() {
        return townKind;
    }

    public List<String> getAliases() {
        return List.copyOf(aliases);
    }
}
