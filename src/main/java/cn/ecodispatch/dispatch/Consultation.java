package cn.ecodispatch.dispatch;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.shared.Labelled;

/** The director's consultation (会商研判) of a month: the confirmed problems and the units named in the bulletin. */
@Entity
@Table(name = "eco_consultation")
public class Consultation {

    public enum MentionKind implements Labelled {
        COMMEND,
        CRITICIZE
    }

    @Embeddable
    public static class Mention {
        @ManyToOne(optional = false)
        @JoinColumn(name = "unit_id")
        private Unit unit;

        @Enumerated(EnumType.STRING)
        private MentionKind kind;

        protected Mention() {
        }

        Mention(Unit unit, MentionKind kind) {
            this.unit = unit;
            this.kind = kind;
        }

        public Unit getUnit() {
            return unit;
        }

        public MentionKind getKind() {
            return kind;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private DispatchCycle cycle;

    private String problems;

    private String remarks;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @ElementCollection
    @CollectionTable(name = "eco_consultation_mention", joinColumns = @JoinColumn(name = "consultation_id"))
    private List<Mention> mentions = new ArrayList<>();

    protected Consultation() {
    }

    Consultation(DispatchCycle cycle, String problems, String remarks, String decidedBy, OffsetDateTime decidedAt) {
        this.cycle = cycle;
        this.problems = problems;
        this.remarks = remarks;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    void mention(List<Unit> units, MentionKind kind) {
        units.forEach(u -> mentions.add(new Mention(u, kind)));
    }

    public String getProblems() {
        return problems;
    }

    public String getRemarks() {
        return remarks;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public List<Unit> mentioned(MentionKind kind) {
        return mentions.stream().filter(m -> m.getKind() == kind).map(Mention::getUnit).toList();
    }
}
