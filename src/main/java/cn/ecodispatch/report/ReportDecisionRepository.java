package cn.ecodispatch.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportDecisionRepository extends JpaRepository<ReportDecision, Long> {

    List<ReportDecision> findByReportOrderById(UnitReport report);

    Optional<ReportDecision> findFirstByReportOrderByIdDesc(UnitReport report);
}
