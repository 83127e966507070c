package cn.ecodispatch.report;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** What a report version says about one piece of the unit's work: progress, the work done and problems. */
@MappedSuperclass
abstract class ProgressEntry {

    /** From the table's sequence in blocks, so that a version's rows are written in batches ({@link PooledRowIds}). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    private ReportVersion version;

    @Enumerated(EnumType.STRING)
    private Progress progress;

    @Column(name = "work_done")
    private String workDone;

    private String problems;

    protected ProgressEntry() {
    }

    protected ProgressEntry(ReportVersion version, Progress progress, String workDone, String problems) {
        this.version = version;
        update(progress, workDone, problems);
    }

    void update(Progress progress, String workDone, String problems) {
        this.progress = progress;
        this.workDone = workDone;
        this.problems = problems;
    }

    public ReportVersion getVersion() {
        return version;
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
