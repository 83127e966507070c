package cn.ecodispatch.supervision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.report.UnitReport;

public interface ReminderLetterRepository extends JpaRepository<ReminderLetter, Long> {

    List<ReminderLetter> findByReportOrderById(UnitReport report);

    List<ReminderLetter> findByRectificationOrderById(Rectification rectification);

    boolean existsByReportAndReason(UnitReport report, ReminderLetter.Reason reason);

    boolean existsByRectificationAndReason(Rectification rectification, ReminderLetter.Reason reason);

    long countByUnit(Unit unit);
}
