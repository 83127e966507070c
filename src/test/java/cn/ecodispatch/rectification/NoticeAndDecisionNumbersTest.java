package cn.ecodispatch.rectification;

import static cn.ecodispatch.rectification.RectificationProcess.Elements.TASK_REPORT;
import static cn.ecodispatch.rectification.RectificationProcess.Elements.TASK_VERIFY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.accountability.AccountabilityProcess;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.supervision.ReminderLetter;
import cn.ecodispatch.supervision.ReminderLetters;

/**
 * Rectification notices and accountability decisions carry numbers the way the district office numbers its
 * documents (陕创办整〔2044〕3号, 陕组问〔2044〕1号), one sequence per year for all units, shown in the forms, on the
 * rectification page and in each task's 历史 tab.
 */
@EcoDispatchTest
class NoticeAndDecisionNumbersTest {

    private static final Pattern NOTICE = Pattern.compile("陕创办整〔2044〕(\\d+)号");
    private static final Pattern DECISION = Pattern.compile("陕组问〔2044〕(\\d+)号");

    @Autowired
    MonthScenario month;
    @Autowired
    RectificationRepository rectifications;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ReminderLetters letters;

    /** The unit's report approved with one problem due on the deadline; its rectification process. */
    private ProcessInstance problemFound(DispatchCycle cycle, String unitCode, String problem, LocalDate deadline) {
        month.reviewed(cycle, unitCode, "office1", MonthScenario.approvedWithProblems(List.of(
                MonthScenario.problem(problem, "限期整改到位", deadline))));
        Rectification rectification = rectifications.findByReportOrderById(month.report(cycle, unitCode)).get(0);
        return month.runtimeService.createProcessInstanceQuery()
                .processInstanceId(rectification.getProcessInstanceId()).singleResult();
    }

    private String formText(Task task, String variable) {
        return (String) month.formValue(task, variable);
    }

    private List<String> history(Task task) {
        return month.taskService.getTaskComments(task.getId()).stream().map(Comment::getFullMessage).toList();
    }

    private static int numberIn(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.matches()).as(text).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void notices_to_two_units_are_numbered_in_one_sequence_and_shown_in_the_form_the_page_and_the_history() {
        month.clockAt("2044-04-02T09:00");
        DispatchCycle cycle = month.startMonth("2044-04");
        ProcessInstance daying = problemFound(cycle, "daying", "河道垃圾清理不彻底", LocalDate.of(2044, 4, 20));
        ProcessInstance yuandian = problemFound(cycle, "yuandian", "秸秆台账数据缺失", LocalDate.of(2044, 4, 25));

        String dayingNotice = formText(month.taskOf(daying, TASK_REPORT), "noticeNumber");
        String yuandianNotice = formText(month.taskOf(yuandian, TASK_REPORT), "noticeNumber");
        assertThat(numberIn(NOTICE, yuandianNotice)).isEqualTo(numberIn(NOTICE, dayingNotice) + 1);

        Rectification dayingRecord = rectifications.findByReportOrderById(month.report(cycle, "daying")).get(0);
        JsonNode page = rest.withBasicAuth("daying-reporter", "demo")
                .getForObject("/api/rectifications/" + dayingRecord.getId(), JsonNode.class);
        assertThat(page.get("noticeNumber").asText()).isEqualTo(dayingNotice);

        month.complete("daying-reporter", month.taskOf(daying, TASK_REPORT), Map.of("actionTaken", "已清理 3 吨垃圾"));
        Task verify = month.taskOf(daying, TASK_VERIFY);
        assertThat(formText(verify, "reportedByName")).as("核验表单显示报告人的姓名").isEqualTo("大营镇 填报员");
        month.complete("office1", verify, Map.of("verdict", "FAIL", "verifyOpinion", "仍有两处未清理"));

        assertThat(history(month.taskOf(daying, TASK_REPORT))).containsExactlyInAnyOrder(
                "区创建办 审核员一 下发整改通知 " + dayingNotice + "：河道垃圾清理不彻底。整改要求：限期整改到位。整改期限：2044年4月20日",
                "大营镇 填报员 报告整改情况（第1轮）：已清理 3 吨垃圾",
                "区创建办 审核员一 核验整改：未通过（第1轮）。核验意见：仍有两处未清理");
        JsonNode rounds = rest.withBasicAuth("daying-reporter", "demo")
                .getForObject("/api/rectifications/" + dayingRecord.getId(), JsonNode.class).get("rounds");
        assertThat(rounds.get(0).get("reportedByName").asText()).isEqualTo("大营镇 填报员");
        assertThat(rounds.get(0).get("verifiedByName").asText()).isEqualTo("区创建办 审核员一");

        JsonNode reportPage = rest.withBasicAuth("daying-reporter", "demo")
                .getForObject("/api/reports/" + month.report(cycle, "daying").getId(), JsonNode.class);
        JsonNode found = reportPage.get("rectifications").get(0);
        assertThat(found.get("noticeNumber").asText()).as("报送页面列出发现的问题及其整改通知文号").isEqualTo(dayingNotice);
        assertThat(found.get("verifications").get(0).asText()).isEqualTo("第1轮 未通过：仍有两处未清理（区创建办 审核员一）");
    }

