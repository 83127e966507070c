package cn.ecodispatch.identity;

import java.util.List;

/** The role groups of the system; each user is in one role group and, for unit staff, their unit's group. */
public enum Roles {
    REPORTER("reporter", "单位填报员"),
    LEADER("leader", "单位负责人"),
    OFFICE("office", "创建办审核员"),
    OFFICE_LEAD("officelead", "创建办主任"),
    ORG_DEPT("orgdept", "组织部问责审定"),
    ADMIN("camunda-admin", "系统管理员");

    public static final String GROUP_TYPE = "ROLE";
    public static final String UNIT_GROUP_TYPE = "UNIT";

    private final String groupId;
    private final String label;

    Roles(String groupId, String label) {
        this.groupId = groupId;
        this.label = label;
    }

    public String groupId() {
        return groupId;
    }

    public String label() {
        return label;
    }

    public static List<String> groupIds() {
        return java.util.Arrays.stream(values()).map(Roles::groupId).toList();
    }

    public static boolean isRoleGroup(String groupId) {
        return java.util.Arrays.stream(values()).anyMatch(role -> role.groupId.equals(groupId));
    }

    /** Roles whose members work in a unit and see only that unit's tasks. */
    public static List<Roles> unitStaff() {
        return List.of(REPORTER, LEADER);
    }
}
