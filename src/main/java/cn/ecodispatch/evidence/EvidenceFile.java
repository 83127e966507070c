package cn.ecodispatch.evidence;

import java.time.OffsetDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.ecodispatch.catalog.WorkItem;
import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.report.UnitReport;

/**
 * A file a unit attached as evidence: to a work item of its monthly report, or to a rectification. Kept in the
 * database, so every node of a cluster serves it.
 */
@Entity
@Table(name = "eco_evidence_file")
public class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private UnitReport report;

    @ManyToOne
    @JoinColumn(name = "work_item_id")
    private WorkItem workItem;

    @ManyToOne
    @JoinColumn(name = "rectification_id")
    private Rectification rectification;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private OffsetDateTime uploadedAt;

    protected EvidenceFile() {
    }

    EvidenceFile(UnitReport report, WorkItem workItem, Rectification rectification, String fileName,
            String contentType, byte[] content, String uploadedBy, OffsetDateTime uploadedAt) {
        this.report = report;
        this.workItem = workItem;
        this.rectification = rectification;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public UnitReport getReport() {
        return report;
    }

    public WorkItem getWorkItem() {
        return workItem;
    }

    public Rectification getRectification() {
        return rectification;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
