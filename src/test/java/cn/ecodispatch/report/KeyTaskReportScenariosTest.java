package cn.ecodispatch.report;

import static cn.ecodispatch.report.MultipartForms.upload;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_REVIEW;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SIGN_OFF;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SUBMIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;

/**
 * Key tasks in the monthly report: 区水利局 leads 重点任务第4项 (全面推行河长制), 区住建局 takes part in it; 区人社局,
 * which has no list of its own, reports its part in 重点任务第3项.
 */
@EcoDispatchTest
class KeyTaskReportScenariosTest {

    private static final String RIVER_CHIEFS = "重点任务第4项 全面推行河长制";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MonthScenario month;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_lead_unit_reads_its_participants_contributions_and_its_progress_reaches_the_leader_and_the_office()
            throws IOException {
        month.clockAt("2037-01-02T09:00");
        DispatchCycle cycle = month.startMonth("2037-01");
        Task zhujian = month.taskOf(month.reportInstance(cycle, "zhujian"), TASK_SUBMIT);
        assertThat(row(month.json(zhujian, "keyTasks"), RIVER_CHIEFS).get("roleLabel").asText()).isEqualTo("参与单位");
        assertThat(row(month.json(zhujian, "keyTasks"), RIVER_CHIEFS).get("contributions").asText())
                .isEqualTo("本单位为参与单位，牵头单位：区水利局");

        Map<String, Object> contribution = month.filledReport(zhujian, "SUBMIT");
        contribution.put("keyTasks", withRow(contribution, RIVER_CHIEFS, null, "配合开展河湖岸线排查", "部分河段护栏老化"));
        month.complete("zhujian-reporter", zhujian, contribution);

        ProcessInstance shuili = month.reportInstance(cycle, "shuili");
        Task lead = month.taskOf(shuili, TASK_SUBMIT);
        assertThat(openForm("zhujian-reporter", lead).getStatusCode()).as("另一单位打开牵头单位的表单")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(month.taskService.getVariables(lead.getId())).as("参与单位的报送不写入牵头单位的任务：表单在打开时生成")
                .doesNotContainKeys("keyTasks", "items", "indicators");

        JsonNode led = row(keyTasksAsOpened("shuili-reporter", lead), RIVER_CHIEFS);
        assertThat(led.get("roleLabel").asText()).isEqualTo("牵头单位");
        assertThat(led.get("contributions").asText().split("\n")).containsExactly(
                "市生态环境局第二分局：尚未报送",
                "区住建局：配合开展河湖岸线排查；存在问题：部分河段护栏老化",
                "区城管局：尚未报送", "大营镇：尚未报送", "原店镇：尚未报送", "西张村镇：尚未报送", "观音堂镇：尚未报送");

        Map<String, Object> progress = month.filledReport(lead, "SUBMIT");
        progress.put("keyTasks", withRow(progress, RIVER_CHIEFS, "IN_PROGRESS", "完成一河一策修编", ""));
        month.complete("shuili-reporter", lead, progress);

        Task signOff = month.taskOf(shuili, TASK_SIGN_OFF);
        JsonNode signed = row(month.json(signOff, "keyTasks"), RIVER_CHIEFS);
        assertThat(signed.get("progressLabel").asText()).isEqualTo("推进中");
        assertThat(signed.get("workDone").asText()).isEqualTo("完成一河一策修编");
        assertThat(signed.get("contributions").asText()).contains("区住建局：配合开展河湖岸线排查");
        month.complete("shuili-leader", signOff, Map.of("signOffDecision", "SIGNED"));
        Task review = month.taskOf(shuili, TASK_REVIEW);
        assertThat(row(month.json(review, "keyTasks"), RIVER_CHIEFS).get("progressLabel").asText()).isEqualTo("推进中");
        month.complete("office1", review, Map.of("reviewOutcome", "APPROVED"));

        assertThat(jdbc.queryForList("""
                select e.role || ':' || coalesce(e.progress, '') || ':' || e.work_done from eco_report_key_task_entry e
                join eco_key_task t on t.id = e.key_task_id join eco_report_version v on v.id = e.version_id
                join eco_unit_report r on r.id = v.report_id join eco_unit u on u.id = r.unit_id
                where r.cycle_id = ? and t.number = 4 and v.state = 'SUBMITTED' order by u.code""", String.class,
                cycle.getId())).containsExactly("LEAD:IN_PROGRESS:完成一河一策修编", "PARTICIPANT::配合开展河湖岸线排查");
    }

