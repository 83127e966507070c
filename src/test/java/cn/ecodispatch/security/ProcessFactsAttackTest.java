package cn.ecodispatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.report.ReportService;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.shared.Period;

/**
 * A hostile clerk with a valid login and the engine's REST API: whatever it forges, the process keeps its facts
 * (which report, which unit, which due date), another unit's report stays untouched, and the clerk is told why in
 * Chinese. Each scenario uses its own units of the same month.
 */
@EcoDispatchTest
class ProcessFactsAttackTest {

    @Autowired
    MonthScenario month;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ReportService reports;
    @Autowired
    HistoryService historyService;

    private DispatchCycle cycle;

    @BeforeEach
    void aMonthIsOpen() {
        month.clockAt("2034-01-02T09:00");
        cycle = month.dispatch.cycleOf(Period.parse("2034-01")).orElseGet(() -> month.startMonth("2034-01"));
    }

    private ProcessInstance reportOf(String unit) {
        return month.reportInstance(cycle, unit);
    }

    private Task submitTask(String unit) {
        return month.taskOf(reportOf(unit), UnitMonthlyReportProcess.Elements.TASK_SUBMIT);
    }

    private String draftSummary(String unit) {
        UnitReport report = month.report(cycle, unit);
        return month.read(() -> reports.draft(reports.report(report.getId())).getSummary());
    }

