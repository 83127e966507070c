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

    /**
     * Reads what Camunda holds in a few bulk queries and writes only what the catalogue needs and is missing: a
     * restart with nothing changed writes nothing, a unit added since gets its groups (and, in the demo profile, its
     * accounts) and nothing else is touched.
     */
    @Transactional
    public IdempotentIdentity.Written provision() {
        startupLock.acquire("identity");
        List<Unit> units = catalog.units();
        IdempotentIdentity.Written written = identity.apply(Roles.groupIds(), existing -> {
            for (Roles role : Roles.values()) {
                existing.ensureGroup(role.groupId(), role.label(), Roles.GROUP_TYPE);
            }
            for (Unit unit : units) {
                existing.ensureGroup(UnitGroups.staff(unit.getCode()), unit.getName(), Roles.UNIT_GROUP_TYPE);
                existing.ensureGroup(UnitGroups.leaders(unit.getCode()), unit.getName() + Roles.LEADER.label(),
                        Roles.UNIT_GROUP_TYPE);
            }
            existing.ensureUser(properties.adminUser(), "系统", "管理员", null, properties.adminPassword());
            existing.ensureMembership(properties.adminUser(), Roles.ADMIN.groupId());
            if (properties.demoUsers()) {
                DemoAccounts.all(units, words).forEach(account -> ensureDemoAccount(existing, account));
            }
            accessRules.apply(existing);
            filters.apply(existing);
        });
        LOG.info("身份与权限已就绪：{} 个单位{}；{}", units.size(), properties.demoUsers() ? "，含演示账号" : "",
                written.nothing() ? "无需变更" : "新建或更新 " + written.groups() + " 个组、" + written.users() + " 个账号、"
                        + written.memberships() + " 个组成员关系、" + written.authorizations() + " 项授权");
        return written;
    }

    private void ensureDemoAccount(IdempotentIdentity.Existing existing, DemoAccounts.Account account) {
        String domain = properties.demoMailDomain();
        existing.ensureUser(account.id(), account.firstName(), account.lastName(),
                domain == null || domain.isBlank() ? null : account.id() + "@" + domain, properties.demoPassword());
        account.groups().forEach(group -> existing.ensureMembership(account.id(), group));
    }
}