    @Test
    void the_lead_unit_reads_what_a_returned_participant_last_submitted_not_its_draft() throws IOException {
        month.clockAt("2064-01-02T09:00");
        DispatchCycle cycle = month.startMonth("2064-01");
        ProcessInstance zhujian = month.reportInstance(cycle, "zhujian");
        participantSends(zhujian, "SUBMIT", "排查河湖岸线12公里");
        month.complete("zhujian-leader", month.taskOf(zhujian, TASK_SIGN_OFF), Map.of("signOffDecision", "SIGNED"));
        month.complete("office1", month.taskOf(zhujian, TASK_REVIEW), MonthScenario.returned("请补充排查台账"));

        participantSends(zhujian, "DRAFT", "草稿：排查河湖岸线20公里");
        Task lead = month.taskOf(month.reportInstance(cycle, "shuili"), TASK_SUBMIT);
        assertThat(row(keyTasksAsOpened("shuili-reporter", lead), RIVER_CHIEFS).get("contributions").asText())
                .as("退回后暂存的草稿不算报送").contains("区住建局：排查河湖岸线12公里").doesNotContain("草稿");

        participantSends(zhujian, "SUBMIT", "排查河湖岸线20公里，台账已补充");
        assertThat(row(keyTasksAsOpened("shuili-reporter", lead), RIVER_CHIEFS).get("contributions").asText())
                .contains("区住建局：排查河湖岸线20公里，台账已补充").doesNotContain("12公里");
    }

    private void participantSends(ProcessInstance zhujian, String action, String workDone) {
        Task submit = month.taskOf(zhujian, TASK_SUBMIT);
        Map<String, Object> form = month.filledReport(submit, action);
        form.put("keyTasks", withRow(form, RIVER_CHIEFS, null, workDone, ""));
        month.complete("zhujian-reporter", submit, form);
    }

    @Test
    void a_submission_without_progress_on_a_led_key_task_is_refused_naming_it() throws IOException {
        month.clockAt("2037-02-02T09:00");
        DispatchCycle cycle = month.startMonth("2037-02");
        Task lead = month.taskOf(month.reportInstance(cycle, "shuili"), TASK_SUBMIT);
        Map<String, Object> form = month.filledReport(lead, "SUBMIT");
        form.put("keyTasks", withRow(form, RIVER_CHIEFS, null, "完成一河一策修编", ""));

        ResponseEntity<JsonNode> refused = complete("shuili-reporter", lead, form);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").asText()).isEqualTo(RIVER_CHIEFS + "：请选择进展状态");
        assertThat(month.taskService.createTaskQuery().taskId(lead.getId()).count()).isEqualTo(1);
    }

    @Test
    void a_department_that_only_takes_part_in_key_tasks_now_reports_and_its_draft_keeps_its_contribution()
            throws IOException {
        month.clockAt("2037-03-02T09:00");
        DispatchCycle cycle = month.startMonth("2037-03");
        ProcessInstance renshe = month.reportInstance(cycle, "renshe");
        Task task = month.taskOf(renshe, TASK_SUBMIT);
        assertThat(task).hasCandidateGroup("renshe");
        assertThat(month.json(task, "items")).isEmpty();
        JsonNode keyTasks = month.json(task, "keyTasks");
        assertThat(keyTasks).hasSize(1);
        assertThat(keyTasks.get(0).get("label").asText()).isEqualTo("重点任务第3项 健全生态文明建设考核机制");

        Map<String, Object> draft = month.filledReport(task, "DRAFT");
        draft.put("keyTasks", withRow(draft, "重点任务第3项 健全生态文明建设考核机制", null, "梳理考核指标", ""));
        month.complete("renshe-reporter", task, draft);

        Task again = month.taskOf(renshe, TASK_SUBMIT);
        assertThat(month.json(again, "keyTasks").get(0).get("workDone").asText()).isEqualTo("梳理考核指标");
        Map<String, Object> blank = month.filledReport(again, "SUBMIT");
        blank.put("keyTasks", withRow(blank, "重点任务第3项 健全生态文明建设考核机制", null, "", ""));
        ResponseEntity<JsonNode> refused = complete("renshe-reporter", again, blank);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").asText())
                .isEqualTo("重点任务第3项 健全生态文明建设考核机制：请填写本单位参与完成的工作");
    }

