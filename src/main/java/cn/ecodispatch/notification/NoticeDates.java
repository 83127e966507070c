package cn.ecodispatch.notification;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import cn.ecodispatch.shared.Zones;

/** Due dates as people read them: a due time at midnight is the end of the day before. */
final class NoticeDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");

    private NoticeDates() {
    }

    /** e.g. 2043年1月5日 for 6 January 00:00, 2043年1月7日 10:00 otherwise; null for no due date. */
    static String due(Date due) {
        if (due == null) {
            return null;
        }
        ZonedDateTime at = due.toInstant().atZone(Zones.SHANGHAI);
        return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.minusDays(1).format(DAY)
                : at.format(DAY_AND_TIME);
    }

    static String day(java.time.LocalDate date) {
        return date.format(DAY);
    }
}
