package cn.ecodispatch.notification;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import cn.ecodispatch.shared.ReadWithoutFlush;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    /** Which of the recipients already have a notice of this kind about this subject. */
    @ReadWithoutFlush
    @Query("select n.recipient from Notice n where n.kind = :kind and n.subjectKey = :subjectKey"
            + " and n.recipient in :recipients")
    List<String> recipientsNotified(Notice.Kind kind, String subjectKey, Collection<String> recipients);

    Page<Notice> findByRecipientOrderByIdDesc(String recipient, Pageable page);

    Optional<Notice> findByIdAndRecipient(long id, String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    @Modifying
    @Query("update Notice n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, OffsetDateTime now);

    /** The oldest notices still to be delivered and not being delivered by a sender (or by one that gave up). */
    @Query("select n.id from Notice n where n.deliveryState = cn.ecodispatch.notification.Notice.DeliveryState.PENDING"
            + " and (n.deliveryClaimedAt is null or n.deliveryClaimedAt < :staleBefore) order by n.id")
    List<Long> dueForDelivery(OffsetDateTime staleBefore, Pageable page);

    /**
     * Takes a notice for delivery: succeeds (1) on one node only, whichever asks first; a claim older than
     * {@code staleBefore} (a node that died while sending) may be taken over.
     */
    @Modifying
    @Query("update Notice n set n.deliveryClaimedAt = :now where n.id = :id"
            + " and n.deliveryState = cn.ecodispatch.notification.Notice.DeliveryState.PENDING"
            + " and (n.deliveryClaimedAt is null or n.deliveryClaimedAt < :staleBefore)")
    int claim(long id, OffsetDateTime now, OffsetDateTime staleBefore);
}
