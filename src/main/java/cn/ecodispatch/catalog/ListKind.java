package cn.ecodispatch.catalog;

/** Which annex list a work item belongs to. */
public enum ListKind {
    /** Annex 1: the list every township carries. */
    TOWNSHIP("附件1 乡镇任务清单"),
    /** Annex 2: the list of one district unit. */
    DEPARTMENT("附件2 单位任务清单");

    /** Key of the shared Annex 1 list; an Annex 2 list is keyed by its unit's code. */
    static final String TOWNSHIP_LIST_KEY = "township";

    private final String label;

    ListKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
