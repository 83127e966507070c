package cn.ecodispatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;

/** Each guard against the known advisories of Camunda 7.24 Community refuses its attack. */
@EcoDispatchTest
class AdvisoryGuardsTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;
    @Autowired
    FilterService filterService;

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    @Test
    void without_credentials_the_engine_rest_api_and_the_project_api_answer_401() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> api = rest.getForEntity("/api/catalog/units", JsonNode.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.getBody().get("detail").asText()).startsWith("请先登录");
    }

    @Test
    void a_wrong_password_is_refused_like_no_password() {
        // A user no other test signs in as: failed attempts delay that user's next login.
        ResponseEntity<JsonNode> engine = rest.withBasicAuth("wangjiahou-reporter", "wrong")
                .getForEntity("/engine-rest/task?maxResults=1", JsonNode.class);
        ResponseEntity<JsonNode> api = rest.withBasicAuth("wangjiahou-reporter", "wrong")
                .getForEntity("/api/catalog/units", JsonNode.class);

        for (ResponseEntity<JsonNode> refused : List.of(engine, api)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as("同一 Basic 质询")
                    .isEqualTo(engine.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic ");
            assertThat(refused.getBody().get("title").asText()).isEqualTo("未登录");
            assertThat(refused.getBody().get("detail").asText()).startsWith("请先登录");
        }
    }

    @Test
    void a_user_without_the_right_gets_403() {
        ResponseEntity<String> response = rest.withBasicAuth("daying-reporter", "demo").exchange(
                "/engine-rest/user/create", HttpMethod.POST,
                json("{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x1234567\"}}"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void the_admin_setup_endpoint_is_closed_once_an_administrator_exists() {
        ResponseEntity<JsonNode> response = rest.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
                json("{\"profile\":{\"id\":\"usurper\",\"firstName\":\"a\",\"lastName\":\"b\"},"
                        + "\"credentials\":{\"password\":\"x1234567\"}}"),
                JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().get("detail").asText()).contains("系统已完成初始化");
        assertThat(identityService.createUserQuery().userId("usurper").count()).isZero();
    }

    @Test
    void a_task_query_with_an_expression_in_the_url_is_refused() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("admin", "admin-test")
                .getForEntity("/engine-rest/task?maxResults=10&assigneeExpression={e}", JsonNode.class,
                        "${''.getClass().forName('java.lang.Runtime')}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("detail").asText()).contains("不允许使用表达式").contains("assigneeExpression");
    }

    @Test
    void an_expression_hidden_in_or_queries_is_refused() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("admin", "admin-test").exchange(
                "/engine-rest/task?maxResults=10", HttpMethod.POST,
                json("{\"orQueries\":[{\"candidateGroupExpression\":\"${currentUserGroups()}\"}]}"), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("detail").asText()).contains("candidateGroupExpression");
    }

    @Test
    void a_stored_filter_with_an_expression_is_refused() {
        long filtersBefore = filterService.createFilterQuery().count();

        ResponseEntity<JsonNode> response = rest.withBasicAuth("admin", "admin-test").exchange(
                "/engine-rest/filter/create", HttpMethod.POST,
                json("{\"resourceType\":\"Task\",\"name\":\"恶意过滤器\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}"),
                JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filtersBefore);
    }

    @Test
    void query_result_sizes_are_capped() {
        ResponseEntity<JsonNode> tooMany = rest.withBasicAuth("admin", "admin-test")
                .getForEntity("/engine-rest/history/task?maxResults=5000", JsonNode.class);
        ResponseEntity<JsonNode> unbounded = rest.withBasicAuth("admin", "admin-test")
                .getForEntity("/engine-rest/history/task", JsonNode.class);
        ResponseEntity<JsonNode> withinCap = rest.withBasicAuth("admin", "admin-test")
                .getForEntity("/engine-rest/history/task?maxResults=2000", JsonNode.class);

        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unbounded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withinCap.getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
