package cn.ecodispatch.notification;

import java.util.Collection;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.Clock;

/**
 * Writes notices, one row per person, in the caller's transaction. A person gets a notice about the same subject
 * of the same kind once, however often it is raised.
 */
@Component
class Notices {

    private final NoticeRepository notices;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;

    Notices(NoticeRepository notices, ObjectProvider<JavaMailSender> mail, Clock clock) {
        this.notices = notices;
        this.mail = mail;
        this.clock = clock;
    }

    void send(Collection<String> recipients, Notice.Kind kind, String subjectKey, NoticeText text) {
        boolean mailOn = mail.getIfAvailable() != null;
        for (String recipient : recipients) {
            if (!notices.existsByRecipientAndKindAndSubjectKey(recipient, kind, subjectKey)) {
                notices.save(new Notice(recipient, kind, subjectKey, text, mailOn, clock.now()));
            }
        }
    }
}
