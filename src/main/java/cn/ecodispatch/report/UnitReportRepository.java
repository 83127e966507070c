package cn.ecodispatch.report;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;

public interface UnitReportRepository extends JpaRepository<UnitReport, Long> {

    List<UnitReport> findByCycleOrderById(DispatchCycle cycle);

    @Query("select r.id from UnitReport r where r.cycle = :cycle order by r.id")
    List<Long> findIdsByCycle(DispatchCycle cycle);

    List<UnitReport> findByCycleAndUnitIn(DispatchCycle cycle, Collection<Unit> units);

    /** Reports opened for the month so far (uq_unit_report's index). */
    long countByCycle(DispatchCycle cycle);

    /** The month's reports in the given states (ix_unit_report_open). */
    long countByCycleAndStatusIn(DispatchCycle cycle, Collection<ReportStatus> statuses);
}
