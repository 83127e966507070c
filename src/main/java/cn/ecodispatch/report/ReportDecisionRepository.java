package cn.ecodispatch.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.ecodispatch.shared.ReadWithoutFlush;

/**
 * Decisions are only ever inserted, and written at once (the database gives their ids): no flush before reading. In
 * JPQL, whose translation Hibernate keeps, as {@link ReportVersionRepository}'s.
 */
interface ReportDecisionRepository extends JpaRepository<ReportDecision, Long> {

    @ReadWithoutFlush
    @Query("select d from ReportDecision d where d.report = :report order by d.id")
    List<ReportDecision> findByReportOrderById(UnitReport report);

    @ReadWithoutFlush
    @Query("select d from ReportDecision d where d.report = :report order by d.id desc limit 1")
    Optional<ReportDecision> findFirstByReportOrderByIdDesc(UnitReport report);
}
