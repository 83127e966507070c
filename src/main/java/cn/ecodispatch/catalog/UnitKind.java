package cn.ecodispatch.catalog;

/** What kind of body a unit is; the label is what users read. */
public enum UnitKind {
    TOWNSHIP("乡镇"),
    DEPARTMENT("区直部门"),
    OFFICE("办公室"),
    LEADERSHIP_ORGAN("领导机关");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