    private static void assertRefusedInChinese(ResponseEntity<JsonNode> response, HttpStatus status, String... words) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        String message = response.getBody().path("detail").asText();
        assertThat(message).matches(".*\\p{IsHan}.*");
        for (String word : words) {
            assertThat(message).contains(word);
        }
        assertThat(response.getBody().toString()).doesNotContain("Exception", "ENGINE-", "SQL");
    }

    @Test
    void completing_ones_own_report_with_another_units_report_id_is_refused_and_changes_nothing() {
        Task own = submitTask("daying");
        long victim = month.report(cycle, "yuandian").getId();
        Map<String, Object> forged = new java.util.LinkedHashMap<>(month.filledReport(own, "SUBMIT"));
        forged.put("reportId", Map.of("value", victim, "type", "Long"));

        ResponseEntity<JsonNode> viaComplete = EngineRestClient.as(rest, "daying-reporter").complete(own.getId(), forged);
        forged.remove("reportId");
        forged.put("unitCode", "yuandian");
        ResponseEntity<JsonNode> viaSubmitForm = EngineRestClient.as(rest, "daying-reporter").submitForm(own.getId(), forged);

        assertRefusedInChinese(viaComplete, HttpStatus.BAD_REQUEST, "reportId");
        assertRefusedInChinese(viaSubmitForm, HttpStatus.BAD_REQUEST, "unitCode");
        assertThat(submitTask("daying").getId()).as("任务仍在本单位待办").isEqualTo(own.getId());
        assertThat(draftSummary("yuandian")).as("原店镇的草稿未被改写").isNull();
        assertThat(draftSummary("daying")).isNull();
        assertThat(month.runtimeService.getVariable(reportOf("daying").getId(), "reportId"))
                .isEqualTo(month.report(cycle, "daying").getId());
    }

    @Test
    void tasklists_own_api_refuses_a_forged_completion_just_the_same() {
        Task own = submitTask("dianzi");
        TasklistSession clerk = TasklistSession.signIn(rest, "dianzi-reporter", "demo");
        Map<String, Object> forged = new java.util.LinkedHashMap<>(month.filledReport(own, "SUBMIT"));
        forged.put("reportId", Map.of("value", month.report(cycle, "gongqian").getId(), "type", "Long"));

        ResponseEntity<JsonNode> response = clerk.postToEngine("task/" + own.getId() + "/submit-form",
                Map.of("variables", EngineRestClient.variables(forged)));

        assertRefusedInChinese(response, HttpStatus.BAD_REQUEST, "reportId");
        assertThat(submitTask("dianzi").getId()).isEqualTo(own.getId());
        assertThat(draftSummary("gongqian")).isNull();
    }

    @Test
    void unit_staff_cannot_write_process_or_task_variables_through_any_endpoint() {
        Task task = submitTask("xizhangcun");
        String instance = reportOf("xizhangcun").getId();
        Object dueAt = month.runtimeService.getVariable(instance, "dueAt");
        EngineRestClient clerk = EngineRestClient.as(rest, "xizhangcun-reporter");
        Map<String, Object> farFuture = Map.of("value", "2099-12-31T23:59:59.000+0800", "type", "Date");

        List<ResponseEntity<JsonNode>> attempts = List.of(
                clerk.send(HttpMethod.PUT, "task/" + task.getId() + "/variables/dueAt", farFuture),
                clerk.send(HttpMethod.POST, "task/" + task.getId() + "/variables",
                        Map.of("modifications", Map.of("dueAt", farFuture), "deletions", List.of("reportId"))),
                clerk.send(HttpMethod.PUT, "task/" + task.getId() + "/localVariables/summary", Map.of("value", "x")),
                clerk.send(HttpMethod.DELETE, "task/" + task.getId() + "/variables/reportId", null),
                clerk.send(HttpMethod.PUT, "process-instance/" + instance + "/variables/dueAt", farFuture),
                clerk.send(HttpMethod.POST, "process-instance/" + instance + "/variables",
                        Map.of("modifications", Map.of("unitCode", Map.of("value", "yuandian")))),
                clerk.send(HttpMethod.PUT, "execution/" + instance + "/localVariables/dueAt", farFuture),
                clerk.send(HttpMethod.POST, "process-instance/" + instance + "/modification",
                        Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
                                "activityId", UnitMonthlyReportProcess.Elements.TASK_CLOSE)))),
                clerk.send(HttpMethod.PUT, "task/" + task.getId(),
                        Map.of("name", task.getName(), "due", "2099-12-31T23:59:59.000+0800")),
                clerk.send(HttpMethod.POST, "task/" + task.getId() + "/identity-links",
                        Map.of("groupId", "yuandian", "type", "candidate")),
                clerk.send(HttpMethod.POST, "message", Map.of("messageName", "anything")));

        attempts.forEach(response -> assertRefusedInChinese(response, HttpStatus.FORBIDDEN));
        assertThat(month.runtimeService.getVariable(instance, "dueAt")).isEqualTo(dueAt);
        assertThat(month.runtimeService.getVariable(instance, "unitCode")).isEqualTo("xizhangcun");
        Task after = submitTask("xizhangcun");
        assertThat(after.getDueDate()).isEqualTo(task.getDueDate());
        assertThat(month.taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("xizhangcun");
        assertThat(reportOf("xizhangcun")).isNotNull();
    }

    @Test
    void a_task_is_handed_on_only_to_someone_it_is_offered_to() {
        Task task = submitTask("guanyintang");
        EngineRestClient clerk = EngineRestClient.as(rest, "guanyintang-reporter");

        ResponseEntity<JsonNode> toAnotherUnit = clerk.send(HttpMethod.POST, "task/" + task.getId() + "/assignee",
                Map.of("userId", "yuandian-reporter"));
        ResponseEntity<JsonNode> delegated = clerk.send(HttpMethod.POST, "task/" + task.getId() + "/delegate",
                Map.of("userId", "office1"));
        ResponseEntity<JsonNode> toAColleague = clerk.send(HttpMethod.POST, "task/" + task.getId() + "/assignee",
                Map.of("userId", "guanyintang-leader"));

        assertRefusedInChinese(toAnotherUnit, HttpStatus.FORBIDDEN, "转交");
        assertRefusedInChinese(delegated, HttpStatus.FORBIDDEN);
        assertThat(toAColleague.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(submitTask("guanyintang").getAssignee()).isEqualTo("guanyintang-leader");
    }

    @Test
    void object_typed_values_and_nul_characters_are_refused() {
        Task task = submitTask("zhangbian");
        Map<String, Object> form = new java.util.LinkedHashMap<>(month.filledReport(task, "DRAFT"));
        form.put("summary", Map.of("type", "Object", "value", "[\"x\"]",
                "valueInfo", Map.of("objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/json")));
        ResponseEntity<JsonNode> objectTyped = EngineRestClient.as(rest, "zhangbian-reporter").complete(task.getId(), form);
        form.put("summary", "本月\u0000总结");
        ResponseEntity<JsonNode> withNul = EngineRestClient.as(rest, "zhangbian-reporter").complete(task.getId(), form);

        assertRefusedInChinese(objectTyped, HttpStatus.BAD_REQUEST, "summary");
        assertRefusedInChinese(withNul, HttpStatus.BAD_REQUEST, "控制字符");
        assertThat(draftSummary("zhangbian")).isNull();
    }

    @Test
    void an_indicator_value_beyond_what_can_be_recorded_is_refused_naming_the_indicator() {
        Task task = submitTask("zhangwan");
        Map<String, Object> form = month.reportForm(task, "DRAFT", "DONE", "1e11");

        ResponseEntity<JsonNode> response = EngineRestClient.as(rest, "zhangwan-reporter").complete(task.getId(), form);

        assertRefusedInChinese(response, HttpStatus.BAD_REQUEST, "指标“", "超出");
        assertThat(submitTask("zhangwan").getId()).isEqualTo(task.getId());
        assertThat(draftSummary("zhangwan")).isNull();
    }

    @Test
    void a_forged_report_id_that_got_past_the_rest_layer_still_fails_at_the_domain_write() {
        Task task = submitTask("caiyuan");
        String instance = reportOf("caiyuan").getId();
        long own = month.report(cycle, "caiyuan").getId();
        month.runtimeService.setVariable(instance, "reportId", month.report(cycle, "zhangmao").getId());
        try {
            ResponseEntity<JsonNode> response = EngineRestClient.as(rest, "caiyuan-reporter")
                    .complete(task.getId(), month.filledReport(task, "SUBMIT"));

            assertRefusedInChinese(response, HttpStatus.FORBIDDEN, "不符");
            assertThat(draftSummary("zhangmao")).isNull();
            assertThat(submitTask("caiyuan").getId()).isEqualTo(task.getId());
        } finally {
            month.runtimeService.setVariable(instance, "reportId", own);
        }
    }

    @Test
    void a_completion_with_exactly_the_forms_fields_goes_through() {
        Task task = submitTask("xiashi");

        ResponseEntity<JsonNode> response = EngineRestClient.as(rest, "xiashi-reporter")
                .submitForm(task.getId(), month.filledReport(task, "SUBMIT"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(reportOf("xiashi")).isNotNull();
        month.taskOf(reportOf("xiashi"), UnitMonthlyReportProcess.Elements.TASK_SIGN_OFF);
    }

    @Test
    void the_administrator_may_correct_a_variable_and_the_change_is_on_record() {
        String instance = reportOf("wangjiahou").getId();

        ResponseEntity<JsonNode> response = new EngineRestClient(rest, "admin", "admin-test").send(HttpMethod.PUT,
                "process-instance/" + instance + "/variables/correctionNote", Map.of("value", "更正：补登", "type", "String"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(month.runtimeService.getVariable(instance, "correctionNote")).isEqualTo("更正：补登");
        assertThat(historyService.createUserOperationLogQuery().processInstanceId(instance).userId("admin")
                .operationType(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE).count()).isPositive();
    }
}
