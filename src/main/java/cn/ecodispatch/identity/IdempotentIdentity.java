package cn.ecodispatch.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.MembershipEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Create-if-missing operations on Camunda's identity and authorization tables: running them again changes
 * nothing. Existing passwords are never overwritten, so a password changed in Admin survives a restart.
 *
 * <p>{@link #apply} runs the operations against what the tables held when it began — every group, user and
 * membership and the grants of the given groups, four queries whatever the number of units — so a start with nothing
 * to change reads no row per unit and writes nothing. They run in one engine command, which writes what they create
 * when it ends, in JDBC batches, instead of flushing each group, account and membership on its own. Call it while
 * holding the {@code StartupLock}: a node that waited for it then reads what the node before it created. The unbounded
 * lists need the system's own start-up call (no signed-in user), to which Camunda's query results limit does not apply.
 */
@Component
class IdempotentIdentity {

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;
    private final ProcessEngineConfigurationImpl engine;

    IdempotentIdentity(IdentityService identityService, AuthorizationService authorizationService,
            ManagementService managementService, JdbcTemplate jdbc, ProcessEngineConfigurationImpl engine) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.managementService = managementService;
        this.jdbc = jdbc;
        this.engine = engine;
    }

    /**
     * Runs the changes in one engine command against what the tables hold now, and tells what they wrote.
     * {@code grantees}: the groups whose grants {@link Existing#grant} may add to.
     */
    Written apply(Collection<String> grantees, Consumer<Existing> changes) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            Existing existing = read(grantees);
            changes.accept(existing);
            return existing.written();
        });
    }

    private Existing read(Collection<String> grantees) {
        // Camunda's API has no query of all memberships: one SELECT on its table, named as the engine names it.
        Set<Membership> memberships = new HashSet<>(jdbc.query("select USER_ID_, GROUP_ID_ from "
                + managementService.getTableName(MembershipEntity.class),
                (rs, n) -> new Membership(rs.getString(1), rs.getString(2))));
        List<Authorization> grants = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(grantees.toArray(String[]::new)).list();
        return new Existing(byId(identityService.createGroupQuery().list(), Group::getId),
                byId(identityService.createUserQuery().list(), User::getId), memberships, Set.copyOf(grantees),
                grants.stream().collect(Collectors.toMap(GrantKey::of, Function.identity(), (first, other) -> first)));
    }

    private static <T> Map<String, T> byId(List<T> rows, Function<T, String> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private record Membership(String userId, String groupId) {
    }

    /** One authorization row per group, resource type and resource id. */
    private record GrantKey(String groupId, int resourceType, String resourceId) {
        static GrantKey of(Authorization authorization) {
            return new GrantKey(authorization.getGroupId(), authorization.getResourceType(),
                    authorization.getResourceId());
        }
    }

    /** What was written, for the start-up log and for tests. */
    record Written(int groups, int users, int memberships, int authorizations) {
        boolean nothing() {
            return groups + users + memberships + authorizations == 0;
        }
    }

    /** The tables as read, kept up to date with what is written through it. */
    final class Existing {

        private final Map<String, Group> groups;
        private final Map<String, User> users;
        private final Set<Membership> memberships;
        private final Set<String> grantees;
        private final Map<GrantKey, Authorization> grants;
        /**
         * Grants saved (created or changed) in this command: the engine writes them when it ends, with every permission
         * added until then, and refuses a second save of one it has yet to insert.
         */
        private final Set<GrantKey> grantsSaved = new HashSet<>();
        private int groupsWritten;
        private int usersWritten;
        private int membershipsWritten;
        private int authorizationsWritten;

        private Existing(Map<String, Group> groups, Map<String, User> users, Set<Membership> memberships,
                Set<String> grantees, Map<GrantKey, Authorization> grants) {
            this.groups = groups;
            this.users = users;
            this.memberships = memberships;
            this.grantees = grantees;
            this.grants = grants;
        }

        void ensureGroup(String id, String name, String type) {
            Group group = groups.get(id);
            if (group == null) {
                group = identityService.newGroup(id);
            } else if (name.equals(group.getName()) && type.equals(group.getType())) {
                return;
            }
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
            groups.put(id, group);
            groupsWritten++;
        }

        /** An e-mail address given here is set on a new account, and on an existing one that has none. */
        void ensureUser(String id, String firstName, String lastName, String email, String initialPassword) {
            User user = users.get(id);
            boolean emailMissing = email != null
                    && (user == null || user.getEmail() == null || user.getEmail().isBlank());
            if (user == null) {
                user = identityService.newUser(id);
                user.setPassword(initialPassword);
            } else if (firstName.equals(user.getFirstName()) && lastName.equals(user.getLastName()) && !emailMissing) {
                return;
            }
            user.setFirstName(firstName);
            user.setLastName(lastName);
            if (emailMissing) {
                user.setEmail(email);
            }
            identityService.saveUser(user);
            users.put(id, user);
            usersWritten++;
        }

        void ensureMembership(String userId, String groupId) {
            if (memberships.add(new Membership(userId, groupId))) {
                identityService.createMembership(userId, groupId);
                membershipsWritten++;
            }
        }

        /** Grants the group at least these permissions on the resource; one authorization row per group and resource. */
        void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
            if (!grantees.contains(groupId)) {
                throw new IllegalArgumentException("未读取组 " + groupId + " 的授权，不能为其授权");
            }
            GrantKey key = new GrantKey(groupId, resource.resourceType(), resourceId);
            Authorization authorization = grants.get(key);
            if (authorization != null && Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
                return;
            }
            if (authorization == null) {
                authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                authorization.setGroupId(groupId);
                authorization.setResource(resource);
                authorization.setResourceId(resourceId);
            }
            for (Permission permission : permissions) {
                authorization.addPermission(permission);
            }
            if (grantsSaved.add(key)) {
                grants.put(key, authorizationService.saveAuthorization(authorization));
                authorizationsWritten++;
            }
        }

        Written written() {
            return new Written(groupsWritten, usersWritten, membershipsWritten, authorizationsWritten);
        }
    }
}
