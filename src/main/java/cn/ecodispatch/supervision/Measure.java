package cn.ecodispatch.supervision;

import java.util.Arrays;

import cn.ecodispatch.shared.Labelled;

/** The outcomes of the supervision-measure decision table, as it writes them. */
public enum Measure implements Labelled {
    NONE,
    REMINDER_LETTER,
    CRITICISM,
    INSPECTION,
    ACCOUNTABILITY;

    public static Measure ofLabel(String label) {
        return Arrays.stream(values()).filter(m -> m.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalStateException("督办措施决策表给出了未知的措施：" + label));
    }
}
