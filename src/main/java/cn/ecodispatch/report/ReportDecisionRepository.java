package cn.ecodispatch.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.ecodispatch.shared.ReadWithoutFlush;

/** Decisions are only ever inserted, and written at once (the database gives their ids): no flush before reading. */
interface ReportDecisionRepository extends JpaRepository<ReportDecision, Long> {

    @ReadWithoutFlush
    List<ReportDecision> findByReportOrderById(UnitReport report);

    @ReadWithoutFlush
    Optional<ReportDecision> findFirstByReportOrderByIdDesc(UnitReport report);
}
