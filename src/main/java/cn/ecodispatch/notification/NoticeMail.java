package cn.ecodispatch.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** A notice as an e-mail: Chinese subject and body in UTF-8, with the full address of where to act. */
@Component
class NoticeMail {

    static final String SUBJECT_PREFIX = "【生态文明示范区创建】";

    private final NotificationSettings settings;

    NoticeMail(NotificationSettings settings) {
        this.settings = settings;
    }

    MimeMessage of(Notice notice, String address, JavaMailSender sender) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.mailFrom());
            helper.setTo(address);
            helper.setSubject(SUBJECT_PREFIX + notice.getTitle());
            helper.setText(notice.getBody() + (notice.getLink() == null ? ""
                    : "\n\n办理或查看：" + settings.siteUrl() + notice.getLink())
                    + "\n\n本邮件由生态文明示范区创建月调度系统自动发送，请勿直接回复。");
        } catch (MessagingException e) {
            throw new MailPreparationException("通知邮件无法生成：" + e.getMessage(), e);
        }
        return message;
    }

    /** The text message of a notice: short, the title and where to look. */
    String sms(Notice notice) {
        return SUBJECT_PREFIX + notice.getTitle() + "。详情请登录系统查看通知。";
    }
}
