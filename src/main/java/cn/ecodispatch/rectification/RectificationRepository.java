package cn.ecodispatch.rectification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.report.UnitReport;

public interface RectificationRepository extends JpaRepository<Rectification, Long> {

    List<Rectification> findByReportOrderById(UnitReport report);

    /** Every rectification of a month's reports, in one query. */
    List<Rectification> findByReportCycleOrderById(DispatchCycle cycle);

    /** The highest notice number given in the year, 0 before the first. */
    @Query("select coalesce(max(r.numberInYear), 0) from Rectification r where r.numberYear = :year")
    int lastNumberOf(int year);
}
