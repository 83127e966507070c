package cn.ecodispatch.report;

import java.util.Arrays;

import cn.ecodispatch.shared.Labelled;

/** The progress a reporter gives for one work item. */
public enum Progress implements Labelled {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    DELAYED;

    /** Accepts the code (DONE) or the Chinese label (已完成); null if neither. */
    public static Progress parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        return Arrays.stream(values()).filter(p -> p.name().equals(trimmed) || p.label().equals(trimmed)).findFirst()
                .orElse(null);
    }

    public static String allowedLabels() {
        return String.join("、", Arrays.stream(values()).map(Progress::label).toList());
    }
}
