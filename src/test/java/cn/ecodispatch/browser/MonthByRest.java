package cn.ecodispatch.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.ecodispatch.packaged.EcoApi;

/**
 * The other units' month done quickly through /engine-rest, each step signed in (HTTP Basic) as the person whose
 * step it is, and each completion carrying only its form's fields — as the REST policy allows any client: the
 * units' reporters submit, their leaders sign, the office approves. It also waits for the steps the system takes on
 * its own (the month compiled for consultation, the bulletin drafted).
 */
final class MonthByRest {

    static final String REVIEWER = "office2";
    static final String DIRECTOR = "director";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PROCESS_STEP = Duration.ofSeconds(60);

    private final RestClient rest;
    private final EcoApi api;

    MonthByRest(URI baseUri) {
        api = new EcoApi(baseUri);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(Duration.ofSeconds(60));
        rest = RestClient.builder().baseUrl(baseUri.toString()).requestFactory(requests).build();
    }

    /** The codes of the units reporting this month, departments first: see {@link #reportsApproved}. */
    List<String> reportingUnitsDepartmentsFirst(YearMonth period) {
        Map<String, String> kinds = new LinkedHashMap<>();
        get(EcoApi.OFFICE, "/api/catalog/units").forEach(u -> kinds.put(u.get("code").asText(), u.get("kind").asText()));
        List<String> departments = new ArrayList<>();
        List<String> townships = new ArrayList<>();
        api.reportIdsByUnit(period).keySet()
                .forEach(unit -> ("TOWNSHIP".equals(kinds.get(unit)) ? townships : departments).add(unit));
        departments.addAll(townships);
        return departments;
    }

    /**
     * Each unit's report filled completely and submitted by its reporter, signed by its leader and approved by the
     * office, one unit after the other, the departments (which lead the key tasks) first.
     */
    void reportsApproved(YearMonth period, List<String> units) {
        for (String unit : units) {
            String businessKey = period + ":" + unit;
            String reporter = unit + "-reporter";
            String submit = taskId(reporter, "processInstanceBusinessKey=" + businessKey
                    + "&taskDefinitionKey=Task_SubmitMonthlyReport");
            complete(reporter, submit, filledReport(reporter, submit));
            String leader = unit + "-leader";
            complete(leader, taskId(leader, "processInstanceBusinessKey=" + businessKey
                    + "&taskDefinitionKey=Task_SignOffReport"), Map.of("signOffDecision", plain("SIGNED")));
            complete(REVIEWER, taskId(REVIEWER, "processInstanceBusinessKey=" + businessKey
                    + "&taskDefinitionKey=Task_ReviewReport"), Map.of("reviewOutcome", plain("APPROVED")));
        }
    }

    /** Waits until the month's 会商研判 has reached the director (the month is compiled asynchronously). */
    void awaitConsultation() {
        awaitTask(DIRECTOR, "processDefinitionKey=monthly-dispatch&taskDefinitionKey=Task_Consult");
    }

    /** Waits until the month's bulletin draft has reached the office's 修改通报稿. */
    void awaitBulletinDraft() {
        awaitTask(REVIEWER, "processDefinitionKey=monthly-bulletin&taskDefinitionKey=Task_EditBulletin");
    }

    /** The reporting form as Tasklist sends it back: every row as shown, with progress, work done and values. */
    private Map<String, Object> filledReport(String reporter, String taskId) {
        JsonNode shown = get(reporter, "/engine-rest/task/" + taskId
                + "/form-variables?variableNames=items,keyTasks,indicators&deserializeValues=false");
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("items", json(rows(shown, "items", row -> {
            row.put("progress", "DONE");
            row.put("workDone", "本月完成：" + row.path("label").asText());
        })));
        variables.put("keyTasks", json(rows(shown, "keyTasks", row -> {
            row.put("progress", "IN_PROGRESS");
            row.put("workDone", "本月参与推进：" + row.path("label").asText());
        })));
        variables.put("indicators", json(rows(shown, "indicators", row -> row.put("value", 100))));
        variables.put("summary", plain("本月按计划推进各项创建任务。"));
        variables.put("difficulties", plain("无"));
        variables.put("nextMonthPlan", plain("继续推进，按期完成。"));
        variables.put("reportAction", plain("SUBMIT"));
        return variables;
    }

    private static ArrayNode rows(JsonNode formVariables, String name, Consumer<ObjectNode> fill) {
        try {
            ArrayNode rows = (ArrayNode) JSON.readTree(formVariables.path(name).path("value").asText());
            rows.forEach(row -> fill.accept((ObjectNode) row));
            return rows;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("表单变量 " + name + " 不是 JSON", e);
        }
    }

    private String awaitTask(String user, String query) {
        List<String> found = new ArrayList<>();
        await(query).atMost(PROCESS_STEP).pollInterval(Duration.ofMillis(250)).until(() -> {
            found.clear();
            get(user, "/engine-rest/task?" + query + "&maxResults=10").forEach(t -> found.add(t.get("id").asText()));
            return !found.isEmpty();
        });
        assertThat(found).as(query).hasSize(1);
        return found.get(0);
    }

    private String taskId(String user, String query) {
        JsonNode tasks = get(user, "/engine-rest/task?" + query + "&maxResults=10");
        assertThat(tasks).as(user + " 的任务 " + query).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    private void complete(String user, String taskId, Map<String, Object> variables) {
        rest.post().uri("/engine-rest/task/{id}/complete", taskId)
                .headers(h -> h.setBasicAuth(user, EcoApi.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", variables)).retrieve().toBodilessEntity();
    }

    private JsonNode get(String user, String path) {
        return rest.get().uri(path).headers(h -> h.setBasicAuth(user, EcoApi.PASSWORD))
                .retrieve().body(JsonNode.class);
    }

    private static Map<String, Object> plain(Object value) {
        return Map.of("value", value);
    }

    private static Map<String, Object> json(Object value) {
        try {
            return Map.of("type", "Json", "value", JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
