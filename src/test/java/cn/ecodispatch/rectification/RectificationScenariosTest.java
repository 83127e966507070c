package cn.ecodispatch.rectification;

import static cn.ecodispatch.rectification.RectificationProcess.Elements.TASK_REPORT;
import static cn.ecodispatch.rectification.RectificationProcess.Elements.TASK_VERIFY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.accountability.AccountabilityCase;
import cn.ecodispatch.accountability.AccountabilityProcess;
import cn.ecodispatch.accountability.AccountabilityService;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.report.ReportStatus;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.supervision.ReminderLetter;
import cn.ecodispatch.supervision.ReminderLetters;

/** Problems found in a report go through rectification; a unit that keeps failing is held accountable. */
@EcoDispatchTest
class RectificationScenariosTest {

    @Autowired
    MonthScenario month;
    @Autowired
    RectificationRepository rectifications;
    @Autowired
    ReminderLetters letters;
    @Autowired
    AccountabilityService accountability;

    /** 张湾乡's report approved with the given problems; returns the rectification instances in order. */
    private List<ProcessInstance> approvedWithProblems(DispatchCycle cycle, List<Map<String, Object>> problems) {
        ProcessInstance report = month.reviewed(cycle, "zhangwan", "office1",
                MonthScenario.approvedWithProblems(problems));
        execute(job(report));
        assertThat(report).isEnded().hasPassed(UnitMonthlyReportProcess.Elements.TASK_START_RECTIFICATIONS);
        return rectifications.findByReportOrderById(month.report(cycle, "zhangwan")).stream()
                .map(r -> month.runtimeService.createProcessInstanceQuery().processInstanceId(r.getProcessInstanceId())
                        .singleResult())
                .toList();
    }

    private void unitReports(ProcessInstance rectification, String action) {
        month.complete("zhangwan-reporter", month.taskOf(rectification, TASK_REPORT), Map.of("actionTaken", action));
    }

    private void officeVerifies(ProcessInstance rectification, String verdict, String opinion) {
        month.complete("office1", month.taskOf(rectification, TASK_VERIFY),
                opinion == null ? Map.of("verdict", verdict) : Map.of("verdict", verdict, "verifyOpinion", opinion));
    }

    @Test
    void two_problems_give_two_rectifications_one_passing_and_one_failing_then_passing() {
        month.clockAt("2030-08-02T09:00");
        DispatchCycle cycle = month.startMonth("2030-08");

        List<ProcessInstance> opened = approvedWithProblems(cycle, List.of(
                MonthScenario.problem("河道垃圾清理不彻底", "一周内完成青龙涧河段清理并上报照片", LocalDate.of(2030, 8, 20)),
                MonthScenario.problem("秸秆台账数据缺失", "补齐各村秸秆综合利用台账", LocalDate.of(2030, 8, 25))));

        assertThat(opened).hasSize(2);
        assertThat(month.report(cycle, "zhangwan").getStatus()).isEqualTo(ReportStatus.APPROVED_WITH_PROBLEMS);
        ProcessInstance river = opened.get(0);
        ProcessInstance straw = opened.get(1);
        assertThat(river).isWaitingAt(TASK_REPORT).hasPassed(RectificationProcess.Elements.TASK_ISSUE_NOTICE);
        assertThat(month.taskOf(river, TASK_REPORT)).hasCandidateGroup("zhangwan");

        unitReports(river, "已组织人员清理河道垃圾 3.2 吨，照片已上传。");
        officeVerifies(river, "PASS", null);
        assertThat(river).isEnded().hasPassed(RectificationProcess.Elements.TASK_CLOSE);

        unitReports(straw, "已补录 12 个村的台账。");
        officeVerifies(straw, "FAIL", "仍缺少 3 个村的数据");
        assertThat(straw).isWaitingAt(TASK_REPORT).hasPassed(RectificationProcess.Elements.TASK_DECIDE_MEASURE);
        assertThat(month.runtimeService.getVariable(straw.getId(), "supervisionMeasure")).isEqualTo("提示函");
        unitReports(straw, "已补齐全部 15 个村的台账。");
        officeVerifies(straw, "PASS", null);
        assertThat(straw).isEnded();

        month.read(() -> {
            List<Rectification> records = rectifications.findByReportOrderById(month.report(cycle, "zhangwan"));
            assertThat(records).extracting(Rectification::getStatus).containsOnly(Rectification.Status.PASSED);
            assertThat(records).allMatch(r -> r.getClosedAt() != null);
            assertThat(records.get(0).getRounds()).hasSize(1);
            assertThat(records.get(1).getRounds()).extracting(RectificationRound::getVerdict).containsExactly("FAIL", "PASS");
            assertThat(records.get(1).getRounds().get(0).getOpinion()).isEqualTo("仍缺少 3 个村的数据");
            assertThat(records.get(1).getFailedChecks()).isEqualTo(1);
            assertThat(letters.ofRectification(records.get(1))).extracting(ReminderLetter::getReason)
                    .containsExactly(ReminderLetter.Reason.SUPERVISION);
            assertThat(accountability.recordOf(records.get(1).getUnit()))
                    .noneMatch(c -> c.getRectification() != null && records.stream()
                            .anyMatch(r -> r.getId().equals(c.getRectification().getId())));
            return null;
        });
    }

