package cn.ecodispatch.supervision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.report.UnitReport;

public interface ReminderLetterRepository extends JpaRepository<ReminderLetter, Long> {

    List<ReminderLetter> findByReportOrderById(UnitReport report);

    List<ReminderLetter> findByRectificationOrderById(Rectification rectification);

    boolean existsByReportAndReason(UnitReport report, ReminderLetter.Reason reason);

    boolean existsByRectificationAndReason(Rectification rectification, ReminderLetter.Reason reason);

    /** Per report of the month (its id), the letters about the report itself. */
    @Query("select l.report.id, count(l) from ReminderLetter l where l.report.cycle = :cycle group by l.report.id")
    List<Object[]> countAboutReportsOf(DispatchCycle cycle);

    /** Per report of the month (its id), the letters about the rectifications its review opened. */
    @Query("select l.rectification.report.id, count(l) from ReminderLetter l where l.rectification.report.cycle = :cycle"
            + " group by l.rectification.report.id")
    List<Object[]> countAboutRectificationsOf(DispatchCycle cycle);

    /** The highest number given to a letter in the year, 0 before the first. */
    @Query("select coalesce(max(l.numberInYear), 0) from ReminderLetter l where l.numberYear = :year")
    int lastNumberOf(int year);
}
