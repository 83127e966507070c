package cn.ecodispatch.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.ecodispatch.EcoDispatchTest;

@EcoDispatchTest
class IdentityBootstrapTest {

    @Autowired
    IdentityProvisioner provisioner;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;

    /** Everything the bootstrap writes, in a comparable form. */
    private List<String> snapshot() {
        List<String> users = identityService.createUserQuery().orderByUserId().asc().list().stream()
                .map(u -> "user " + u.getId() + " " + u.getFirstName() + u.getLastName() + " in "
                        + identityService.createGroupQuery().groupMember(u.getId()).orderByGroupId().asc().list().stream()
                                .map(Group::getId).toList())
                .toList();
        List<String> groups = identityService.createGroupQuery().orderByGroupId().asc().list().stream()
                .map(g -> "group " + g.getId() + " " + g.getName() + " " + g.getType()).toList();
        List<String> authorizations = authorizationService.createAuthorizationQuery().list().stream()
                .map(a -> "auth " + a.getAuthorizationType() + " " + a.getGroupId() + " " + a.getUserId() + " "
                        + a.getResourceType() + " " + a.getResourceId() + " " + a.getPermissions(Permissions.values()).length)
                .sorted().toList();
        List<String> filters = filterService.createFilterQuery().orderByFilterId().asc().list().stream()
                .map(f -> "filter " + f.getId() + " " + f.getName()).toList();
        return java.util.stream.Stream.of(users, groups, authorizations, filters).flatMap(List::stream).toList();
    }

    @Test
    void running_the_bootstrap_again_changes_nothing() {
        List<String> before = snapshot();

        provisioner.provision();
        provisioner.provision();

        assertThat(snapshot()).containsExactlyElementsOf(before);
    }

    @Test
    void every_unit_has_a_group_named_after_it_a_leaders_group_and_a_reporter_and_a_leader() {
        Group daying = identityService.createGroupQuery().groupId("daying").singleResult();
        assertThat(daying.getName()).isEqualTo("大营镇");
        assertThat(identityService.createGroupQuery().groupId("daying-leaders").singleResult().getName())
                .isEqualTo("大营镇单位负责人");
        assertThat(identityService.createGroupQuery().groupType(Roles.UNIT_GROUP_TYPE).count()).as("38 个单位，各两个组")
                .isEqualTo(76);

        User reporter = identityService.createUserQuery().userId("daying-reporter").singleResult();
        assertThat(reporter.getFirstName() + reporter.getLastName()).isEqualTo("大营镇填报员");
        assertThat(identityService.createUserQuery().memberOfGroup("daying").list()).extracting(User::getId)
                .containsExactlyInAnyOrder("daying-reporter", "daying-leader");
        assertThat(identityService.createUserQuery().memberOfGroup("daying-leaders").list()).extracting(User::getId)
                .containsExactly("daying-leader");
        assertThat(identityService.checkPassword("daying-leader", "demo")).isTrue();
        assertThat(identityService.createUserQuery().memberOfGroup("office").list()).extracting(User::getId)
                .containsExactlyInAnyOrder("office1", "office2", "director");
        assertThat(identityService.createUserQuery().memberOfGroup("orgdept").list()).extracting(User::getId)
                .containsExactly("orgdept");
        assertThat(identityService.checkPassword("admin", "admin-test")).isTrue();
    }

    @Test
    void unit_staff_reach_tasklist_only_and_only_admins_reach_cockpit_and_admin() {
        List<String> reporterGroups = List.of("daying", Roles.REPORTER.groupId());
        List<String> officeGroups = List.of(Roles.OFFICE.groupId());
        List<String> adminGroups = List.of(Roles.ADMIN.groupId());

        assertThat(canAccess("daying-reporter", reporterGroups, "tasklist")).isTrue();
        assertThat(canAccess("daying-reporter", reporterGroups, "cockpit")).isFalse();
        assertThat(canAccess("daying-reporter", reporterGroups, "admin")).isFalse();
        assertThat(canAccess("office1", officeGroups, "tasklist")).isTrue();
        assertThat(canAccess("office1", officeGroups, "cockpit")).isFalse();
        assertThat(canAccess("admin", adminGroups, "cockpit")).isTrue();
        assertThat(canAccess("admin", adminGroups, "admin")).isTrue();
    }

    private boolean canAccess(String user, List<String> groups, String application) {
        return authorizationService.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, application);
    }
}
