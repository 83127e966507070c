package cn.ecodispatch.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.catalog.UnitWork;

/**
 * One version of a unit's monthly report. The reporter edits the DRAFT; submitting freezes it; a return starts
 * a new DRAFT copied from it, so every submitted version stays as it was. The first draft has no rows until the unit
 * first saves it: opening a month writes a report and an empty draft per unit, not the ~70 rows of each unit's work
 * items, key tasks and indicators; until then the draft shows an empty row for each ({@link #showBlankRows}).
 */
@Entity
@Table(name = "eco_report_version")
public class ReportVersion {

    public enum State { DRAFT, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private UnitReport report;

    @Column(name = "version_no")
    private int versionNo;

    @Enumerated(EnumType.STRING)
    private State state;

    private String summary;

    private String difficulties;

    @Column(name = "next_month_plan")
    private String nextMonthPlan;

    @Column(name = "saved_by")
    private String savedBy;

    @Column(name = "saved_at")
    private OffsetDateTime savedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ItemEntry> items = new ArrayList<>();

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<KeyTaskEntry> keyTasks = new ArrayList<>();

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<IndicatorValue> indicatorValues = new ArrayList<>();

    /** The rows a first draft shows until it is first saved; not stored. */
    @Transient
    private Rows blankRows;

    private record Rows(List<ItemEntry> items, List<KeyTaskEntry> keyTasks, List<IndicatorValue> indicatorValues) {
    }

    protected ReportVersion() {
    }

    ReportVersion(UnitReport report, int versionNo) {
        this.report = report;
        this.versionNo = versionNo;
        this.state = State.DRAFT;
    }

    /** A new draft that starts from this version's contents. */
    ReportVersion nextDraft() {
        ReportVersion draft = new ReportVersion(report, versionNo + 1);
        draft.summary = summary;
        draft.difficulties = difficulties;
        draft.nextMonthPlan = nextMonthPlan;
        items.forEach(i -> draft.items.add(new ItemEntry(draft, i.getWorkItem(), i.getProgress(), i.getWorkDone(),
                i.getProblems())));
        keyTasks.forEach(k -> draft.keyTasks.add(new KeyTaskEntry(draft, k.getKeyTask(), k.getRole(), k.getProgress(),
                k.getWorkDone(), k.getProblems())));
        indicatorValues.forEach(v -> draft.indicatorValues.add(new IndicatorValue(draft, v.getIndicator(), v.getValue())));
        return draft;
    }

    void replaceContents(ReportContents contents, String user, OffsetDateTime at) {
        if (state != State.DRAFT) {
            throw new IllegalStateException("已提交的报送版本不能修改");
        }
        summary = contents.summary();
        difficulties = contents.difficulties();
        nextMonthPlan = contents.nextMonthPlan();
        // Rows are updated in place: deleting and re-inserting would collide with the unique keys at flush.
        for (ReportContents.Item item : contents.items()) {
            items.stream().filter(e -> e.getWorkItem().equals(item.workItem())).findFirst().ifPresentOrElse(
                    e -> e.update(item.progress(), item.workDone(), item.problems()),
                    () -> items.add(new ItemEntry(this, item.workItem(), item.progress(), item.workDone(), item.problems())));
        }
        for (ReportContents.KeyTaskWork work : contents.keyTasks()) {
            keyTasks.stream().filter(e -> e.getKeyTask().equals(work.keyTask())).findFirst().ifPresentOrElse(
                    e -> e.update(work.progress(), work.workDone(), work.problems()),
                    () -> keyTasks.add(new KeyTaskEntry(this, work.keyTask(), work.role(), work.progress(),
                            work.workDone(), work.problems())));
        }
        for (ReportContents.IndicatorEntry entry : contents.indicators()) {
            indicatorValues.stream().filter(v -> v.getIndicator().equals(entry.indicator())).findFirst().ifPresentOrElse(
                    v -> v.update(entry.value()),
                    () -> indicatorValues.add(new IndicatorValue(this, entry.indicator(), entry.value())));
        }
        savedBy = user;
        savedAt = at;
        blankRows = null;
    }

    /** Whether this is a draft with no rows of its own yet (a first draft not saved since its month opened). */
    boolean needsBlankRows() {
        return state == State.DRAFT && blankRows == null && items.isEmpty() && keyTasks.isEmpty()
                && indicatorValues.isEmpty();
    }

    /** Shows, until the first save, an empty row for each of the unit's work items, key tasks and indicators. */
    void showBlankRows(Unit unit, UnitWork work) {
        blankRows = new Rows(
                work.workItems().stream().map(w -> new ItemEntry(this, w, null, null, null)).toList(),
                work.keyTasks().stream().map(t -> new KeyTaskEntry(this, t, t.roleOf(unit).orElseThrow(), null, null,
                        null)).toList(),
                work.indicators().stream().map(i -> new IndicatorValue(this, i, null)).toList());
    }

    void submit(String user, OffsetDateTime at) {
        state = State.SUBMITTED;
        submittedBy = user;
        submittedAt = at;
    }

    public Long getId() {
        return id;
    }

    public UnitReport getReport() {
        return report;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public State getState() {
        return state;
    }

    public String getSummary() {
        return summary;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public String getNextMonthPlan() {
        return nextMonthPlan;
    }

    /** Who last saved this version's contents (draft or submission). */
    public String getSavedBy() {
        return savedBy;
    }

    public OffsetDateTime getSavedAt() {
        return savedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public List<ItemEntry> getItems() {
        return blankRows == null ? List.copyOf(items) : blankRows.items();
    }

    public List<KeyTaskEntry> getKeyTasks() {
        return blankRows == null ? List.copyOf(keyTasks) : blankRows.keyTasks();
    }

    public List<IndicatorValue> getIndicatorValues() {
        return blankRows == null ? List.copyOf(indicatorValues) : blankRows.indicatorValues();
    }
}