    @Test
    void an_overdue_rectification_that_fails_again_leads_by_the_decision_table_to_a_recorded_accountability_decision() {
        month.clockAt("2030-09-02T09:00");
        DispatchCycle cycle = month.startMonth("2030-09");
        ProcessInstance rectification = approvedWithProblems(cycle, List.of(
                MonthScenario.problem("农村生活污水处理设施未正常运行", "限期修复并恢复运行", LocalDate.of(2030, 9, 15)))).get(0);

        month.clockAt("2030-09-17T09:00");
        month.runDueJobs();
        assertThat(rectification).isWaitingAt(TASK_REPORT).hasPassed(RectificationProcess.Elements.TASK_ISSUE_REMINDER);
        Rectification record = rectifications.findByReportOrderById(month.report(cycle, "zhangwan")).get(0);
        assertThat(letters.ofRectification(record)).extracting(ReminderLetter::getReason)
                .containsExactly(ReminderLetter.Reason.RECTIFICATION_OVERDUE);

        unitReports(rectification, "已联系厂家维修。");
        officeVerifies(rectification, "FAIL", "设施仍未运行，整改不到位");

        assertThat(month.runtimeService.getVariable(rectification.getId(), "supervisionMeasure")).isEqualTo("问责");
        ProcessInstance accountabilityInstance = month.runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AccountabilityProcess.KEY).variableValueEquals("unitCode", "zhangwan")
                .singleResult();
        assertThat(accountabilityInstance).isWaitingAt(AccountabilityProcess.Elements.TASK_DRAFT_PROPOSAL);
        assertThat(month.taskOf(accountabilityInstance, AccountabilityProcess.Elements.TASK_DRAFT_PROPOSAL))
                .hasCandidateGroup("office");

        month.complete("office1", month.taskOf(accountabilityInstance, AccountabilityProcess.Elements.TASK_DRAFT_PROPOSAL),
                Map.of("facts", "污水处理设施整改逾期且核验未通过", "suggestedMeasure", "约谈"));
        assertThat(month.taskOf(accountabilityInstance, AccountabilityProcess.Elements.TASK_DECIDE))
                .hasCandidateGroup("orgdept");
        month.complete("orgdept", month.taskOf(accountabilityInstance, AccountabilityProcess.Elements.TASK_DECIDE),
                Map.of("decision", "约谈", "decisionReason", "整改逾期且不到位，对主要负责人进行约谈"));
        assertThat(month.taskOf(accountabilityInstance, AccountabilityProcess.Elements.TASK_ACKNOWLEDGE))
                .hasCandidateGroup("zhangwan-leaders");
        month.complete("zhangwan-leader", month.taskOf(accountabilityInstance,
                AccountabilityProcess.Elements.TASK_ACKNOWLEDGE), Map.of("acknowledged", true));

        assertThat(accountabilityInstance).isEnded();
        AccountabilityCase decided = month.read(() -> accountability.recordOf(record.getUnit()).stream()
                .filter(c -> c.getRectification() != null && c.getRectification().getId().equals(record.getId()))
                .findFirst().orElseThrow());
        assertThat(decided.getDecision()).isEqualTo("约谈");
        assertThat(decided.getDecidedBy()).isEqualTo("orgdept");
        assertThat(decided.getDecisionReason()).contains("约谈");
        assertThat(decided.getAcknowledgedBy()).isEqualTo("zhangwan-leader");
        assertThat(decided.getStatus()).isEqualTo(AccountabilityCase.Status.ACKNOWLEDGED);
        assertThat(rectification).isWaitingAt(TASK_REPORT);
    }
}
