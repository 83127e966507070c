package cn.ecodispatch.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** How far a notice's e-mail and SMS have gone, without a mail server: what the outbox sender records. */
class NoticeOutboxStateTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2043-08-01T09:00+08:00");
    private static final NoticeText TEXT = new NoticeText("新任务：创建办审核｜大营镇 · 2043年8月", "请办理。", "/eco/notices.html");

    @Test
    void without_a_mail_server_a_task_notice_is_only_shown_in_the_apps() {
        Notice notice = new Notice("office1", Notice.Kind.TASK_ARRIVED, "task:1", TEXT, false, NOW);

        assertThat(notice.getMailState()).isEqualTo(Notice.MailState.OFF);
        assertThat(notice.getSmsState()).as("任务到达不发短信").isNull();
        assertThat(notice.mailPending() || notice.smsPending()).isFalse();
    }

    @Test
    void a_reminder_letter_is_texted_even_when_mail_is_off() {
        Notice notice = new Notice("daying-leader", Notice.Kind.REMINDER_LETTER, "letter:1", TEXT, false, NOW);

        assertThat(notice.getMailState()).isEqualTo(Notice.MailState.OFF);
        assertThat(notice.smsPending()).isTrue();
    }

    @Test
    void a_mail_that_keeps_failing_is_given_up_after_the_last_attempt_and_the_text_that_went_out_stays_sent() {
        Notice notice = new Notice("daying-leader", Notice.Kind.DUE_TOMORROW, "due:1", TEXT, true, NOW);
        notice.texted(Notice.SmsState.SENT);
        notice.attempted("邮件：Connection refused", 3, NOW);
        notice.attempted("邮件：Connection refused", 3, NOW);
        assertThat(notice.mailPending()).as("失败后留待下次重试").isTrue();

        notice.attempted("邮件：Connection refused", 3, NOW);

        assertThat(notice.getMailState()).isEqualTo(Notice.MailState.FAILED);
        assertThat(notice.getSmsState()).isEqualTo(Notice.SmsState.SENT);
        assertThat(notice.getDeliveryAttempts()).isEqualTo(3);
        assertThat(notice.getDeliveryError()).isEqualTo("邮件：Connection refused");
    }
}
