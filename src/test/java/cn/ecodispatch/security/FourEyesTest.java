package cn.ecodispatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import cn.ecodispatch.accountability.AccountabilityProcess;
import cn.ecodispatch.accountability.AccountabilityService;
import cn.ecodispatch.catalog.CatalogService;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.shared.Period;

/**
 * What a unit's 负责人 does is done by a leader of that unit and by no one else: the reporter neither sees nor
 * completes the sign-off or the acknowledgement of an accountability decision, and whoever submitted a report
 * cannot sign it off.
 */
@EcoDispatchTest
class FourEyesTest {

    @Autowired
    MonthScenario month;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    AccountabilityService accountability;
    @Autowired
    CatalogService catalog;

    private DispatchCycle cycle;

    @BeforeEach
    void aMonthIsOpen() {
        month.clockAt("2034-02-02T09:00");
        cycle = month.dispatch.cycleOf(Period.parse("2034-02")).orElseGet(() -> month.startMonth("2034-02"));
    }

    private Task submittedForSignOff(String unit, String submitter) {
        ProcessInstance instance = month.reportInstance(cycle, unit);
        Task submit = month.taskOf(instance, UnitMonthlyReportProcess.Elements.TASK_SUBMIT);
        month.complete(submitter, submit, month.filledReport(submit, "SUBMIT"));
        return month.taskOf(instance, UnitMonthlyReportProcess.Elements.TASK_SIGN_OFF);
    }

    private static boolean sees(EngineRestClient user, Task task) {
        ResponseEntity<JsonNode> list = user.get("task?maxResults=50&processInstanceId=" + task.getProcessInstanceId());
        return list.getBody().findValuesAsText("id").contains(task.getId());
    }

    @Test
    void the_sign_off_is_offered_to_the_units_leaders_only() {
        Task signOff = submittedForSignOff("daying", "daying-reporter");
        EngineRestClient reporter = EngineRestClient.as(rest, "daying-reporter");

        assertThat(signOff).hasCandidateGroup("daying-leaders");
        assertThat(sees(reporter, signOff)).isFalse();
        assertThat(reporter.send(HttpMethod.POST, "task/" + signOff.getId() + "/claim", Map.of("userId", "daying-reporter"))
                .getStatusCode().is2xxSuccessful()).isFalse();
        ResponseEntity<JsonNode> selfSignOff = reporter.complete(signOff.getId(), Map.of("signOffDecision", "SIGNED"));
        assertThat(selfSignOff.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(selfSignOff.getBody().path("detail").asText()).matches(".*\\p{IsHan}.*");
        assertThat(month.taskService.createTaskQuery().taskId(signOff.getId()).count()).isEqualTo(1);

        EngineRestClient leader = EngineRestClient.as(rest, "daying-leader");
        assertThat(sees(leader, signOff)).isTrue();
        assertThat(leader.complete(signOff.getId(), Map.of("signOffDecision", "SIGNED")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void whoever_submitted_a_report_cannot_sign_it_off_and_another_leader_can() {
        Task signOff = submittedForSignOff("yuandian", "yuandian-leader");

        ResponseEntity<JsonNode> ownSignOff = EngineRestClient.as(rest, "yuandian-leader")
                .complete(signOff.getId(), Map.of("signOffDecision", "SIGNED"));

        assertThat(ownSignOff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ownSignOff.getBody().path("detail").asText()).contains("本人提交", "其他负责人");
        assertThat(month.taskService.createTaskQuery().taskId(signOff.getId()).count()).isEqualTo(1);

        secondLeaderOf("yuandian", "yuandian-deputy");
        assertThat(EngineRestClient.as(rest, "yuandian-deputy").complete(signOff.getId(),
                Map.of("signOffDecision", "SIGNED")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void an_accountability_decision_is_acknowledged_by_the_units_leaders_only() {
        String caseInstance = month.read(() -> accountability.open(catalog.unit("guanyintang"), cycle, null,
                "四眼原则测试：整改逾期").getProcessInstanceId());
        ProcessInstance instance = month.runtimeService.createProcessInstanceQuery().processInstanceId(caseInstance)
                .singleResult();
        month.complete("office1", month.taskOf(instance, AccountabilityProcess.Elements.TASK_DRAFT_PROPOSAL),
                Map.of("facts", "整改逾期", "suggestedMeasure", "约谈"));
        month.complete("orgdept", month.taskOf(instance, AccountabilityProcess.Elements.TASK_DECIDE),
                Map.of("decision", "约谈", "decisionReason", "整改逾期，约谈主要负责人"));
        Task acknowledge = month.taskOf(instance, AccountabilityProcess.Elements.TASK_ACKNOWLEDGE);
        EngineRestClient reporter = EngineRestClient.as(rest, "guanyintang-reporter");

        assertThat(acknowledge).hasCandidateGroup("guanyintang-leaders");
        assertThat(sees(reporter, acknowledge)).isFalse();
        assertThat(reporter.complete(acknowledge.getId(), Map.of("acknowledged", true)).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(EngineRestClient.as(rest, "guanyintang-leader").complete(acknowledge.getId(),
                Map.of("acknowledged", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(instance).isEnded();
    }

    private void secondLeaderOf(String unit, String userId) {
        if (month.identityService.createUserQuery().userId(userId).count() == 0) {
            User user = month.identityService.newUser(userId);
            user.setFirstName("副职");
            user.setLastName("负责人");
            user.setPassword("demo");
            month.identityService.saveUser(user);
            for (String group : new String[] {unit, unit + "-leaders", "leader"}) {
                month.identityService.createMembership(userId, group);
            }
        }
    }
}
