package cn.ecodispatch.dispatch;

import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_REVIEW;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SIGN_OFF;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SUBMIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.rectification.RectificationProcess;

/**
 * A whole month for all 37 reporting units with the mix a real month has — most on time, some returned, some
 * late, problems to rectify, one unit that never reports — checked afterwards in the domain tables.
 */
@EcoDispatchTest
class WholeMonthIntegrationTest {

    @Autowired
    MonthScenario month;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_realistic_month_ends_in_a_consultation_whose_decisions_are_on_record() {
        month.clockAt("2032-01-02T09:00");
        DispatchCycle cycle = month.startMonth("2032-01");
        List<String> units = month.dispatch.reportsOf(cycle).stream().map(r -> r.getUnit().getCode()).toList();
        assertThat(units).hasSize(37);
        // The seven units that report since key-task participants do all report on time; the roles below fall on
        // the thirty that reported before, as they always did.
        List<String> participantsOnly = List.of("ducha", "renshe", "chanyejijuqu", "shichangjianguan", "yingji",
                "gongan", "dangxiao");
        List<String> former = units.stream().filter(u -> !participantsOnly.contains(u)).toList();
        List<String> onTime = new java.util.ArrayList<>(former.subList(0, 20));
        onTime.addAll(participantsOnly);
        List<String> returnedOnce = former.subList(20, 23);
        List<String> late = former.subList(23, 25);
        List<String> withProblems = former.subList(25, 27);
        String oftenReturned = former.get(27);
        String missingTargets = former.get(28);
        String silent = former.get(29);

        onTime.forEach(unit -> month.reportApproved(cycle, unit));
        returnedOnce.forEach(unit -> {
            month.reviewed(cycle, unit, "office2", MonthScenario.returned("请补充佐证材料"));
            month.reportApproved(cycle, unit);
        });
        for (int i = 0; i < 3; i++) {
            month.reviewed(cycle, oftenReturned, "office2", MonthScenario.returned("请补充佐证材料"));
        }
        month.reportApproved(cycle, oftenReturned);
        submitWithValues(cycle, missingTargets, "10");
        withProblems.forEach(unit -> month.reviewed(cycle, unit, "office1", MonthScenario.approvedWithProblems(
                List.of(MonthScenario.problem("台账不完整", "补齐台账", LocalDate.of(2032, 1, 15))))));

        month.clockAt("2032-01-08T10:00");
        month.runDueJobs();
        late.forEach(unit -> month.reportApproved(cycle, unit));

        List<ProcessInstance> rectifications = month.runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(RectificationProcess.KEY).variableValueLike("unitCode", "%").list().stream()
                .filter(pi -> withProblems.contains(month.runtimeService.getVariable(pi.getId(), "unitCode")))
                .toList();
        assertThat(rectifications).hasSize(2);
        rectify(rectifications.get(0), "PASS");
        rectify(rectifications.get(1), "FAIL");
        rectify(rectifications.get(1), "PASS");

        month.clockAt("2032-01-21T08:00");
        month.runDueJobs();

        ProcessInstance monthInstance = month.runtimeService.createProcessInstanceQuery()
                .processInstanceId(cycle.getProcessInstanceId()).singleResult();
        assertThat(monthInstance).isWaitingAt(MonthlyDispatchProcess.Elements.TASK_CONSULT)
                .hasPassed(MonthlyDispatchProcess.Elements.EVENT_CLOSING_DATE, MonthlyDispatchProcess.Elements.TASK_COMPILE);
        Task consult = month.taskOf(monthInstance, MonthlyDispatchProcess.Elements.TASK_CONSULT);
        assertThat(consult).hasCandidateGroup("officelead");
        List<String> proposedCriticism = codes(month.json(consult, "criticizedUnits"));
        List<String> proposedInspection = codes(month.json(consult, "inspectionUnits"));
        List<String> proposedCommendation = codes(month.json(consult, "commendedUnits"));
        assertThat(proposedCriticism).contains(oftenReturned);
        assertThat(proposedInspection).containsExactly(missingTargets);
        assertThat(proposedCommendation).containsAll(onTime).doesNotContain(silent, oftenReturned);
        assertThat((String) month.formValue(consult, "problemsList"))
                .contains("本月报送尚未办结").contains("问题“");

        month.complete("director", consult, Map.of(
                "problemsList", "1. " + silent + " 未报送；2. 部分单位台账不完整。",
                "commendedUnits", MonthScenario.jsonValue(onTime.subList(0, 3)),
                "criticizedUnits", MonthScenario.jsonValue(List.of(oftenReturned, silent)),
                "inspectionUnits", MonthScenario.jsonValue(List.of(missingTargets)),
                "remarks", "下月重点督办未报送单位"));

        month.runDueJobs();
        assertThat(monthInstance).isEnded().hasPassed(MonthlyDispatchProcess.Elements.TASK_CLOSE_CYCLE,
                MonthlyDispatchProcess.Elements.TASK_COMPILE_BULLETIN);
        assertThat(jdbc.queryForObject("select status from eco_dispatch_cycle where period = '2032-01'", String.class))
                .isEqualTo("CLOSED");
        assertThat(statusCounts(cycle)).containsEntry("APPROVED", 34L).containsEntry("APPROVED_WITH_PROBLEMS", 2L)
                .doesNotContainKey("UNDER_REVIEW");
        assertThat(jdbc.queryForObject("select count(*) from eco_unit_report r join eco_unit u on u.id = r.unit_id "
                + "where r.cycle_id = ? and u.code = ? and r.status = 'DRAFTING'", Long.class, cycle.getId(), silent))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from eco_report_version v join eco_unit_report r on r.id = v.report_id "
                + "where r.cycle_id = ? and v.state = 'SUBMITTED'", Long.class, cycle.getId()))
                .as("36 单位各一版，3 单位退回一次多一版，另一单位退回三次多三版").isEqualTo(36L + 3 + 3);
        assertThat(jdbc.queryForObject("select count(*) from eco_report_decision d join eco_unit_report r on r.id = d.report_id "
                + "where r.cycle_id = ? and d.outcome = 'RETURNED' and d.reason is not null", Long.class, cycle.getId()))
                .isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from eco_reminder_letter l join eco_unit_report r on r.id = l.report_id "
                + "where r.cycle_id = ? and l.reason = 'REPORT_OVERDUE'", Long.class, cycle.getId()))
                .as("两个迟报单位和一个未报单位各一份提示函").isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from eco_supervision_measure where cycle_id = ? and rectification_id is null",
                Long.class, cycle.getId())).isEqualTo(37);
        assertThat(jdbc.queryForList("select u.code from eco_supervision_measure m join eco_unit u on u.id = m.unit_id "
                + "where m.cycle_id = ? and m.rectification_id is null and m.measure = 'CRITICISM' order by u.code",
                String.class, cycle.getId())).as("逾期超过10天、退回3次的单位由决策表判定通报批评")
                .containsExactlyInAnyOrder(silent, oftenReturned);
        assertThat(jdbc.queryForObject("select count(*) from eco_rectification x join eco_unit_report r on r.id = x.report_id "
                + "where r.cycle_id = ? and x.status = 'PASSED' and x.closed_at is not null", Long.class, cycle.getId()))
                .isEqualTo(2);
        assertThat(jdbc.queryForList("select u.code || ':' || m.kind from eco_consultation c "
                + "join eco_consultation_mention m on m.consultation_id = c.id join eco_unit u on u.id = m.unit_id "
                + "where c.cycle_id = ? order by m.kind, u.code", String.class, cycle.getId()))
                .hasSize(5).contains(oftenReturned + ":CRITICIZE", silent + ":CRITICIZE");
        assertThat(jdbc.queryForList("select u.code from eco_inspection i join eco_unit u on u.id = i.unit_id "
                + "where i.cycle_id = ?", String.class, cycle.getId())).containsExactly(missingTargets);
        assertThat(month.runtimeService.createVariableInstanceQuery().processInstanceIdIn(cycle.getProcessInstanceId())
                .list()).as("流程变量只保存引用和路由信息").allMatch(v -> !v.getName().equals("problemsList"));
    }

    private void submitWithValues(DispatchCycle cycle, String unit, String indicatorValue) {
        ProcessInstance instance = month.reportInstance(cycle, unit);
        Task submit = month.taskOf(instance, TASK_SUBMIT);
        month.complete(unit + "-reporter", submit, month.reportForm(submit, "SUBMIT", "DONE", indicatorValue));
        month.complete(unit + "-leader", month.taskOf(instance, TASK_SIGN_OFF), Map.of("signOffDecision", "SIGNED"));
        month.complete("office1", month.taskOf(instance, TASK_REVIEW), Map.of("reviewOutcome", "APPROVED"));
    }

    private void rectify(ProcessInstance rectification, String verdict) {
        String unit = (String) month.runtimeService.getVariable(rectification.getId(), "unitCode");
        month.complete(unit + "-reporter", month.taskOf(rectification, RectificationProcess.Elements.TASK_REPORT),
                Map.of("actionTaken", "已按要求补齐台账"));
        month.complete("office1", month.taskOf(rectification, RectificationProcess.Elements.TASK_VERIFY),
                "PASS".equals(verdict) ? Map.of("verdict", verdict) : Map.of("verdict", verdict, "verifyOpinion", "仍有缺项"));
    }

    private Map<String, Long> statusCounts(DispatchCycle cycle) {
        return month.dispatch.reportsOf(cycle).stream().filter(r -> r.getStatus().isClosed())
                .collect(java.util.stream.Collectors.groupingBy(r -> r.getStatus().name(),
                        java.util.stream.Collectors.counting()));
    }

    private static List<String> codes(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> codes = new java.util.ArrayList<>();
        array.forEach(n -> codes.add(n.asText()));
        return codes;
    }
}
