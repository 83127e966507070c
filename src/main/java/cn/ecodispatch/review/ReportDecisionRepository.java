package cn.ecodispatch.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.ecodispatch.report.UnitReport;

public interface ReportDecisionRepository extends JpaRepository<ReportDecision, Long> {

    List<ReportDecision> findByReportOrderById(UnitReport report);

    Optional<ReportDecision> findFirstByReportOrderByIdDesc(UnitReport report);
}
