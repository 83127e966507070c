package cn.ecodispatch.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.dispatch.DispatchCycle;

public interface UnitReportRepository extends JpaRepository<UnitReport, Long> {

    List<UnitReport> findByCycleOrderById(DispatchCycle cycle);

    Optional<UnitReport> findByCycleAndUnit(DispatchCycle cycle, Unit unit);

    long countByCycleAndStatusIn(DispatchCycle cycle, List<ReportStatus> statuses);
}
