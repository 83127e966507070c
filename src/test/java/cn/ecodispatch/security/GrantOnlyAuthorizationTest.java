package cn.ecodispatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;

/**
 * Access is only ever granted, so the engine does not look for revocations in every command
 * ({@code authorization-check-revokes: never}); a revocation it would not look for is refused when saved.
 */
@EcoDispatchTest
class GrantOnlyAuthorizationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    ProcessEngine engine;

    @Test
    void an_administrator_who_revokes_a_units_access_in_admin_is_told_to_remove_the_grant_instead() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String revoke = "{\"type\":2,\"permissions\":[\"READ\"],\"groupId\":\"daying\",\"resourceType\":7,"
                + "\"resourceId\":\"*\"}";

        ResponseEntity<JsonNode> answer = rest.withBasicAuth("admin", "admin-test")
                .postForEntity("/engine-rest/authorization/create", new HttpEntity<>(revoke, headers), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("message").asText()).contains("不支持“撤销”（REVOKE）授权", "删除或修改授予");
        assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
                .isZero();
        assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes()).isEqualTo("never");
    }

    @Test
    void a_grant_is_saved_as_before_but_cannot_be_turned_into_a_revoke() {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("daying");
        grant.setResource(Resources.TASK);
        grant.setResourceId("probe-grant-only");
        grant.addPermission(Permissions.READ);
        grant = authorizations.saveAuthorization(grant);
        try {
            ((AuthorizationEntity) grant).setAuthorizationType(Authorization.AUTH_TYPE_REVOKE);
            Authorization turned = grant;
            assertThatThrownBy(() -> authorizations.saveAuthorization(turned))
                    .isInstanceOf(BadUserRequestException.class).hasMessageContaining("不支持“撤销”（REVOKE）授权");
            assertThat(authorizations.createAuthorizationQuery().resourceId("probe-grant-only").singleResult()
                    .getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
        } finally {
            authorizations.deleteAuthorization(grant.getId());
        }
    }
}
