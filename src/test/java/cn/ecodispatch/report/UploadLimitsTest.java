package cn.ecodispatch.report;

import static cn.ecodispatch.report.MultipartForms.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
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
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.shared.Period;

/**
 * What a hostile or broken client may send to the API — zip bombs as ledgers, files whose content is not what their
 * name says, names with paths and invisible characters, malformed or oversized requests — is refused with a 4xx
 * and a Chinese message, while everyone else is still served.
 */
@EcoDispatchTest
class UploadLimitsTest {

    private static final long MB = 1024 * 1024;

    @Autowired
    MonthScenario month;
    @Autowired
    TestRestTemplate rest;

    private long reportId;
    private long workItemId;

    @BeforeEach
    void aMonthIsOpen() {
        month.clockAt("2033-01-02T09:00");
        DispatchCycle cycle = month.dispatch.cycleOf(Period.parse("2033-01")).orElseGet(() -> month.startMonth("2033-01"));
        reportId = month.report(cycle, "daying").getId();
        workItemId = as("daying-reporter").getForObject("/api/reports/" + reportId, JsonNode.class)
                .get("items").get(0).get("workItemId").asLong();
    }

    @Test
    void a_zip_bomb_ledger_is_refused_at_the_unzipped_size_limit_at_once() throws IOException {
        byte[] bomb = HostileLedgers.zipBomb(300);
        long start = System.nanoTime();

        ResponseEntity<JsonNode> refused = importLedger(bomb);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(refused)).contains("解压后超过").contains("MB 的上限").endsWith("未导入任何内容");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void three_zip_bombs_at_once_are_all_refused_and_the_report_is_served_meanwhile() throws Exception {
        byte[] bomb = HostileLedgers.zipBomb(300);
        long heapBefore = usedHeapAfterGc();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<ResponseEntity<JsonNode>>> bombs = IntStream.range(0, 3)
                    .mapToObj(i -> clients.submit(() -> importLedger(bomb))).toList();
            Future<ResponseEntity<JsonNode>> report = clients.submit(() -> as("daying-reporter")
                    .getForEntity("/api/reports/" + reportId, JsonNode.class));

            assertThat(report.get(20, TimeUnit.SECONDS).getStatusCode()).isEqualTo(HttpStatus.OK);
            for (Future<ResponseEntity<JsonNode>> upload : bombs) {
                ResponseEntity<JsonNode> refused = upload.get(20, TimeUnit.SECONDS);
                assertThat(refused.getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.TOO_MANY_REQUESTS);
                assertThat(detail(refused)).containsAnyOf("的上限", "系统正忙");
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(usedHeapAfterGc() - heapBefore).as("堆内存增长").isLessThan(64 * MB);
        assertThat(as("daying-reporter").getForEntity("/api/reports/" + reportId, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void a_ledger_with_too_many_sheets_rows_or_characters_is_refused_naming_the_limit() {
        byte[] manySheets = HostileLedgers.workbook(workbook -> IntStream.rangeClosed(0, LedgerSheets.MAX_SHEETS)
                .forEach(i -> workbook.createSheet("表" + i)));
        byte[] manyRows = HostileLedgers.workbook(workbook -> {
            Sheet items = workbook.createSheet(LedgerWorkbook.ITEMS_SHEET);
            IntStream.rangeClosed(0, LedgerSheets.MAX_ROWS).forEach(r -> items.createRow(r).createCell(0).setCellValue(r));
        });
        byte[] longCell = HostileLedgers.workbook(workbook -> workbook.createSheet(LedgerWorkbook.TEXTS_SHEET)
                .createRow(0).createCell(1).setCellValue("长".repeat(LedgerSheets.MAX_CELL_CHARS + 1)));

        assertThat(detail(importLedger(manySheets))).isEqualTo("台账文件的工作表超过 10 个的上限，未导入任何内容");
        assertThat(detail(importLedger(manyRows))).isEqualTo("工作表“工作任务”超过 1000 行的上限，未导入任何内容");
        assertThat(detail(importLedger(longCell)))
                .isEqualTo("工作表“工作总结”的单元格 B1 超过 16000 个字的上限，未导入任何内容");
    }

    @Test
    void evidence_must_be_what_its_extension_says() throws IOException {
        byte[] pdf = "%PDF-1.4 现场照片".getBytes(StandardCharsets.UTF_8);
        byte[] png = png();

        ResponseEntity<JsonNode> pdfAsPhoto = uploadEvidence("photo.jpg", pdf);
        ResponseEntity<JsonNode> pngAsPdf = uploadEvidence("evil.pdf", png);
        ResponseEntity<JsonNode> realPng = uploadEvidence("x.png", png);

        assertThat(pdfAsPhoto.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(pdfAsPhoto)).isEqualTo("文件内容与扩展名不符：photo.jpg 不是 JPEG 文件");
        assertThat(pngAsPdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(pngAsPdf)).isEqualTo("文件内容与扩展名不符：evil.pdf 不是 PDF 文件");
        assertThat(realPng.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(realPng.getBody().get("contentType").asText()).isEqualTo("image/png");
    }

    @Test
    void a_file_name_keeps_its_last_segment_without_control_or_direction_characters() throws IOException {
        // RFC 5987 lets a browser send any character in a file name, percent-encoded: ..\..\etc/pass<RLO>wd.png
        ResponseEntity<JsonNode> stored = uploadEvidenceNamed("..%5C..%5Cetc%2Fpass%E2%80%AEwd.png", png());
        ResponseEntity<JsonNode> withNul = uploadEvidenceNamed("pass%00wd.png", png());
        ResponseEntity<JsonNode> disguised = uploadEvidence("photo\u202Egnp.exe", png());

        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(stored.getBody().get("fileName").asText()).isEqualTo("passwd.png");
        assertThat(withNul.getStatusCode()).as("Tomcat itself refuses a NUL in a file name").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(withNul)).isEqualTo("无法读取上传的表单，请以 multipart/form-data 表单上传文件");
        assertThat(detail(disguised)).startsWith("不支持的文件类型：photognp.exe");
    }

    @Test
    void what_a_client_sends_wrong_is_a_4xx_in_chinese_never_a_500() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);

        ResponseEntity<String> malformed = as("office1").exchange("/api/dispatch/cycles", HttpMethod.POST,
                new HttpEntity<>("{\"period\": \"2033-", json), String.class);
        ResponseEntity<JsonNode> plainText = as("office1").exchange("/api/dispatch/cycles", HttpMethod.POST,
                new HttpEntity<>("2033-02", text), JsonNode.class);
        ResponseEntity<JsonNode> ledgerAsJson = as("daying-reporter").exchange("/api/reports/" + reportId + "/ledger",
                HttpMethod.POST, new HttpEntity<>("{}", json), JsonNode.class);
        ResponseEntity<JsonNode> evidenceAsJson = as("daying-reporter").exchange("/api/reports/" + reportId
                + "/evidence", HttpMethod.POST, new HttpEntity<>("{}", json), JsonNode.class);
        ResponseEntity<JsonNode> wrongMethod = as("daying-reporter").exchange("/api/reports/" + reportId,
                HttpMethod.PUT, new HttpEntity<>("{}", json), JsonNode.class);
        ResponseEntity<JsonNode> nul = as("daying-reporter").getForEntity(
                URI.create("/api/catalog/indicators?unit=day%00ing"), JsonNode.class);

        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody()).contains("请求内容不是有效的 JSON").doesNotContain("Exception");
        assertThat(plainText.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(detail(plainText)).isEqualTo("该接口不支持此请求内容类型，请以 JSON 发送");
        assertThat(ledgerAsJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(ledgerAsJson)).isEqualTo("无法读取上传的表单，请以 multipart/form-data 表单上传文件");
        assertThat(evidenceAsJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(evidenceAsJson)).isEqualTo("缺少参数：workItemId");
        assertThat(wrongMethod.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(detail(wrongMethod)).isEqualTo("该接口不支持 PUT 请求");
        assertThat(nul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(nul)).isEqualTo("请求参数中含有不允许的空字符（NUL）");
    }

    @Test
    void a_request_over_the_size_limit_is_a_413_with_a_chinese_message() {
        byte[] thirtyMegabytes = Arrays.copyOf("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), (int) (30 * MB));
        HttpHeaders multipart = new HttpHeaders();
        multipart.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=eco-upload-boundary"));

        ResponseEntity<JsonNode> chunked = uploadEvidence("扫描件.pdf", thirtyMegabytes);
        ResponseEntity<JsonNode> ofStatedLength = as("daying-reporter").exchange("/api/reports/" + reportId
                + "/evidence", HttpMethod.POST, new HttpEntity<>(thirtyMegabytes, multipart), JsonNode.class);

        assertThat(chunked.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(detail(chunked)).isEqualTo("上传的文件超过 20MB 的上限");
        assertThat(ofStatedLength.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(detail(ofStatedLength)).isEqualTo("请求内容超过 22MB 的上限（每个文件最大 20MB）");
        assertThat(ofStatedLength.getBody().get("instance").asText()).isEqualTo("/api/reports/" + reportId + "/evidence");
        assertThat(ofStatedLength.getBody().get("title").asText()).isEqualTo("请求过大");
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    private ResponseEntity<JsonNode> importLedger(byte[] xlsx) {
        return as("daying-reporter").exchange("/api/reports/" + reportId + "/ledger", HttpMethod.POST,
                upload("台账.xlsx", xlsx, Map.of()), JsonNode.class);
    }

    private ResponseEntity<JsonNode> uploadEvidence(String fileName, byte[] content) {
        return as("daying-reporter").exchange("/api/reports/" + reportId + "/evidence", HttpMethod.POST,
                upload(fileName, content, Map.of("workItemId", String.valueOf(workItemId))), JsonNode.class);
    }

    private ResponseEntity<JsonNode> uploadEvidenceNamed(String rfc5987Name, byte[] content) throws IOException {
        String boundary = "eco-upload-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"workItemId\"\r\n\r\n" + workItemId
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload.png\"; "
                + "filename*=UTF-8''" + rfc5987Name + "\r\nContent-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
        return as("daying-reporter").exchange("/api/reports/" + reportId + "/evidence", HttpMethod.POST,
                new HttpEntity<>(body.toByteArray(), headers), JsonNode.class);
    }

    private static String detail(ResponseEntity<JsonNode> response) {
        return response.getBody().get("detail").asText();
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
