package cn.ecodispatch.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A user of /engine-rest as any HTTP client can be: signed in with Basic, sending whatever JSON it likes. Form
 * values are sent the way Tasklist sends them (lists as Json variables, plain values untyped).
 */
final class EngineRestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate rest;
    private final String user;
    private final String password;

    EngineRestClient(TestRestTemplate rest, String user, String password) {
        this.rest = rest;
        this.user = user;
        this.password = password;
    }

    static EngineRestClient as(TestRestTemplate rest, String user) {
        return new EngineRestClient(rest, user, "demo");
    }

    ResponseEntity<JsonNode> get(String path) {
        return send(HttpMethod.GET, path, null);
    }

    ResponseEntity<JsonNode> send(HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String text;
        try {
            text = body == null ? null : body instanceof String raw ? raw : JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return rest.withBasicAuth(user, password).exchange("/engine-rest/" + path, method,
                new HttpEntity<>(text, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> complete(String taskId, Map<String, ?> formValues) {
        return send(HttpMethod.POST, "task/" + taskId + "/complete", Map.of("variables", variables(formValues)));
    }

    ResponseEntity<JsonNode> submitForm(String taskId, Map<String, ?> formValues) {
        return send(HttpMethod.POST, "task/" + taskId + "/submit-form", Map.of("variables", variables(formValues)));
    }

    /** Form values in the REST API's variable format. */
    static Map<String, Object> variables(Map<String, ?> formValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        formValues.forEach((name, value) -> variables.put(name, value instanceof JsonValue json
                ? Map.of("type", "Json", "value", json.getValueSerialized())
                : value instanceof Map<?, ?> typed ? typed : java.util.Collections.singletonMap("value", value)));
        return variables;
    }
}
