package cn.ecodispatch.supervision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.report.UnitReport;

public interface ReminderLetterRepository extends JpaRepository<ReminderLetter, Long> {

    List<ReminderLetter> findByReportOrderById(UnitReport report);

    List<ReminderLetter> findByRectificationOrderById(Rectification rectification);

    boolean existsByReportAndReason(UnitReport report, ReminderLetter.Reason reason);

    boolean existsByRectificationAndReason(Rectification rectification, ReminderLetter.Reason reason);

    /** The highest number given to a letter in the year, 0 before the first. */
    @Query("select coalesce(max(l.numberInYear), 0) from ReminderLetter l where l.numberYear = :year")
    int lastNumberOf(int year);
}
