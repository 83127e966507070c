package cn.ecodispatch.history;

import java.time.OffsetDateTime;

/** One step in the life of a report, rectification or case: when, by whom (login id), and what, in Chinese. */
public record HistoryEntry(OffsetDateTime at, String userId, String text) {
}
