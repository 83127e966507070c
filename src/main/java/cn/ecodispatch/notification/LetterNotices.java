package cn.ecodispatch.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.ecodispatch.catalog.DistrictWords;
import cn.ecodispatch.rectification.RectificationNoticeIssued;
import cn.ecodispatch.supervision.ReminderLetterIssued;

/**
 * Reminder letters (提示函) and rectification notices (整改通知): the unit's staff are told, the office gets a copy.
 * Runs in the transaction that issued them.
 */
@Component
class LetterNotices {

    private final Notices notices;
    private final Recipients recipients;
    private final DistrictWords words;

    LetterNotices(Notices notices, Recipients recipients, DistrictWords words) {
        this.notices = notices;
        this.recipients = recipients;
        this.words = words;
    }

    @EventListener
    void reminderLetter(ReminderLetterIssued letter) {
        notices.send(recipients.unitWithOfficeCopy(letter.unitCode()), Notice.Kind.REMINDER_LETTER,
                "letter:" + letter.letterId(), new NoticeText("提示函 " + letter.letterNumber() + "（" + letter.unitName() + "）",
                        words.office() + "向" + letter.unitName() + "发出提示函 " + letter.letterNumber() + "：" + letter.content(),
                        letter.page()));
    }

    @EventListener
    void rectificationNotice(RectificationNoticeIssued notice) {
        notices.send(recipients.unitWithOfficeCopy(notice.unitCode()), Notice.Kind.RECTIFICATION_NOTICE,
                "rectification:" + notice.rectificationId(), new NoticeText(
                        "整改通知（" + notice.unitName() + " · " + notice.period() + "）",
                        words.office() + "向" + notice.unitName() + "下发整改通知。问题：" + notice.problem() + "；整改要求："
                                + notice.requirement() + "；整改期限：" + NoticeDates.day(notice.deadline())
                                + "。请在任务中心（Tasklist）「报告整改情况」中报告整改情况。",
                        notice.page()));
    }
}
