package cn.ecodispatch.identity;

import java.util.ArrayList;
import java.util.List;

import cn.ecodispatch.catalog.DistrictWords;
import cn.ecodispatch.catalog.Unit;

/**
 * The demo profile's accounts: a reporter and a leader for every unit, and the office and org-department staff. The
 * leader is also in the unit's leaders' group, which alone receives sign-offs and accountability notices.
 */
final class DemoAccounts {

    record Account(String id, String firstName, String lastName, List<String> groups) {
    }

    private DemoAccounts() {
    }

    static String reporterOf(String unitCode) {
        return unitCode + "-reporter";
    }

    static String leaderOf(String unitCode) {
        return unitCode + "-leader";
    }

    static List<Account> all(List<Unit> units, DistrictWords words) {
        List<Account> accounts = new ArrayList<>();
        for (Unit unit : units) {
            accounts.add(new Account(reporterOf(unit.getCode()), unit.getName(), "填报员",
                    List.of(UnitGroups.staff(unit.getCode()), Roles.REPORTER.groupId())));
            accounts.add(new Account(leaderOf(unit.getCode()), unit.getName(), "负责人",
                    List.of(UnitGroups.staff(unit.getCode()), UnitGroups.leaders(unit.getCode()),
                            Roles.LEADER.groupId())));
        }
        accounts.add(new Account("office1", words.office(), "审核员一", List.of(Roles.OFFICE.groupId())));
        accounts.add(new Account("office2", words.office(), "审核员二", List.of(Roles.OFFICE.groupId())));
        accounts.add(new Account("director", words.office(), "主任", List.of(Roles.OFFICE_LEAD.groupId(), Roles.OFFICE.groupId())));
        accounts.add(new Account("orgdept", words.orgDepartment(), "问责审定", List.of(Roles.ORG_DEPT.groupId())));
        return accounts;
    }
}
