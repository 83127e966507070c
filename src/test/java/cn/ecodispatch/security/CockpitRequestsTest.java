package cn.ecodispatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;

/**
 * Cockpit and Admin as the administrator uses them: their login page loads, and the lists Cockpit asks for without a
 * page size (a definition's versions, its task dashboard's groups) are answered instead of refused with 400; clients
 * of /engine-rest still have to page.
 */
@EcoDispatchTest
class CockpitRequestsTest {

    private static final String ENGINE = "/camunda/api/engine/engine/default/";

    @Autowired
    TestRestTemplate rest;

    @Test
    void cockpit_and_admin_load_their_plugins_before_anyone_signs_in() {
        for (String script : new String[] {"/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js",
                "/camunda/api/admin/plugin/adminPlugins/static/app/plugin.js"}) {
            ResponseEntity<String> answer = rest.getForEntity(script, String.class);

            assertThat(answer.getStatusCode()).as(script).isEqualTo(HttpStatus.OK);
            assertThat(answer.getHeaders().getContentType().getSubtype()).as(script).isEqualTo("javascript");
        }
    }

    @Test
    void cockpit_lists_a_decisions_versions_without_a_page_size() {
        TasklistSession admin = TasklistSession.signIn(rest, "admin", "admin-test");

        ResponseEntity<JsonNode> versions = admin.get(ENGINE
                + "decision-definition?key=supervision-measure&sortBy=version&sortOrder=desc&withoutTenantId=true");

        assertThat(versions.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(versions.getBody()).isNotEmpty();
        assertThat(versions.getBody().get(0).path("key").asText()).isEqualTo("supervision-measure");
    }

    @Test
    void cockpit_queries_the_groups_of_its_task_dashboard_without_a_page_size() {
        TasklistSession admin = TasklistSession.signIn(rest, "admin", "admin-test");

        ResponseEntity<JsonNode> groups = admin.postToEngine("group", Map.of("idIn", new String[] {"daying", "office"}));

        assertThat(groups.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(groups.getBody().findValuesAsText("id")).containsExactlyInAnyOrder("daying", "office");
    }

    @Test
    void clients_of_engine_rest_still_have_to_page() {
        EngineRestClient admin = new EngineRestClient(rest, "admin", "admin-test");

        assertThat(admin.get("decision-definition?key=supervision-measure").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.get("decision-definition?key=supervision-measure&maxResults=10").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
