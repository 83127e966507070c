package cn.ecodispatch.evidence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.report.UnitReport;

public interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

    List<EvidenceFile> findByReportAndRectificationIsNullOrderById(UnitReport report);

    List<EvidenceFile> findByRectificationOrderById(Rectification rectification);
}
