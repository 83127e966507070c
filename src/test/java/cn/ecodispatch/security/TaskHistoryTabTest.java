package cn.ecodispatch.security;

import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_REVIEW;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SIGN_OFF;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SUBMIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import cn.ecodispatch.shared.Period;

/**
 * Tasklist's 历史 tab lists a task's comments ({@code GET task/{id}/comment}): after 大营镇's report came back
 * twice, its reporter's new task tells every earlier step by the names of those who took it; another unit's
 * reporter learns nothing of it, and nobody can write or remove a line of it.
 */
@EcoDispatchTest
class TaskHistoryTabTest {

    private static final String LEADER_REASON = "总结过于简单，请补充具体数据";
    private static final String OFFICE_REASON = "台账缺少3月份的照片";

    @Autowired
    MonthScenario month;
    @Autowired
    TestRestTemplate rest;

    /** 大营镇's report: returned by the leader, signed the second time, then returned by the office. */
    private Task reporterTaskAfterTwoReturns(String period, String day) {
        month.clockAt(period + "-02T09:00");
        DispatchCycle cycle = month.startMonth(period);
        ProcessInstance instance = month.reportInstance(cycle, "daying");
        Task first = month.taskOf(instance, TASK_SUBMIT);
        month.complete("daying-reporter", first, month.filledReport(first, "SUBMIT"));
        month.clockAt(period + "-03T10:00");
        month.complete("daying-leader", month.taskOf(instance, TASK_SIGN_OFF),
                Map.of("signOffDecision", "RETURNED", "signOffComment", LEADER_REASON));
        Task second = month.taskOf(instance, TASK_SUBMIT);
        month.clockAt(period + "-03T15:00");
        month.complete("daying-reporter", second, month.filledReport(second, "SUBMIT"));
        month.clockAt(period + "-03T16:00");
        month.complete("daying-leader", month.taskOf(instance, TASK_SIGN_OFF), Map.of("signOffDecision", "SIGNED"));
        month.clockAt(period + "-" + day + "T11:30");
        month.complete("office1", month.taskOf(instance, TASK_REVIEW), MonthScenario.returned(OFFICE_REASON));
        return month.taskOf(instance, TASK_SUBMIT);
    }

    private static List<JsonNode> entries(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return StreamSupport.stream(answer.getBody().spliterator(), false).toList();
    }

    @Test
    void after_two_returns_the_reporters_new_task_tells_every_submission_and_decision_by_name() {
        Task returned = reporterTaskAfterTwoReturns("2044-01", "04");

        List<JsonNode> history = entries(EngineRestClient.as(rest, "daying-reporter")
                .get("task/" + returned.getId() + "/comment"));

        assertThat(history).as("最新的在前，与引擎的顺序相同").extracting(c -> c.get("message").asText()).containsExactly(
                "区创建办 审核员一 创建办审核：退回修改（第2版）。退回原因：" + OFFICE_REASON,
                "大营镇 负责人 单位负责人签发：同意报送（第2版）",
                "大营镇 填报员 提交2044年1月月度报送第2版",
                "大营镇 负责人 单位负责人签发：退回修改（第1版）。退回原因：" + LEADER_REASON,
                "大营镇 填报员 提交2044年1月月度报送第1版");
        assertThat(history).extracting(c -> c.get("userId").asText()).as("历史页签在每条记录旁显示办理人的姓名")
                .containsExactly("区创建办 审核员一", "大营镇 负责人", "大营镇 填报员", "大营镇 负责人", "大营镇 填报员");
        assertThat(history.get(0).get("time").asText()).as("每条记录是办理当时的时间").startsWith("2044-01-04T11:30");
        assertThat(history.get(3).get("time").asText()).startsWith("2044-01-03T10:00");

        JsonNode reportPage = rest.withBasicAuth("daying-reporter", "demo").getForObject("/api/reports/"
                + month.report(month.dispatch.cycleOf(Period.parse("2044-01")).orElseThrow(),
                        "daying").getId(), JsonNode.class);
        assertThat(reportPage.get("decisions")).as("报送页面也列出每个决定").extracting(d -> d.get("outcomeLabel").asText())
                .containsExactly("退回修改", "同意报送", "退回修改");
        assertThat(reportPage.get("versions")).extracting(v -> v.get("versionNo").asInt()).containsExactly(1, 2);
        assertThat(rest.withBasicAuth("daying-reporter", "demo").getForObject("/api/reports/"
                + reportPage.get("id").asText() + "/versions/1", JsonNode.class).get("decisions").get(0).get("reason")
                .asText()).as("被退回的第1版仍可打开，附有退回原因").isEqualTo(LEADER_REASON);
    }

