package cn.ecodispatch.report;

/** Where a unit's monthly report stands; the label is what users read. */
public enum ReportStatus {
    DRAFTING("填报中"),
    AWAITING_SIGN_OFF("待单位负责人签发"),
    UNDER_REVIEW("创建办审核中"),
    APPROVED("已通过"),
    APPROVED_WITH_PROBLEMS("已通过（有问题需整改）");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return this == APPROVED || this == APPROVED_WITH_PROBLEMS;
    }
}
