package cn.ecodispatch.catalog;

import cn.ecodispatch.shared.Labelled;

/** How a unit takes part in a key task. */
public enum KeyTaskRole implements Labelled {
    LEAD,
    PARTICIPANT
}
