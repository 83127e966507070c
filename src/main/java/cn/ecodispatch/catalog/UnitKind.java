package cn.ecodispatch.catalog;

import cn.ecodispatch.shared.Labelled;

/** What kind of body a unit is; the label is what users read. */
public enum UnitKind implements Labelled {
    TOWNSHIP,
    DEPARTMENT,
    OFFICE,
    LEADERSHIP_ORGAN
}
