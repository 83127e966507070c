package cn.ecodispatch.identity;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.ecodispatch.catalog.CatalogService;
import cn.ecodispatch.catalog.DistrictWords;
import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.shared.StartupLock;

/**
 * Brings Camunda's users, groups, authorizations and Tasklist filters in line with the catalogue: a group per
 * unit (id = unit code), the role groups, the administrator and, in the demo profile, demo accounts. Safe to run
 * at every start and on several nodes at once.
 */
@Service
public class IdentityProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityProvisioner.class);

    private final StartupLock startupLock;
    private final CatalogService catalog;
    private final IdempotentIdentity identity;
    private final AccessRules accessRules;
    private final TasklistFilters filters;
    private final IdentityProperties properties;
    private final DistrictWords words;

    IdentityProvisioner(StartupLock startupLock, CatalogService catalog, IdempotentIdentity identity,
            AccessRules accessRules, TasklistFilters filters, IdentityProperties properties,
            DistrictWords words) {
        this.startupLock = startupLock;
        this.catalog = catalog;
        this.identity = identity;
        this.accessRules = accessRules;
        this.filters = filters;
        this.properties = properties;
        this.words = words;
    }

    @Transactional
    public void provision() {
        startupLock.acquire("identity");
        List<Unit> units = catalog.units();
        for (Roles role : Roles.values()) {
            identity.ensureGroup(role.groupId(), role.label(), Roles.GROUP_TYPE);
        }
        for (Unit unit : units) {
            identity.ensureGroup(UnitGroups.staff(unit.getCode()), unit.getName(), Roles.UNIT_GROUP_TYPE);
            identity.ensureGroup(UnitGroups.leaders(unit.getCode()), unit.getName() + Roles.LEADER.label(),
                    Roles.UNIT_GROUP_TYPE);
        }

        identity.ensureUser(properties.adminUser(), "系统", "管理员", null, properties.adminPassword());
        identity.ensureMembership(properties.adminUser(), Roles.ADMIN.groupId());
        if (properties.demoUsers()) {
            DemoAccounts.all(units, words).forEach(this::ensureDemoAccount);
        }
        accessRules.apply();
        filters.apply();
        LOG.info("身份与权限已就绪：{} 个单位组{}", units.size(), properties.demoUsers() ? "，含演示账号" : "");
    }

    private void ensureDemoAccount(DemoAccounts.Account account) {
        String domain = properties.demoMailDomain();
        identity.ensureUser(account.id(), account.firstName(), account.lastName(),
                domain == null || domain.isBlank() ? null : account.id() + "@" + domain, properties.demoPassword());
        account.groups().forEach(group -> identity.ensureMembership(account.id(), group));
    }
}
