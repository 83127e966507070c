package cn.ecodispatch.supervision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.catalog.DistrictWords;
import cn.ecodispatch.catalog.DocumentNumbers;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.rectification.Rectification;
import cn.ecodispatch.rectification.RectificationOverdue;
import cn.ecodispatch.report.ReportLabels;
import cn.ecodispatch.report.ReportLinks;
import cn.ecodispatch.report.ReportOverdue;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.shared.Clock;

/**
 * Issues reminder letters (提示函). Each report or rectification gets at most one letter per reason, however
 * often a timer fires or a task is re-entered: the database enforces it, and this service checks first.
 */
@Service
@Transactional
public class ReminderLetters {

    private final ReminderLetterRepository letters;
    private final Clock clock;
    private final DocumentNumbers numbers;
    private final ReportLinks links;
    private final ApplicationEventPublisher events;
    private final DistrictWords words;

    ReminderLetters(ReminderLetterRepository letters, Clock clock, DocumentNumbers numbers, ReportLinks links,
            ApplicationEventPublisher events, DistrictWords words) {
        this.letters = letters;
        this.clock = clock;
        this.numbers = numbers;
        this.links = links;
        this.events = events;
        this.words = words;
    }

    @EventListener
    void reportOverdue(ReportOverdue overdue) {
        UnitReport report = overdue.report();
        if (letters.existsByReportAndReason(report, ReminderLetter.Reason.REPORT_OVERDUE)) {
            return;
        }
        issue(report.getUnit(), ReminderLetter.Reason.REPORT_OVERDUE, report, null,
                report.getUnit().getName() + "：你单位" + report.getCycle().getPeriod().label()
                        + "生态文明建设示范区创建工作总结和台账应于" + ReportLabels.dayBefore(report.getDueAt())
                        + "前报送" + words.office() + "，截至目前尚未报送。请接函后立即报送，并说明逾期原因。");
    }

    @EventListener
    void rectificationOverdue(RectificationOverdue overdue) {
        Rectification rectification = overdue.rectification();
        if (letters.existsByRectificationAndReason(rectification, ReminderLetter.Reason.RECTIFICATION_OVERDUE)) {
            return;
        }
        issue(rectification.getUnit(), ReminderLetter.Reason.RECTIFICATION_OVERDUE, null, rectification,
                rectification.getUnit().getName() + "：" + words.office() + (rectification.getNoticeNumber() == null ? ""
                        : "以" + rectification.getNoticeNumber() + "通知") + "下发的整改事项“" + rectification.getProblem()
                        + "”整改期限为" + ReportLabels.day(rectification.getDeadline())
                        + "，截至目前尚未报告整改情况。请接函后抓紧整改并报告。");
    }

    /** A letter decided by the supervision-measure table; at most one per rectification, or per report. */
    public void supervision(UnitReport report, Rectification rectification, String grounds) {
        boolean issued = rectification != null
                ? letters.existsByRectificationAndReason(rectification, ReminderLetter.Reason.SUPERVISION)
                : !letters.findByReportOrderById(report).isEmpty();
        if (!issued) {
            issue(report.getUnit(), ReminderLetter.Reason.SUPERVISION, rectification == null ? report : null,
                    rectification, report.getUnit().getName() + "：" + grounds + "。请高度重视，切实推进相关工作。");
        }
    }

    @Transactional(readOnly = true)
    public List<ReminderLetter> ofReport(UnitReport report) {
        return letters.findByReportOrderById(report);
    }

    @Transactional(readOnly = true)
    public List<ReminderLetter> ofRectification(Rectification rectification) {
        return letters.findByRectificationOrderById(rectification);
    }

    /**
     * How many letters each report of the month has led to, by report id: about the report, and about the
     * rectifications its review opened. Two queries for the whole month, whatever its number of units.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> countPerReport(DispatchCycle cycle) {
        Map<Long, Integer> counts = new HashMap<>();
        Stream.concat(letters.countAboutReportsOf(cycle).stream(), letters.countAboutRectificationsOf(cycle).stream())
                .forEach(row -> counts.merge((Long) row[0], ((Number) row[1]).intValue(), Integer::sum));
        return counts;
    }

    private void issue(Unit unit, ReminderLetter.Reason reason, UnitReport report, Rectification rectification,
            String content) {
        ReminderLetter letter = letters.save(new ReminderLetter(
                numbers.next(DocumentNumbers.Kind.REMINDER_LETTER, letters::lastNumberOf), unit, reason, report,
                rectification, content, clock.now()));
        events.publishEvent(new ReminderLetterIssued(letter.getId(), letter.getLetterNumber(), unit.getCode(),
                unit.getName(), content, rectification != null ? links.rectificationPage(rectification.getId())
                        : links.reportPage(report)));
    }
}
