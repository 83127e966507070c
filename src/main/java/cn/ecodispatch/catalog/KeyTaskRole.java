package cn.ecodispatch.catalog;

/** How a unit takes part in a key task. */
public enum KeyTaskRole {
    LEAD("牵头单位"),
    PARTICIPANT("参与单位");

    private final String label;

    KeyTaskRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
