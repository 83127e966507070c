package cn.ecodispatch.catalog;

import cn.ecodispatch.shared.Labelled;

/** Which annex list a work item belongs to. */
public enum ListKind implements Labelled {
    /** Annex 1: the list every township carries. */
    TOWNSHIP,
    /** Annex 2: the list of one district unit. */
    DEPARTMENT;

    /** Key of the shared Annex 1 list; an Annex 2 list is keyed by its unit's code. */
    static final String TOWNSHIP_LIST_KEY = "township";
}
