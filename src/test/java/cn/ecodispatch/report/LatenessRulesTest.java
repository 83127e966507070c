package cn.ecodispatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.ecodispatch.shared.Period;

/**
 * How late a report is: whole days after its due time, counted by the Shanghai calendar day it came. May 2022's
 * report is due by the end of the 5th (24:00 Asia/Shanghai, {@code eco.dispatch.report-due-day}).
 */
class LatenessRulesTest {

    private static final OffsetDateTime DUE = Period.parse("2022-05").endOfDay(5);

    @ParameterizedTest(name = "submitted {0}: {1} days late")
    @CsvSource(delimiter = '|', textBlock = """
            2022-05-03T10:00+08:00 | 0
            2022-05-05T23:59+08:00 | 0
            2022-05-06T00:00+08:00 | 0
            2022-05-06T00:01+08:00 | 1
            2022-05-06T17:30+08:00 | 1
            2022-05-06T23:59+08:00 | 1
            2022-05-07T00:00+08:00 | 2
            2022-05-16T09:00+08:00 | 11
            2022-05-05T17:00Z      | 1
            """)
    void given_due_on_the_5th_when_first_submitted_then_it_is_late_by_the_days_begun_since(OffsetDateTime submitted,
            int daysLate) {
        UnitReport report = reportDue();
        report.submitted(new ReportVersion(report, 1), submitted);

        assertThat(report.daysLate(submitted.plusMonths(1))).isEqualTo(daysLate);
    }

    @Test
    void given_a_late_first_submission_when_resubmitted_after_a_return_then_it_stays_as_late_as_it_first_came() {
        UnitReport report = reportDue();
        report.submitted(new ReportVersion(report, 1), OffsetDateTime.parse("2022-05-06T10:00+08:00"));
        report.returnedToReporter(true);
        report.submitted(new ReportVersion(report, 2), OffsetDateTime.parse("2022-05-12T10:00+08:00"));

        assertThat(report.daysLate(OffsetDateTime.parse("2022-05-20T10:00+08:00"))).isEqualTo(1);
    }

    @Test
    void given_a_report_never_submitted_when_asked_on_the_20th_then_it_is_late_by_the_days_until_then() {
        assertThat(reportDue().daysLate(OffsetDateTime.parse("2022-05-20T08:00+08:00"))).isEqualTo(15);
    }

    @Test
    void given_a_report_never_submitted_when_asked_before_its_due_time_then_it_is_not_late() {
        assertThat(reportDue().daysLate(OffsetDateTime.parse("2022-05-05T12:00+08:00"))).isZero();
    }

    private static UnitReport reportDue() {
        return new UnitReport(null, null, DUE);
    }
}
