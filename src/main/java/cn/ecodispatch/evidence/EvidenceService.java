package cn.ecodispatch.evidence;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.catalog.WorkItem;
import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.shared.NotFoundException;

/** Stores evidence files: photos, PDF and Excel, up to 20 MB each, whose content is what their name says. */
@Service
@Transactional
public class EvidenceService {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final EvidenceFileRepository files;
    private final Clock clock;

    EvidenceService(EvidenceFileRepository files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    public EvidenceFile store(UnitReport report, WorkItem workItem, Rectification rectification, String fileName,
            byte[] content, String user) {
        String name = EvidenceFileName.of(fileName);
        EvidenceType type = EvidenceType.ofFileName(name).orElseThrow(() -> new InvalidInputException("file",
                "不支持的文件类型：" + name + "（可上传 " + EvidenceType.ALLOWED + "）"));
        if (content.length == 0) {
            throw new InvalidInputException("file", "文件为空：" + name);
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "文件超过 20MB：" + name);
        }
        if (!type.isContentOf(content)) {
            throw new InvalidInputException("file", "文件内容与扩展名不符：" + name + " 不是 " + type.label() + " 文件");
        }
        return files.save(new EvidenceFile(report, workItem, rectification, name, type.contentType(), content, user,
                clock.now()));
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
