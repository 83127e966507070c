package cn.ecodispatch.notification;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.ecodispatch.shared.Clock;

/**
 * Sends the outbox: each notice still to be delivered is claimed by one node (a conditional update), mailed to
 * the recipient's address and, for the kinds that call for it, texted; then its result is recorded. Sending
 * happens outside any transaction; a failure leaves the channel pending for the next run. A node that dies while
 * sending leaves a claim that another node takes over after {@link #CLAIM_TIMEOUT}.
 */
@Component
class NoticeDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeDelivery.class);
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);
    private static final int BATCH = 200;

    private record Result(Notice.MailState mail, String address, Notice.SmsState sms, List<String> errors) {
    }

    private final NoticeRepository notices;
    private final Contacts contacts;
    private final NoticeMail mails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final SmsGateway sms;
    private final NotificationSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    NoticeDelivery(NoticeRepository notices, Contacts contacts, NoticeMail mails, ObjectProvider<JavaMailSender> mailSender,
            SmsGateway sms, NotificationSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.notices = notices;
        this.contacts = contacts;
        this.mails = mails;
        this.mailSender = mailSender;
        this.sms = sms;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${eco.notification.delivery-cron}", zone = "Asia/Shanghai")
    public void deliverDue() {
        OffsetDateTime now = clock.now();
        transaction.execute(status -> notices.dueForDelivery(now.minus(CLAIM_TIMEOUT), PageRequest.of(0, BATCH)))
                .forEach(this::deliver);
    }

    /** Delivers one notice unless another node has it; tries only the channels still pending. */
    void deliver(long id) {
        OffsetDateTime claimedAt = clock.now();
        Notice notice = transaction.execute(status -> notices.claim(id, claimedAt, claimedAt.minus(CLAIM_TIMEOUT)) == 1
                ? notices.findById(id).orElseThrow() : null);
        if (notice == null) {
            return;
        }
        Contacts.Contact contact = contacts.of(notice.getRecipient());
        List<String> errors = new ArrayList<>();
        Notice.MailState mail = notice.mailPending() ? mail(notice, contact.email(), errors) : null;
        Notice.SmsState text = notice.smsPending() ? text(notice, contact.phone(), errors) : null;
        record(id, new Result(mail, contact.email(), text, errors));
    }

    private Notice.MailState mail(Notice notice, String address, List<String> errors) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return Notice.MailState.OFF;
        }
        if (address == null) {
            return Notice.MailState.NO_ADDRESS;
        }
        try {
            sender.send(mails.of(notice, address, sender));
            return Notice.MailState.SENT;
        } catch (MailException e) {
            LOG.warn("通知 {} 的邮件未能发送给 {}（第 {} 次尝试）：{}", notice.getId(), address,
                    notice.getDeliveryAttempts() + 1, e.getMessage());
            errors.add("邮件：" + e.getMessage());
            return Notice.MailState.PENDING;
        }
    }

    private Notice.SmsState text(Notice notice, String phone, List<String> errors) {
        if (phone == null) {
            return Notice.SmsState.NO_PHONE;
        }
        try {
            sms.send(phone, mails.sms(notice));
            return Notice.SmsState.SENT;
        } catch (RuntimeException e) {
            LOG.warn("通知 {} 的短信未能发送（第 {} 次尝试）：{}", notice.getId(), notice.getDeliveryAttempts() + 1,
                    e.getMessage());
            errors.add("短信：" + e.getMessage());
            return Notice.SmsState.PENDING;
        }
    }

    private void record(long id, Result result) {
        transaction.executeWithoutResult(status -> {
            Notice notice = notices.findById(id).orElseThrow();
            if (result.mail() != null) {
                notice.mailed(result.mail(), result.address());
            }
            if (result.sms() != null) {
                notice.texted(result.sms());
            }
            notice.attempted(result.errors().isEmpty() ? null : String.join("；", result.errors()),
                    settings.maxAttempts(), clock.now());
        });
    }
}
