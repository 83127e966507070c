package cn.ecodispatch.identity;

import java.util.Arrays;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Create-if-missing operations on Camunda's identity and authorization tables: running them again changes
 * nothing. Existing passwords are never overwritten, so a password changed in Admin survives a restart.
 */
@Component
class IdempotentIdentity {

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    IdempotentIdentity(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    void ensureGroup(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
        } else if (name.equals(group.getName()) && type.equals(group.getType())) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    /** An e-mail address given here is set on a new account, and on an existing one that has none. */
    void ensureUser(String id, String firstName, String lastName, String email, String initialPassword) {
        User user = identityService.createUserQuery().userId(id).singleResult();
        boolean emailMissing = email != null && (user == null || user.getEmail() == null || user.getEmail().isBlank());
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
    }

    void ensureMembership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    /** Grants the group at least these permissions on the resource; one authorization row per group and resource. */
    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
