package cn.ecodispatch.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

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
        if (recipients.isEmpty()) {
            return;
        }
        Set<String> toNotify = new LinkedHashSet<>(recipients);
        toNotify.removeAll(notices.recipientsNotified(kind, subjectKey, toNotify));
        write(toNotify, kind, subjectKey, text);
    }

    /**
     * Notices about a subject that came into being in the caller's transaction (a task just created): no one can
     * have one yet, so there is nothing to look up.
     */
    void sendAboutNew(Collection<String> recipients, Notice.Kind kind, String subjectKey, NoticeText text) {
        write(new LinkedHashSet<>(recipients), kind, subjectKey, text);
    }

    private void write(Set<String> recipients, Notice.Kind kind, String subjectKey, NoticeText text) {
        boolean mailOn = mail.getIfAvailable() != null;
        recipients.forEach(recipient -> notices.save(new Notice(recipient, kind, subjectKey, text, mailOn, clock.now())));
    }
}
