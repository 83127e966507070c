package cn.ecodispatch.report;

import java.util.Arrays;

/** The progress a reporter gives for one work item. */
public enum Progress {
    NOT_STARTED("未启动"),
    IN_PROGRESS("推进中"),
    DONE("已完成"),
    DELAYED("滞后");

    private final String label;

    Progress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the code (DONE) or the Chinese label (已完成); null if neither. */
    public static Progress parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        return Arrays.stream(values()).filter(p -> p.name().equals(trimmed) || p.label.equals(trimmed)).findFirst()
                .orElse(null);
    }

    public static String allowedLabels() {
        return String.join("、", Arrays.stream(values()).map(Progress::label).toList());
    }
}
