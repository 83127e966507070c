package cn.ecodispatch.notification;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.ecodispatch.shared.Labelled;

/**
 * A notice to one person, readable on its own (unit, month, step, due date, reason, letter number), with where to
 * act on it; and how far its e-mail and SMS have gone.
 */
@Entity
@Table(name = "eco_notice")
public class Notice {

    public enum Kind implements Labelled {
        TASK_ARRIVED(false),
        RETURNED(false),
        DUE_TOMORROW(true),
        REMINDER_LETTER(true),
        RECTIFICATION_NOTICE(true);

        private final boolean bySms;

        Kind(boolean bySms) {
            this.bySms = bySms;
        }

        /** Whether the person is also told by SMS: only what calls for action within a day or comes as a letter. */
        public boolean bySms() {
            return bySms;
        }
    }

    public enum MailState implements Labelled {
        PENDING,
        SENT,
        NO_ADDRESS,
        FAILED,
        OFF
    }

    public enum SmsState implements Labelled {
        PENDING,
        SENT,
        NO_PHONE,
        FAILED
    }

    enum DeliveryState {
        PENDING,
        DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "subject_key")
    private String subjectKey;

    private String title;

    private String body;

    private String link;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_state")
    private DeliveryState deliveryState;

    @Column(name = "delivery_claimed_at")
    private OffsetDateTime deliveryClaimedAt;

    @Column(name = "delivery_attempts")
    private int deliveryAttempts;

    @Column(name = "delivery_error")
    private String deliveryError;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state")
    private MailState mailState;

    @Column(name = "mail_address")
    private String mailAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "sms_state")
    private SmsState smsState;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    protected Notice() {
    }

    Notice(String recipient, Kind kind, String subjectKey, NoticeText text, boolean mailOn, OffsetDateTime now) {
        this.recipient = recipient;
        this.kind = kind;
        this.subjectKey = subjectKey;
        this.title = text.title();
        this.body = text.body();
        this.link = text.link();
        this.createdAt = now;
        this.mailState = mailOn ? MailState.PENDING : MailState.OFF;
        this.smsState = kind.bySms() ? SmsState.PENDING : null;
        this.deliveryState = mailState == MailState.PENDING || smsState == SmsState.PENDING
                ? DeliveryState.PENDING : DeliveryState.DONE;
    }

    void markRead(OffsetDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    boolean mailPending() {
        return mailState == MailState.PENDING;
    }

    boolean smsPending() {
        return smsState == SmsState.PENDING;
    }

    void mailed(MailState state, String address) {
        this.mailState = state;
        this.mailAddress = address;
    }

    void texted(SmsState state) {
        this.smsState = state;
    }

    /**
     * After one try of every pending channel: done when none is pending any more; a channel that failed stays
     * pending for the next try until {@code maxAttempts}, then counts as failed.
     */
    void attempted(String error, int maxAttempts, OffsetDateTime now) {
        deliveryAttempts++;
        deliveryError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        deliveryClaimedAt = null;
        if (deliveryAttempts >= maxAttempts) {
            if (mailPending()) {
                mailState = MailState.FAILED;
            }
            if (smsPending()) {
                smsState = SmsState.FAILED;
            }
        }
        if (!mailPending() && !smsPending()) {
            deliveryState = DeliveryState.DONE;
            deliveredAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }

    public MailState getMailState() {
        return mailState;
    }

    public String getMailAddress() {
        return mailAddress;
    }

    public SmsState getSmsState() {
        return smsState;
    }

    public int getDeliveryAttempts() {
        return deliveryAttempts;
    }

    public String getDeliveryError() {
        return deliveryError;
    }
}
