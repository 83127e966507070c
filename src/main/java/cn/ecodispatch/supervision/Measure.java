package cn.ecodispatch.supervision;

import java.util.Arrays;

/** The outcomes of the supervision-measure decision table, as it writes them. */
public enum Measure {
    NONE("无"),
    REMINDER_LETTER("提示函"),
    CRITICISM("通报批评"),
    INSPECTION("现场检查"),
    ACCOUNTABILITY("问责");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Measure ofLabel(String label) {
        return Arrays.stream(values()).filter(m -> m.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalStateException("督办措施决策表给出了未知的措施：" + label));
    }
}
