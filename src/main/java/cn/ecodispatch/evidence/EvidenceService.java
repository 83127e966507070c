package cn.ecodispatch.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.catalog.WorkItem;
import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.shared.NotFoundException;

/** Stores evidence files: photos, PDF and Excel, up to 20 MB each. */
@Service
@Transactional
public class EvidenceService {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.of(
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "pdf", "application/pdf",
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final EvidenceFileRepository files;
    private final Clock clock;

    EvidenceService(EvidenceFileRepository files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    public EvidenceFile store(UnitReport report, WorkItem workItem, Rectification rectification, String fileName,
            byte[] content, String user) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").trim();
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (name.isEmpty() || name.length() > 255) {
            throw new InvalidInputException("file", "文件名为空或过长");
        }
        if (type == null) {
            throw new InvalidInputException("file", "不支持的文件类型：" + name + "（可上传 jpg、png、pdf、xls、xlsx）");
        }
        if (content.length == 0) {
            throw new InvalidInputException("file", "文件为空：" + name);
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "文件超过 20MB：" + name);
        }
        return files.save(new EvidenceFile(report, workItem, rectification, name, type, content, user, clock.now()));
    }

    @Transactional(readOnly = true)
    public EvidenceFile file(long id) {
        return files.findById(id).orElseThrow(() -> new NotFoundException("文件不存在：" + id));
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> ofReport(UnitReport report) {
        return files.findByReportAndRectificationIsNullOrderById(report);
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> ofRectification(Rectification rectification) {
        return files.findByRectificationOrderById(rectification);
    }

    public void delete(EvidenceFile file) {
        files.delete(file);
    }
}
