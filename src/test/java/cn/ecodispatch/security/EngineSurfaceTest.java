package cn.ecodispatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
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

/**
 * The engine's surface as a stranger or a curious clerk meets it: browser protections on every answer, no
 * district-wide statistics for unit staff, no account locked by someone else's guesses, and for every race or
 * malformed request a Chinese 4xx instead of a 500 with the engine's insides.
 */
@EcoDispatchTest
class EngineSurfaceTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void removeProbes() {
        runtimeService.createProcessInstanceQuery().processDefinitionKey("task-visibility-probe").list()
                .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test"));
    }

    private String probeTaskOf(String unit) {
        String instance = runtimeService.startProcessInstanceByKey("task-visibility-probe", Map.of("unitCode", unit))
                .getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private static void assertChineseError(ResponseEntity<JsonNode> response, HttpStatus status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getBody().path("detail").asText()).matches(".*\\p{IsHan}.*");
        assertThat(response.getBody().toString()).doesNotContain("Exception", "ENGINE-", "org.camunda", "SQL");
    }

    @Test
    void every_answer_carries_the_browser_protections() {
        for (String path : List.of("/eco/report.html", "/api/catalog/units", "/engine-rest/task",
                "/camunda/app/tasklist/")) {
            HttpHeaders headers = rest.withBasicAuth("daying-reporter", "demo")
                    .exchange(path, HttpMethod.GET, null, String.class).getHeaders();
            assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(headers.getFirst("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
        }
    }

    @Test
    void district_wide_statistics_are_closed_to_unit_staff_and_open_to_the_office() {
        EngineRestClient clerk = EngineRestClient.as(rest, "daying-reporter");

        assertChineseError(clerk.get("process-definition/statistics"), HttpStatus.FORBIDDEN);
        assertChineseError(clerk.get("process-definition/key/unit-monthly-report/statistics"), HttpStatus.FORBIDDEN);
        assertThat(EngineRestClient.as(rest, "office1").get("process-definition/statistics").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void cockpit_plugins_are_closed_to_a_clerk_signed_in_to_tasklist() {
        TasklistSession session = TasklistSession.signIn(rest, "daying-reporter", "demo");

        ResponseEntity<JsonNode> statistics =
                session.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count");

        assertChineseError(statistics, HttpStatus.FORBIDDEN);
    }

    @Test
    void the_web_apps_own_refusals_are_in_chinese_too() {
        HttpHeaders form = new HttpHeaders();
        form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<JsonNode> withoutCsrfToken = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>("username=daying-reporter&password=demo", form),
                JsonNode.class);

        assertChineseError(withoutCsrfToken, HttpStatus.FORBIDDEN);
    }

    @Test
    void wrong_passwords_slow_the_guesser_down_without_locking_the_account() {
        User probe = identityService.newUser("lockout-probe");
        probe.setPassword("correct-horse");
        identityService.saveUser(probe);
        try {
            List<HttpStatus> answers = new ArrayList<>();
            for (int i = 0; i < LoginThrottle.MAX_FAILURES + 1; i++) {
                answers.add(HttpStatus.valueOf(rest.withBasicAuth("lockout-probe", "guess-" + i)
                        .getForEntity("/api/catalog/units", String.class).getStatusCode().value()));
            }
            ResponseEntity<JsonNode> blocked = rest.withBasicAuth("lockout-probe", "correct-horse")
                    .getForEntity("/api/catalog/units", JsonNode.class);

            assertThat(answers.subList(0, LoginThrottle.MAX_FAILURES)).containsOnly(HttpStatus.UNAUTHORIZED);
            assertThat(answers.get(LoginThrottle.MAX_FAILURES)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(blocked.getBody().path("detail").asText()).contains("分钟后再试");
            assertThat(identityService.checkPassword("lockout-probe", "correct-horse"))
                    .as("账号本身未被锁定：从别处仍可登录").isTrue();
        } finally {
            identityService.deleteUser("lockout-probe");
        }
    }

    @Test
    void the_engine_no_longer_locks_the_administrator_after_many_wrong_passwords() {
        for (int i = 0; i < 12; i++) {
            assertThat(identityService.checkPassword("admin", "wrong-" + i)).isFalse();
        }
        assertThat(identityService.checkPassword("admin", "admin-test")).isTrue();
    }

    /** The race ends differently from run to run inside the engine; several rounds meet more of its ways. */
    @Test
    void two_people_completing_the_same_task_at_once_get_one_success_and_one_chinese_conflict() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String task = probeTaskOf("daying");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
                for (String user : List.of("daying-reporter", "daying-leader")) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return EngineRestClient.as(rest, user).complete(task, Map.of());
                    }));
                }
                start.countDown();
                List<HttpStatus> statuses = new ArrayList<>();
                for (Future<ResponseEntity<JsonNode>> answer : answers) {
                    ResponseEntity<JsonNode> response = answer.get();
                    HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
                    statuses.add(status);
                    if (status != HttpStatus.NO_CONTENT) {
                        assertThat(status).isIn(HttpStatus.CONFLICT, HttpStatus.NOT_FOUND);
                        assertChineseError(response, status);
                    }
                }
                assertThat(statuses).containsOnlyOnce(HttpStatus.NO_CONTENT);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void claiming_a_task_someone_else_has_claimed_is_a_chinese_conflict() {
        String task = probeTaskOf("yuandian");
        assertThat(EngineRestClient.as(rest, "yuandian-reporter").send(HttpMethod.POST, "task/" + task + "/claim",
                Map.of("userId", "yuandian-reporter")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> second = EngineRestClient.as(rest, "yuandian-leader").send(HttpMethod.POST,
                "task/" + task + "/claim", Map.of("userId", "yuandian-leader"));

        assertChineseError(second, HttpStatus.CONFLICT);
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("yuandian-reporter");
    }

    @Test
    void malformed_oversized_and_unknown_requests_get_chinese_4xx() {
        String task = probeTaskOf("xizhangcun");
        EngineRestClient clerk = EngineRestClient.as(rest, "xizhangcun-reporter");

        assertChineseError(clerk.send(HttpMethod.POST, "task/" + task + "/complete", "{\"variables\": {oops"),
                HttpStatus.BAD_REQUEST);
        assertChineseError(clerk.send(HttpMethod.POST, "task", "{\"processInstanceId\": [1, 2"), HttpStatus.BAD_REQUEST);
        assertChineseError(clerk.send(HttpMethod.POST, "task/" + task + "/complete",
                "{\"variables\": {}, \"padding\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}"), HttpStatus.PAYLOAD_TOO_LARGE);
        assertChineseError(clerk.get("no-such-resource"), HttpStatus.NOT_FOUND);
        assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    }
}
