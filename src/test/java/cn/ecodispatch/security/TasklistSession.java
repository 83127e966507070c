package cn.ecodispatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

/** A person signed in to Tasklist the way the browser does it: session cookie and CSRF token. */
final class TasklistSession {

    private final TestRestTemplate rest;
    private final HttpHeaders headers;

    private TasklistSession(TestRestTemplate rest, HttpHeaders headers) {
        this.rest = rest;
        this.headers = headers;
    }

    static TasklistSession signIn(TestRestTemplate rest, String user, String password) {
        List<String> cookies = new ArrayList<>(rest.getForEntity("/camunda/app/tasklist/", String.class).getHeaders()
                .getOrEmpty(HttpHeaders.SET_COOKIE));
        String xsrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring(11, c.indexOf(';')))
                .findFirst().orElse("");
        HttpHeaders login = withCookies(cookies, xsrf);
        login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        ResponseEntity<String> answer = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                new HttpEntity<>(form, login), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        cookies.addAll(answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
        return new TasklistSession(rest, withCookies(cookies, xsrf));
    }

    private static HttpHeaders withCookies(List<String> setCookies, String xsrf) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, String.join("; ", setCookies.stream().map(c -> c.substring(0, c.indexOf(';'))).toList()));
        headers.add("X-XSRF-TOKEN", xsrf);
        return headers;
    }

    ResponseEntity<JsonNode> get(String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    /** A call to Tasklist's engine API ({@code /camunda/api/engine/engine/default/...}) with a JSON body. */
    ResponseEntity<JsonNode> postToEngine(String path, Object body) {
        HttpHeaders json = new HttpHeaders();
        json.addAll(headers);
        json.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange("/camunda/api/engine/engine/default/" + path, HttpMethod.POST, new HttpEntity<>(body, json),
                JsonNode.class);
    }
}
