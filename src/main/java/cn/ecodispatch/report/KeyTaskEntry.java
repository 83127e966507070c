package cn.ecodispatch.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.ecodispatch.catalog.KeyTask;
import cn.ecodispatch.catalog.KeyTaskRole;

/**
 * What a unit reports on a key task in one report version: as lead unit how the task stands, as participating
 * unit its contribution.
 */
@Entity
@Table(name = "eco_report_key_task_entry")
public class KeyTaskEntry extends ProgressEntry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "key_task_id")
    private KeyTask keyTask;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KeyTaskRole role;

    protected KeyTaskEntry() {
    }

    KeyTaskEntry(ReportVersion version, KeyTask keyTask, KeyTaskRole role, Progress progress, String workDone,
            String problems) {
        super(version, progress, workDone, problems);
        this.keyTask = keyTask;
        this.role = role;
    }

    public KeyTask getKeyTask() {
        return keyTask;
    }

    public KeyTaskRole getRole() {
        return role;
    }

    public boolean isLead() {
        return role == KeyTaskRole.LEAD;
    }
}
