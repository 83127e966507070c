package cn.ecodispatch.report;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.ecodispatch.catalog.WorkItem;

/** What a unit reports on one of its work items in one report version. */
@Entity
@Table(name = "eco_report_item_entry")
public class ItemEntry extends ProgressEntry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "work_item_id")
    private WorkItem workItem;

    protected ItemEntry() {
    }

    ItemEntry(ReportVersion version, WorkItem workItem, Progress progress, String workDone, String problems) {
        super(version, progress, workDone, problems);
        this.workItem = workItem;
    }

    public WorkItem getWorkItem() {
        return workItem;
    }
}