    /** The overdue rectification failing again: the decision table leads to accountability, decided by orgdept. */
    private Task decisionNoticeAfterFailing(ProcessInstance rectification, String unitCode) {
        month.complete(unitCode + "-reporter", month.taskOf(rectification, TASK_REPORT), Map.of("actionTaken", "已联系厂家维修。"));
        month.complete("office1", month.taskOf(rectification, TASK_VERIFY),
                Map.of("verdict", "FAIL", "verifyOpinion", "设施仍未运行"));
        ProcessInstance accountability = month.runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AccountabilityProcess.KEY).variableValueEquals("unitCode", unitCode).singleResult();
        month.complete("office1", month.taskOf(accountability, AccountabilityProcess.Elements.TASK_DRAFT_PROPOSAL),
                Map.of("facts", "整改逾期且核验未通过", "suggestedMeasure", "约谈"));
        month.complete("orgdept", month.taskOf(accountability, AccountabilityProcess.Elements.TASK_DECIDE),
                Map.of("decision", "约谈", "decisionReason", "整改逾期且不到位"));
        return month.taskOf(accountability, AccountabilityProcess.Elements.TASK_ACKNOWLEDGE);
    }

    @Test
    void accountability_decisions_for_two_units_are_numbered_in_one_sequence_and_named_in_the_notice() {
        month.clockAt("2044-05-02T09:00");
        DispatchCycle cycle = month.startMonth("2044-05");

        ProcessInstance caiyuanRectification = problemFound(cycle, "caiyuan", "污水处理设施未正常运行",
                LocalDate.of(2044, 5, 15));
        ProcessInstance xiashiRectification = problemFound(cycle, "xiashi", "污水处理设施未正常运行",
                LocalDate.of(2044, 5, 15));
        month.clockAt("2044-05-17T09:00");
        month.runDueJobs();
        Rectification overdue = rectifications.findByReportOrderById(month.report(cycle, "caiyuan")).get(0);
        assertThat(letters.ofRectification(overdue)).extracting(ReminderLetter::getContent).as("提示函写明所催办的整改通知文号")
                .singleElement().asString().contains("区创建办以" + overdue.getNoticeNumber() + "通知下发的整改事项");

        Task caiyuan = decisionNoticeAfterFailing(caiyuanRectification, "caiyuan");
        Task xiashi = decisionNoticeAfterFailing(xiashiRectification, "xiashi");

        String caiyuanNumber = formText(caiyuan, "decisionNumber");
        assertThat(numberIn(DECISION, formText(xiashi, "decisionNumber"))).isEqualTo(numberIn(DECISION, caiyuanNumber) + 1);
        assertThat(history(caiyuan)).containsExactlyInAnyOrder(
                "区创建办 审核员一 提出问责建议：约谈。问题事实：整改逾期且核验未通过",
                "区委组织部 问责审定 作出问责决定 " + caiyuanNumber + "：约谈。理由：整改逾期且不到位");
        month.complete("caiyuan-leader", caiyuan, Map.of("acknowledged", true));
        month.complete("xiashi-leader", xiashi, Map.of("acknowledged", true));
    }
}
