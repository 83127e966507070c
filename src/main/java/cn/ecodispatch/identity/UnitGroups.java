package cn.ecodispatch.identity;

/**
 * The Camunda groups of a unit: all its staff (id = unit code) and its leaders alone ({@code <code>-leaders}). A
 * task that needs a unit's 负责人 — sign-off, acknowledging an accountability decision — is offered to the leaders'
 * group, so the unit's reporters neither see nor complete it.
 */
public final class UnitGroups {

    static final String LEADERS_SUFFIX = "-leaders";

    private UnitGroups() {
    }

    public static String staff(String unitCode) {
        return unitCode;
    }

    public static String leaders(String unitCode) {
        return unitCode + LEADERS_SUFFIX;
    }

    /** Whether a task offered to this group is offered to the unit (to all its staff or to its leaders). */
    public static boolean isOfUnit(String groupId, String unitCode) {
        return staff(unitCode).equals(groupId) || leaders(unitCode).equals(groupId);
    }
}
