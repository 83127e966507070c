package cn.ecodispatch.notification;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.ecodispatch.security.CurrentUser;
import cn.ecodispatch.shared.Clock;
import cn.ecodispatch.shared.InvalidInputException;
import cn.ecodispatch.shared.NotFoundException;

/** The signed-in person's own notices: newest first, the unread count, marking them read. Nobody sees another's. */
@RestController
@Transactional
class NoticeController {

    record NoticeView(long id, Notice.Kind kind, String kindLabel, String title, String body, String link,
            OffsetDateTime createdAt, OffsetDateTime readAt) {

        static NoticeView of(Notice notice) {
            return new NoticeView(notice.getId(), notice.getKind(), notice.getKind().label(), notice.getTitle(),
                    notice.getBody(), notice.getLink(), notice.getCreatedAt(), notice.getReadAt());
        }
    }

    record NoticePage(List<NoticeView> notices, int page, int size, long total, long unread) {
    }

    record UnreadCount(long unread) {
    }

    private static final int MAX_PAGE_SIZE = 100;

    private final NoticeRepository notices;
    private final Clock clock;

    NoticeController(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @GetMapping("/api/notices")
    @Transactional(readOnly = true)
    NoticePage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || page > 100_000 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("page", "分页参数有误：页码应不小于 0，每页条数应在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        String me = CurrentUser.get().userId();
        Page<Notice> found = notices.findByRecipientOrderByIdDesc(me, PageRequest.of(page, size));
        return new NoticePage(found.map(NoticeView::of).getContent(), page, size, found.getTotalElements(),
                notices.countByRecipientAndReadAtIsNull(me));
    }

    @GetMapping("/api/notices/unread-count")
    @Transactional(readOnly = true)
    UnreadCount unreadCount() {
        return new UnreadCount(notices.countByRecipientAndReadAtIsNull(CurrentUser.get().userId()));
    }

    /** Another person's notice is answered as not found: its existence is nobody else's business either. */
    @PostMapping("/api/notices/{id}/read")
    NoticeView markRead(@PathVariable long id) {
        Notice notice = notices.findByIdAndRecipient(id, CurrentUser.get().userId())
                .orElseThrow(() -> new NotFoundException("通知不存在或不是发给您的：" + id));
        notice.markRead(clock.now());
        return NoticeView.of(notice);
    }

    @PostMapping("/api/notices/read-all")
    UnreadCount markAllRead() {
        notices.markAllRead(CurrentUser.get().userId(), clock.now());
        return new UnreadCount(0);
    }
}
