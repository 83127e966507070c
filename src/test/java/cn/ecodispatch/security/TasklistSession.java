package cn.ecodispatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

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
        Map<String, String> cookies = new LinkedHashMap<>();
        remember(cookies, rest.getForEntity("/camunda/app/tasklist/", String.class).getHeaders());
        HttpHeaders login = withCookies(cookies);
        login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        ResponseEntity<String> answer = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                new HttpEntity<>(form, login), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        // The login starts a new session, which hands out its CSRF token with the next answer (Tasklist asks who is
        // signed in); the browser keeps the newest cookie of each name.
        remember(cookies, answer.getHeaders());
        remember(cookies, rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(withCookies(cookies)), String.class).getHeaders());
        return new TasklistSession(rest, withCookies(cookies));
    }

    private static void remember(Map<String, String> cookies, HttpHeaders answer) {
        for (String setCookie : answer.getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String pair = setCookie.substring(0, setCookie.indexOf(';'));
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
    }

    private static HttpHeaders withCookies(Map<String, String> cookies) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream()
                .map(c -> c.getKey() + "=" + c.getValue()).toList()));
        headers.add("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""));
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
