package cn.ecodispatch.report;

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

import cn.ecodispatch.catalog.WorkItem;

/** What a unit reports on one of its work items in one report version. */
@Entity
@Table(name = "eco_report_item_entry")
public class ItemEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    private ReportVersion version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "work_item_id")
    private WorkItem workItem;

    @Enumerated(EnumType.STRING)
    private Progress progress;

    @Column(name = "work_done")
    private String workDone;

    private String problems;

    protected ItemEntry() {
    }

    ItemEntry(ReportVersion version, WorkItem workItem, Progress progress, String workDone, String problems) {
        this.version = version;
        this.workItem = workItem;
        this.progress = progress;
        this.workDone = workDone;
        this.problems = problems;
    }

    void update(Progress progress, String workDone, String problems) {
        this.progress = progress;
        this.workDone = workDone;
        this.problems = problems;
    }

    public WorkItem getWorkItem() {
        return workItem;
    }

    public Progress getProgress() {
        return progress;
    }

    public String getWorkDone() {
        return workDone;
    }

    public String getProblems() {
        return problems;
    }
}
