package cn.ecodispatch.bulletin;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.ecodispatch.catalog.DocumentNumbers.DocumentNumber;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.shared.ConflictException;
import cn.ecodispatch.shared.Labelled;

/**
 * One version of a month's bulletin (月度通报): its text and the units' figures in ranking order. A draft is edited
 * and approved; once published it has its number and never changes again — a correction is a new version.
 */
@Entity
@Table(name = "eco_bulletin")
public class Bulletin {

    public enum Status implements Labelled {
        DRAFT,
        PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private DispatchCycle cycle;

    @Column(name = "version_no")
    private int versionNo;

    @ManyToOne
    @JoinColumn(name = "corrects_id")
    private Bulletin corrects;

    @Column(name = "correction_reason")
    private String correctionReason;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String title;

    private String body;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "edited_by")
    private String editedBy;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "number_year")
    private Integer numberYear;

    @Column(name = "number_in_year")
    private Integer numberInYear;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "compiled_at")
    private OffsetDateTime compiledAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    /** Always needed with the bulletin (text, table, downloads), and a few dozen rows: loaded with it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "eco_bulletin_unit", joinColumns = @JoinColumn(name = "bulletin_id"))
    @OrderColumn(name = "position")
    private List<UnitFigures> units = new ArrayList<>();

    /** Read with the bulletin's text and downloads only: lazy, so that the list of bulletins stays light. */
    @ElementCollection
    @CollectionTable(name = "eco_bulletin_key_task", joinColumns = @JoinColumn(name = "bulletin_id"))
    @OrderColumn(name = "position")
    private List<KeyTaskFigures> keyTasks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "eco_bulletin_indicator", joinColumns = @JoinColumn(name = "bulletin_id"))
    @OrderColumn(name = "position")
    private List<IndicatorFigures> indicators = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected Bulletin() {
    }

    /** A first draft compiled for the month; {@code units} in ranking order. */
    Bulletin(DispatchCycle cycle, String title, String body, MonthFigures.Compiled figures, OffsetDateTime compiledAt) {
        this.cycle = cycle;
        this.versionNo = 1;
        this.status = Status.DRAFT;
        this.title = title;
        this.body = body;
        this.units.addAll(figures.units());
        this.keyTasks.addAll(figures.keyTasks());
        this.indicators.addAll(figures.indicators());
        this.compiledAt = compiledAt;
    }

    /**
     * A new draft version that corrects this published one; the figures are carried over as they were. They are
     * values that never change once compiled, so the new version's rows are written from the same objects.
     */
    Bulletin correction(int versionNo, String reason, OffsetDateTime at) {
        if (status != Status.PUBLISHED) {
            throw new ConflictException("只能更正已发布的通报");
        }
        Bulletin correction = new Bulletin(cycle, title + "（更正）",
                "更正说明：本通报更正" + documentNumber + "，更正原因：" + reason + "\n\n" + body,
                new MonthFigures.Compiled(List.copyOf(units), List.copyOf(keyTasks), List.copyOf(indicators)), at);
        correction.versionNo = versionNo;
        correction.corrects = this;
        correction.correctionReason = reason;
        return correction;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void edit(String body, String user) {
        checkDraft();
        this.body = body;
        this.editedBy = user;
    }

    void returnForEditing(String reason) {
        checkDraft();
        this.returnReason = reason;
    }

    void approve(String user) {
        checkDraft();
        this.approvedBy = user;
    }

    void publish(DocumentNumber number, OffsetDateTime at) {
        checkDraft();
        this.numberYear = number.year();
        this.numberInYear = number.numberInYear();
        this.documentNumber = number.text();
        this.publishedAt = at;
        this.status = Status.PUBLISHED;
    }

    private void checkDraft() {
        if (status != Status.DRAFT) {
            throw new ConflictException("通报" + documentNumber + "已发布，不能再修改；如需更正请发布更正版本");
        }
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public DispatchCycle getCycle() {
        return cycle;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public Bulletin getCorrects() {
        return corrects;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public Status getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public OffsetDateTime getCompiledAt() {
        return compiledAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    /** Every key task of the plan, in the plan's order. */
    public List<KeyTaskFigures> getKeyTasks() {
        return List.copyOf(keyTasks);
    }

    /** Every indicator of the plan, in the catalogue's order. */
    public List<IndicatorFigures> getIndicators() {
        return List.copyOf(indicators);
    }

    /** The units' figures in ranking order. */
    public List<UnitFigures> getUnits() {
        return List.copyOf(units);
    }
}
