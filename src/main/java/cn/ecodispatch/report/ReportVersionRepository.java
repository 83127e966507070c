package cn.ecodispatch.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportVersionRepository extends JpaRepository<ReportVersion, Long> {

    List<ReportVersion> findByReportOrderByVersionNo(UnitReport report);

    Optional<ReportVersion> findFirstByReportAndStateOrderByVersionNoDesc(UnitReport report, ReportVersion.State state);
}
