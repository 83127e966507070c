package cn.ecodispatch.packaged;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The application's HTTP API as the tests of the packaged jar use it, always with HTTP Basic and the demo password. A failed
 * request throws: {@code RestClientResponseException} when the application answered otherwise than 2xx,
 * {@code ResourceAccessException} when it did not answer at all.
 */
public final class EcoApi {

    public static final String OFFICE = "office1";
    public static final String PASSWORD = "demo";

    public record StoredEvidence(long id, String fileName, long sizeBytes) {
    }

    private final RestClient rest;

    public EcoApi(URI baseUri) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(Duration.ofSeconds(30));
        rest = RestClient.builder().baseUrl(baseUri.toString()).requestFactory(requests).build();
    }

    /** True once the application serves /api and knows the demo accounts (created after the web server is up). */
    public boolean isReady() {
        return rest.get().uri("/api/catalog/units").headers(h -> h.setBasicAuth(OFFICE, PASSWORD))
                .exchange((request, response) -> response.getStatusCode().is2xxSuccessful());
    }

    public void openCycle(YearMonth period) {
        rest.post().uri("/api/dispatch/cycles").headers(h -> h.setBasicAuth(OFFICE, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("period", period.toString()))
                .retrieve().toBodilessEntity();
    }

    /** The cycle's report id per unit code in unit order, read a page at a time; empty while the cycle is not open yet. */
    public Map<String, Long> reportIdsByUnit(YearMonth period) {
        Map<String, Long> reports = new LinkedHashMap<>();
        for (int page = 0, pages = 1; page < pages; page++) {
            JsonNode cycle = rest.get().uri("/api/dispatch/cycles/{period}?page={page}&size=200", period, page)
                    .headers(h -> h.setBasicAuth(OFFICE, PASSWORD)).retrieve()
                    .onStatus(HttpStatusCode.valueOf(404)::equals, (request, response) -> { })
                    .body(JsonNode.class);
            cycle.path("reports").forEach(r -> reports.put(r.get("unitCode").asText(), r.get("reportId").asLong()));
            pages = cycle.path("page").path("pages").asInt();
        }
        return reports;
    }

    public long firstWorkItemOf(String user, long reportId) {
        return report(user, reportId).path("items").get(0).get("workItemId").asLong();
    }

    public List<StoredEvidence> evidenceOf(String user, long reportId) {
        List<StoredEvidence> evidence = new ArrayList<>();
        report(user, reportId).path("evidence").forEach(e -> evidence.add(new StoredEvidence(e.get("id").asLong(),
                e.get("fileName").asText(), e.get("sizeBytes").asLong())));
        return evidence;
    }

    /** Uploads a file as evidence of a work item and returns the id the application answered with. */
    public long upload(String user, long reportId, long workItemId, String fileName, byte[] content) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("workItemId", Long.toString(workItemId));
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return rest.post().uri("/api/reports/{id}/evidence", reportId).headers(h -> h.setBasicAuth(user, PASSWORD))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .retrieve().body(JsonNode.class).get("id").asLong();
    }

    public byte[] download(String user, long evidenceId) {
        return rest.get().uri("/api/evidence/{id}", evidenceId).headers(h -> h.setBasicAuth(user, PASSWORD))
                .retrieve().body(byte[].class);
    }

    private JsonNode report(String user, long reportId) {
        return rest.get().uri("/api/reports/{id}", reportId).headers(h -> h.setBasicAuth(user, PASSWORD))
                .retrieve().body(JsonNode.class);
    }
}