    @Test
    void the_ledger_carries_the_key_tasks_both_ways_and_refuses_a_wrong_progress_by_sheet_row_and_column()
            throws IOException {
        month.clockAt("2037-04-02T09:00");
        DispatchCycle cycle = month.startMonth("2037-04");
        long reportId = month.report(cycle, "shuili").getId();
        byte[] template = rest.withBasicAuth("shuili-reporter", "demo")
                .getForObject("/api/reports/" + reportId + "/ledger-template", byte[].class);
        byte[] filled;
        byte[] wrong;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet keyTasks = workbook.getSheet("重点任务");
            Row riverChiefs = keyTasks.getRow(1 + rowIndex(keyTasks, "全面推行河长制"));
            assertThat(riverChiefs.getCell(2).getStringCellValue()).isEqualTo("牵头单位");
            riverChiefs.createCell(3).setCellValue("已完成");
            riverChiefs.createCell(4).setCellValue("河长巡河全覆盖");
            filled = bytes(workbook);
            riverChiefs.createCell(3).setCellValue("快了");
            wrong = bytes(workbook);
        }

        ResponseEntity<JsonNode> refused = importLedger(reportId, wrong);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = refused.getBody().get("errors").get(0);
        assertThat(error.get("sheet").asText()).isEqualTo("重点任务");
        assertThat(error.get("column").asText()).isEqualTo("D");

        assertThat(importLedger(reportId, filled).getStatusCode()).isEqualTo(HttpStatus.OK);
        Task open = month.taskOf(month.reportInstance(cycle, "shuili"), TASK_SUBMIT);
        JsonNode imported = row(month.json(open, "keyTasks"), RIVER_CHIEFS);
        assertThat(imported.get("progress").asText()).isEqualTo("DONE");
        assertThat(imported.get("workDone").asText()).isEqualTo("河长巡河全覆盖");
        byte[] again = rest.withBasicAuth("shuili-reporter", "demo")
                .getForObject("/api/reports/" + reportId + "/ledger-template", byte[].class);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(again))) {
            Sheet keyTasks = workbook.getSheet("重点任务");
            Row riverChiefs = keyTasks.getRow(1 + rowIndex(keyTasks, "全面推行河长制"));
            assertThat(riverChiefs.getCell(3).getStringCellValue()).isEqualTo("已完成");
            assertThat(riverChiefs.getCell(4).getStringCellValue()).isEqualTo("河长巡河全覆盖");
        }
    }

    private static int rowIndex(Sheet sheet, String title) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (title.equals(sheet.getRow(r).getCell(1).getStringCellValue())) {
                return r - 1;
            }
        }
        throw new AssertionError("工作表中没有 " + title);
    }

    private ResponseEntity<JsonNode> importLedger(long reportId, byte[] xlsx) {
        return rest.withBasicAuth("shuili-reporter", "demo").exchange("/api/reports/" + reportId + "/ledger",
                HttpMethod.POST, upload("台账.xlsx", xlsx, Map.of()), JsonNode.class);
    }

    private static JsonNode row(JsonNode rows, String label) {
        for (JsonNode row : rows) {
            if (row.get("label").asText().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("表单中没有 " + label);
    }

    /** The form's key-task rows with one row filled as given. */
    private static Object withRow(Map<String, Object> form, String label, String progress, String workDone,
            String problems) {
        ArrayNode rows;
        try {
            rows = (ArrayNode) JSON.readTree(((JsonValue) form.get("keyTasks")).getValueSerialized());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ObjectNode row = (ObjectNode) row(rows, label);
        row.put("progress", progress);
        row.put("workDone", workDone);
        row.put("problems", problems);
        return MonthScenario.jsonValue(rows);
    }

    /** Completes the task through the engine's REST API, as Tasklist does: lists as Json variables. */
    private ResponseEntity<JsonNode> complete(String user, Task task, Map<String, Object> form) throws IOException {
        Map<String, Object> variables = new LinkedHashMap<>();
        form.forEach((name, value) -> variables.put(name, value instanceof JsonValue json
                ? Map.of("value", json.getValueSerialized(), "type", "Json") : Map.of("value", value)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + task.getId() + "/complete",
                HttpMethod.POST, new HttpEntity<>(JSON.writeValueAsString(Map.of("variables", variables)), headers),
                JsonNode.class);
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** The reporter opens the task in Tasklist: its form variables, as the engine's REST API answers them. */
    private ResponseEntity<String> openForm(String user, Task task) {
        return rest.withBasicAuth(user, "demo").getForEntity("/engine-rest/task/" + task.getId()
                + "/form-variables?variableNames=keyTasks&deserializeValues=false", String.class);
    }

    private JsonNode keyTasksAsOpened(String user, Task task) throws IOException {
        ResponseEntity<String> form = openForm(user, task);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        return JSON.readTree(JSON.readTree(form.getBody()).get("keyTasks").get("value").asText());
    }
}
