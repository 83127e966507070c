package cn.ecodispatch.notification;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A person's notices as they see them through /api/notices, and the outbox sent for them. Other test classes leave
 * notices too, so a scenario looks at the notices about its own month.
 */
record Inbox(TestRestTemplate rest, NoticeRepository notices, NoticeDelivery delivery, String user) {

    private static final Pattern MONTH = Pattern.compile("\\d{4}年\\d{1,2}月");

    /**
     * The notices about the month (e.g. 2043年1月), newest first, as the notices page shows them: those whose title
     * names it, or whose title names no month and whose text does (a task of another month may fall due in this one).
     */
    List<JsonNode> about(String monthLabel) {
        JsonNode page = rest.withBasicAuth(user, "demo").getForObject("/api/notices?size=100", JsonNode.class);
        List<JsonNode> found = new java.util.ArrayList<>();
        page.get("notices").forEach(notice -> {
            String title = notice.get("title").asText();
            boolean titleNamesAMonth = MONTH.matcher(title).find();
            if (titleNamesAMonth ? title.contains(monthLabel) : notice.get("body").asText().contains(monthLabel)) {
                found.add(notice);
            }
        });
        return found;
    }

    long unread() {
        return rest.withBasicAuth(user, "demo").getForObject("/api/notices/unread-count", JsonNode.class)
                .get("unread").asLong();
    }

    void readAll() {
        rest.withBasicAuth(user, "demo").postForEntity("/api/notices/read-all", null, JsonNode.class);
    }

    ResponseEntity<JsonNode> markRead(long id) {
        return rest.withBasicAuth(user, "demo").exchange("/api/notices/" + id + "/read", HttpMethod.POST,
                new HttpEntity<>(new HttpHeaders()), JsonNode.class);
    }

    /** The outbox is sent for this person's notices about the month (the scheduled run sends everyone's). */
    void deliver(String monthLabel) {
        stored(monthLabel).forEach(notice -> delivery.deliver(notice.getId()));
    }

    /** This person's notices about the month as stored, newest first: with how far their e-mail and SMS have gone. */
    List<Notice> stored(String monthLabel) {
        return notices.findByRecipientOrderByIdDesc(user, PageRequest.of(0, 100)).getContent().stream()
                .filter(notice -> (notice.getTitle() + notice.getBody()).contains(monthLabel)).toList();
    }
}
