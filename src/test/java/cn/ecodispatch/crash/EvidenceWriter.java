package cn.ecodispatch.crash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;

import cn.ecodispatch.packaged.EcoApi;

/**
 * One unit's reporter uploading evidence files to the unit's report, one after the other, until told to stop.
 * Keeps every file it sent and which of them the application acknowledged (2xx with the new id).
 */
final class EvidenceWriter implements Runnable {

    record Acknowledged(long evidenceId, String fileName) {
    }

    final String user;
    final long reportId;
    private final int number;
    private final long workItemId;
    private final EcoApi api;
    private final AtomicBoolean stop;

    private final Map<String, byte[]> sent = new HashMap<>();
    private final List<Acknowledged> acknowledged = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private int unanswered;

    EvidenceWriter(int number, String user, long reportId, long workItemId, EcoApi api, AtomicBoolean stop) {
        this.number = number;
        this.user = user;
        this.reportId = reportId;
        this.workItemId = workItemId;
        this.api = api;
        this.stop = stop;
    }

    @Override
    public void run() {
        for (int seq = 1; !stop.get(); seq++) {
            String fileName = String.format("w%d-%04d.png", number, seq);
            byte[] content = UniquePng.of(number * 1_000_000L + seq);
            sent.put(fileName, content);
            try {
                acknowledged.add(new Acknowledged(api.upload(user, reportId, workItemId, fileName, content), fileName));
            } catch (RestClientResponseException e) {
                refused.add(fileName + ": " + e.getStatusCode() + " " + e.getResponseBodyAsString());
            } catch (ResourceAccessException e) {
                unanswered++;
            }
        }
    }

    /** Every file sent, by name: what a stored file of that name must contain, acknowledged or not. */
    Map<String, byte[]> sent() {
        return sent;
    }

    List<Acknowledged> acknowledged() {
        return acknowledged;
    }

    /** Answers other than 2xx, with their message: none are expected. */
    List<String> refused() {
        return refused;
    }

    /** Writes cut off by the kill: sent (or about to be) without any answer. */
    int unanswered() {
        return unanswered;
    }
}