    @Test
    void the_leaders_sign_off_task_shows_the_history_in_tasklists_own_api_too() {
        month.clockAt("2044-02-02T09:00");
        DispatchCycle cycle = month.startMonth("2044-02");
        ProcessInstance instance = month.reportInstance(cycle, "daying");
        Task submit = month.taskOf(instance, TASK_SUBMIT);
        month.complete("daying-reporter", submit, month.filledReport(submit, "SUBMIT"));
        Task signOff = month.taskOf(instance, TASK_SIGN_OFF);

        ResponseEntity<JsonNode> answer = TasklistSession.signIn(rest, "daying-leader", "demo")
                .get("/camunda/api/engine/engine/default/task/" + signOff.getId() + "/comment");

        assertThat(entries(answer)).extracting(c -> c.get("message").asText())
                .containsExactly("大营镇 填报员 提交2044年2月月度报送第1版");
        assertThat(month.formValue(signOff, "submittedLabel")).as("签发表单显示提交人的姓名")
                .isEqualTo("第1版，2044年2月2日 09:00，大营镇 填报员");
    }

    @Test
    void another_units_reporter_reads_nothing_of_the_history_and_nobody_writes_or_removes_a_line() {
        Task returned = reporterTaskAfterTwoReturns("2044-03", "05");
        String comments = "task/" + returned.getId() + "/comment";
        EngineRestClient daying = EngineRestClient.as(rest, "daying-reporter");
        String firstId = entries(daying.get(comments)).get(4).get("id").asText();
        EngineRestClient yuandian = EngineRestClient.as(rest, "yuandian-reporter");

        assertThat(yuandian.get(comments).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(yuandian.get(comments + "/" + firstId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(TasklistSession.signIn(rest, "yuandian-reporter", "demo")
                .get("/camunda/api/engine/engine/default/" + comments).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> forged = daying.send(HttpMethod.POST, comments + "/create",
                Map.of("message", "区创建办 审核员一 创建办审核：通过（第2版）"));
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forged.getBody().get("detail").asText()).contains("历史记录由系统").contains("不能另行添加");
        assertThat(forged.getBody().get("message")).as("任务中心显示错误的 message").isEqualTo(forged.getBody().get("detail"));
        assertThat(daying.send(HttpMethod.DELETE, comments + "/" + firstId, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(daying.send(HttpMethod.DELETE, comments, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(daying.send(HttpMethod.PUT, "task/" + returned.getId() + "/comment",
                Map.of("id", firstId, "message", "改写")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(daying.send(HttpMethod.DELETE, "process-instance/" + returned.getProcessInstanceId() + "/comment",
                null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(entries(daying.get(comments))).as("历史记录原样保留").hasSize(5)
                .extracting(c -> c.get("message").asText()).noneMatch(m -> m.contains("通过（第2版）") || m.equals("改写"));
        assertThat(daying.get(comments + "/" + firstId).getBody().get("message").asText())
                .isEqualTo("大营镇 填报员 提交2044年3月月度报送第1版");
        assertThat(entries(EngineRestClient.as(rest, "office1").get(comments))).as("创建办也能查看").hasSize(5);
    }
}
