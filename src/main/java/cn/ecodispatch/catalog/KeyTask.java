package cn.ecodispatch.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** One of the plan's numbered key tasks (重点任务). */
@Entity
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = CatalogueCache.REGION)
@Table(name = "eco_key_task")
public class KeyTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private int number;

    @Column(name = "category_number")
    private int categoryNumber;

    private String title;

    @Column(name = "full_text")
    private String text;

    /** 牵头单位 as the plan names them, joined with 、. */
    @Column(name = "lead_text")
    private String leadText;

    /** 参与单位 as the plan names them (group phrases included), joined with 、. */
    @Column(name = "participant_text")
    private String participantText;

    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = CatalogueCache.REGION)
    @CollectionTable(name = "eco_key_task_unit", joinColumns = @JoinColumn(name = "key_task_id"))
    @OrderColumn(name = "position")
    private List<KeyTaskUnit> units = new ArrayList<>();

    protected KeyTask() {
    }

    public KeyTask(Plan plan, int number) {
        this.plan = plan;
        this.number = number;
    }

    void describe(int categoryNumber, String title, String text, String leadText, String participantText,
            List<Unit> leads, List<Unit> participants) {
        this.categoryNumber = categoryNumber;
        this.title = title;
        this.text = text;
        this.leadText = leadText;
        this.participantText = participantText;
        units.clear();
        leads.forEach(u -> units.add(new KeyTaskUnit(u, KeyTaskRole.LEAD)));
        participants.forEach(u -> units.add(new KeyTaskUnit(u, KeyTaskRole.PARTICIPANT)));
    }

    public List<Unit> unitsIn(KeyTaskRole role) {
        return units.stream().filter(u -> u.getRole() == role).map(KeyTaskUnit::getUnit).toList();
    }

    /** How the unit takes part in this task, if it does. */
    public Optional<KeyTaskRole> roleOf(Unit unit) {
        return units.stream().filter(u -> u.getUnit().getId().equals(unit.getId())).map(KeyTaskUnit::getRole).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public int getNumber() {
        return number;
    }

    public int getCategoryNumber() {
        return categoryNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public String getLeadText() {
        return leadText;
    }

    public String getParticipantText() {
        return participantText;
    }
}
