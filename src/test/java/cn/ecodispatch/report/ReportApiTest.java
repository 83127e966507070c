package cn.ecodispatch.report;

import static cn.ecodispatch.report.MultipartForms.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;

/**
 * The report page's API as 大营镇's reporter and others use it: the Excel ledger, evidence files, and the wall
 * between units.
 */
@EcoDispatchTest
class ReportApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MonthScenario month;
    @Autowired
    TestRestTemplate rest;

    private DispatchCycle cycle;
    private long reportId;

    @BeforeEach
    void aMonthIsOpen() {
        month.clockAt("2033-01-02T09:00");
        cycle = month.dispatch.cycleOf(cn.ecodispatch.shared.Period.parse("2033-01"))
                .orElseGet(() -> month.startMonth("2033-01"));
        reportId = month.report(cycle, "daying").getId();
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    @Test
    void a_unit_sees_its_own_report_and_not_another_units() {
        ResponseEntity<JsonNode> own = as("daying-reporter").getForEntity("/api/reports/" + reportId, JsonNode.class);
        ResponseEntity<JsonNode> foreign = as("yuandian-reporter").getForEntity("/api/reports/" + reportId, JsonNode.class);
        ResponseEntity<JsonNode> office = as("office1").getForEntity("/api/reports/" + reportId, JsonNode.class);

        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody().get("unit").get("name").asText()).isEqualTo("大营镇");
        assertThat(own.getBody().get("editable").asBoolean()).isTrue();
        assertThat(own.getBody().get("items")).hasSize(19);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(foreign.getBody().get("detail").asText()).isEqualTo("无权查看其他单位的数据");
        assertThat(office.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(office.getBody().get("editable").asBoolean()).as("创建办只能查看，不能代填").isFalse();
    }

    @Test
    void tasklist_opens_the_reporting_form_from_the_draft_and_the_task_stores_none_of_it() throws IOException {
        Task own = month.taskOf(month.reportInstance(cycle, "daying"), UnitMonthlyReportProcess.Elements.TASK_SUBMIT);

        ResponseEntity<String> opened = as("daying-reporter").getForEntity(
                "/engine-rest/task/" + own.getId() + "/form-variables?deserializeValues=false", String.class);
        JsonNode stored = as("daying-reporter").getForObject(
                "/engine-rest/task/" + own.getId() + "/variables", JsonNode.class);

        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode form = JSON.readTree(opened.getBody());
        assertThat(form.get("items").get("type").asText()).isEqualTo("Json");
        assertThat(JSON.readTree(form.get("items").get("value").asText())).as("大营镇的19项工作任务").hasSize(19);
        assertThat(form.get("dueLabel").get("value").asText()).isNotBlank();
        assertThat(stored.has("items")).as("任务上不存表单内容，只存流程事实").isFalse();
        assertThat(stored.has("summary")).isFalse();
        assertThat(stored.get("unitCode").get("value").asText()).isEqualTo("daying");
    }

    @Test
    void a_unit_reads_nothing_of_another_units_report_process_through_the_engine_api() {
        Task foreignTask = month.taskOf(month.reportInstance(cycle, "yuandian"), UnitMonthlyReportProcess.Elements.TASK_SUBMIT);

        JsonNode instances = as("daying-reporter").getForObject(
                "/engine-rest/process-instance?processDefinitionKey=unit-monthly-report&maxResults=100", JsonNode.class);
        JsonNode variables = as("daying-reporter").getForObject(
                "/engine-rest/variable-instance?variableName=reportId&maxResults=100", JsonNode.class);
        JsonNode history = as("daying-reporter").getForObject(
                "/engine-rest/history/variable-instance?variableName=reportId&maxResults=100", JsonNode.class);
        ResponseEntity<String> formVariables = as("daying-reporter").getForEntity(
                "/engine-rest/task/" + foreignTask.getId() + "/form-variables", String.class);

        assertThat(instances).isEmpty();
        assertThat(variables).isEmpty();
        assertThat(history).isEmpty();
        assertThat(formVariables.getStatusCode().is4xxClientError()).isTrue();
        assertThat(formVariables.getBody()).doesNotContain("原店镇");
    }

    @Test
    void evidence_is_uploaded_by_the_unit_downloaded_by_the_office_and_refused_to_others() {
        long workItemId = as("daying-reporter").getForObject("/api/reports/" + reportId, JsonNode.class)
                .get("items").get(0).get("workItemId").asLong();
        byte[] pdf = "%PDF-1.4 秸秆台账".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ResponseEntity<JsonNode> uploaded = as("daying-reporter").exchange("/api/reports/" + reportId + "/evidence",
                HttpMethod.POST, upload("秸秆台账.pdf", pdf, Map.of("workItemId", String.valueOf(workItemId))),
                JsonNode.class);
        ResponseEntity<JsonNode> wrongType = as("daying-reporter").exchange("/api/reports/" + reportId + "/evidence",
                HttpMethod.POST, upload("run.exe", pdf, Map.of("workItemId", String.valueOf(workItemId))), JsonNode.class);
        ResponseEntity<JsonNode> foreignUpload = as("yuandian-reporter").exchange("/api/reports/" + reportId
                + "/evidence", HttpMethod.POST, upload("x.pdf", pdf, Map.of("workItemId", String.valueOf(workItemId))),
                JsonNode.class);

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongType.getBody().get("detail").asText()).startsWith("不支持的文件类型：run.exe");
        assertThat(foreignUpload.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String download = uploaded.getBody().get("downloadUrl").asText();
        ResponseEntity<byte[]> byOffice = as("office1").getForEntity(download, byte[].class);
        assertThat(byOffice.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byOffice.getBody()).isEqualTo(pdf);
        assertThat(byOffice.getHeaders().getContentDisposition().getFilename()).isEqualTo("秸秆台账.pdf");
        assertThat(as("yuandian-reporter").getForEntity(download, byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void a_filled_ledger_fills_the_draft_and_the_open_task_form() throws IOException {
        byte[] template = as("daying-reporter").getForObject("/api/reports/" + reportId + "/ledger-template", byte[].class);
        byte[] filled;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet items = workbook.getSheet("工作任务");
            assertThat(items.getRow(10).getCell(3).getStringCellValue()).isEqualTo("2022年底前力争达到95%以上。");
            for (int r = 1; r <= 19; r++) {
                items.getRow(r).createCell(4).setCellValue("推进中");
                items.getRow(r).createCell(5).setCellValue("第" + r + "项本月推进情况");
            }
            Sheet indicators = workbook.getSheet("量化指标");
            for (int r = 1; r <= indicators.getLastRowNum(); r++) {
                indicators.getRow(r).createCell(2).setCellValue(88.5);
            }
            workbook.getSheet("工作总结").getRow(0).createCell(1).setCellValue("通过台账导入的总结");
            filled = bytes(workbook);
        }

        ResponseEntity<JsonNode> imported = as("daying-reporter").exchange("/api/reports/" + reportId + "/ledger",
                HttpMethod.POST, upload("台账.xlsx", filled, Map.of()), JsonNode.class);

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody().get("message").asText()).contains("19 项任务已填进展");
        Task open = month.taskOf(month.reportInstance(cycle, "daying"), UnitMonthlyReportProcess.Elements.TASK_SUBMIT);
        assertThat(month.formValue(open, "summary")).isEqualTo("通过台账导入的总结");
        assertThat(month.json(open, "items").get(4).get("progress").asText()).isEqualTo("IN_PROGRESS");
        assertThat(month.json(open, "indicators").get(0).get("value").decimalValue()).isEqualByComparingTo("88.5");
    }

    @Test
    void a_percentage_typed_as_95_percent_is_imported_as_95() throws IOException {
        ProcessInstance instance = month.reportInstance(cycle, "zhangmao");
        long zhangmaoReport = month.report(cycle, "zhangmao").getId();
        byte[] template = as("zhangmao-reporter").getForObject("/api/reports/" + zhangmaoReport + "/ledger-template",
                byte[].class);
        byte[] filled;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            Cell value = workbook.getSheet("量化指标").getRow(1).createCell(2);
            value.setCellValue(0.955);
            value.setCellStyle(percent);
            filled = bytes(workbook);
        }

        ResponseEntity<JsonNode> imported = as("zhangmao-reporter").exchange("/api/reports/" + zhangmaoReport
                + "/ledger", HttpMethod.POST, upload("台账.xlsx", filled, Map.of()), JsonNode.class);

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        Task open = month.taskOf(instance, UnitMonthlyReportProcess.Elements.TASK_SUBMIT);
        assertThat(month.json(open, "indicators").get(0).get("value").decimalValue()).isEqualByComparingTo("95.5");
    }

    @Test
    void a_ledger_with_wrong_cells_is_refused_whole_with_every_error_by_row_and_column() throws IOException {
        ProcessInstance instance = month.reportInstance(cycle, "daying");
        Task open = month.taskOf(instance, UnitMonthlyReportProcess.Elements.TASK_SUBMIT);
        String summaryBefore = (String) month.formValue(open, "summary");
        byte[] template = as("daying-reporter").getForObject("/api/reports/" + reportId + "/ledger-template", byte[].class);
        byte[] wrong;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row third = workbook.getSheet("工作任务").getRow(3);
            third.createCell(4).setCellValue("差不多");
            Sheet indicators = workbook.getSheet("量化指标");
            Row percentage = java.util.stream.IntStream.rangeClosed(1, indicators.getLastRowNum())
                    .mapToObj(indicators::getRow).filter(r -> r.getCell(1).getStringCellValue().contains("%"))
                    .findFirst().orElseThrow();
            percentage.createCell(2).setCellValue(150);
            workbook.getSheet("工作总结").getRow(0).createCell(1).setCellValue("不应被导入");
            wrong = bytes(workbook);
        }

        ResponseEntity<JsonNode> refused = as("daying-reporter").exchange("/api/reports/" + reportId + "/ledger",
                HttpMethod.POST, upload("台账.xlsx", wrong, Map.of()), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").asText()).isEqualTo("台账有 2 处错误，未导入任何内容");
        JsonNode errors = refused.getBody().get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("sheet").asText()).isEqualTo("工作任务");
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(4);
        assertThat(errors.get(0).get("column").asText()).isEqualTo("E");
        assertThat(errors.get(1).get("sheet").asText()).isEqualTo("量化指标");
        assertThat(errors.get(1).get("column").asText()).isEqualTo("C");
        assertThat(errors.get(1).get("message").asText()).contains("应在 0 到 100 之间");
        assertThat(month.formValue(open, "summary")).isEqualTo(summaryBefore);
    }

    @Test
    void the_tasklist_session_reaches_the_api_but_changes_need_the_pages_header() {
        HttpHeaders session = tasklistLogin("daying-reporter");

        ResponseEntity<JsonNode> read = rest.exchange("/api/reports/" + reportId, HttpMethod.GET,
                new HttpEntity<>(session), JsonNode.class);
        ResponseEntity<JsonNode> forged = rest.exchange("/api/reports/" + reportId + "/evidence", HttpMethod.POST,
                new HttpEntity<>(session), JsonNode.class);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forged.getBody().get("detail").asText()).contains("防跨站伪造");
    }

    /** Signs in to Tasklist as a browser does (CSRF token first) and returns the session cookie header. */
    private HttpHeaders tasklistLogin(String user) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        java.util.List<String> cookies = new java.util.ArrayList<>(page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
                .split(";")[0].substring("XSRF-TOKEN=".length());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add("X-XSRF-TOKEN", token);
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";")[0]).toList()));
        ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>("username=" + user + "&password=demo", headers), String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        cookies.addAll(login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
        java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();
        cookies.stream().map(c -> c.split(";")[0].split("=", 2)).forEach(kv -> jar.put(kv[0], kv[1]));
        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, String.join("; ", jar.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        return session;
    }

    @Test
    void refused_form_input_through_the_rest_api_is_a_400_with_the_chinese_message() {
        Task task = month.taskOf(month.reportInstance(cycle, "xiashi"), UnitMonthlyReportProcess.Elements.TASK_SUBMIT);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<JsonNode> response = as("xiashi-reporter").exchange("/engine-rest/task/" + task.getId()
                + "/complete", HttpMethod.POST, new HttpEntity<>("{\"variables\":{\"reportAction\":{\"value\":\"SEND\"}}}",
                        headers), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("detail").asText()).isEqualTo("请选择本次操作：保存草稿或提交单位负责人签发");
        assertThat(month.taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
