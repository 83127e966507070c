package cn.ecodispatch.dispatch;

import static cn.ecodispatch.dispatch.MonthlyDispatchProcess.Elements.END_DUPLICATE_REFUSED;
import static cn.ecodispatch.dispatch.MonthlyDispatchProcess.Elements.GATEWAY_WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.catalog.CatalogService;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.cycle.DispatchCycleRepository;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.report.UnitReport;
import cn.ecodispatch.shared.Period;

/** The month as a whole: opening it once, the timer start, and the units it sends reports to. */
@EcoDispatchTest
class MonthlyDispatchScenariosTest {

    @Autowired
    MonthScenario month;
    @Autowired
    CatalogService catalog;
    @Autowired
    DispatchService dispatch;
    @Autowired
    DispatchCycleRepository cycles;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_month_goes_to_every_unit_the_plan_gives_work_to_but_not_to_the_office() {
        month.clockAt("2031-01-02T09:00");
        DispatchCycle cycle = month.startMonth("2031-01");

        List<String> units = dispatch.reportsOf(cycle).stream().map(r -> r.getUnit().getCode()).toList();
        assertThat(units).hasSize(37).contains("daying", "dianzi", "shuili", "shengtaihuanjing", "weijian",
                "zuzhibu", "quweiban", "wuranfangzhiban", "tongji", "renshe", "dangxiao").doesNotContain("chuangjianban");
        ProcessInstance instance = month.runtimeService.createProcessInstanceQuery()
                .processInstanceId(cycle.getProcessInstanceId()).singleResult();
        assertThat(instance).isWaitingAt(GATEWAY_WAIT);
        assertThat(instance.getBusinessKey()).isEqualTo("2031-01");
        assertThat(cycle.getReportDueAt()).isEqualTo(Period.parse("2031-01").endOfDay(5));
        assertThat(cycle.getStartedBy()).isEqualTo("office1");
    }

    @Test
    void once_every_report_is_sent_the_database_has_counted_the_new_tasks() {
        Timestamp beforeOpening = jdbc.queryForObject("select now()", Timestamp.class);
        month.clockAt("2053-01-02T09:00");

        month.startMonth("2053-01");

        assertThat(jdbc.queryForObject("select last_analyze from pg_stat_user_tables where relname = 'act_ru_task'",
                Timestamp.class)).as("任务表的统计信息已按本月新任务更新，各筛选按实际任务量查询").isAfterOrEqualTo(beforeOpening);
        assertThat(jdbc.queryForObject("select last_analyze from pg_stat_user_tables where relname = 'eco_unit_report'",
                Timestamp.class)).isAfterOrEqualTo(beforeOpening);
        assertThat(jdbc.queryForObject("select last_analyze from pg_stat_user_tables where relname = 'act_ru_authorization'",
                Timestamp.class)).as("每项新任务的授权已计入统计，办理时的权限检查按实际授权量查询").isAfterOrEqualTo(beforeOpening);
    }

    @Test
    void a_second_cycle_for_the_same_month_is_refused() {
        month.clockAt("2031-02-02T09:00");
        month.startMonth("2031-02");

        assertThatThrownBy(() -> month.as("office2", () -> dispatch.startOnDemand(Period.parse("2031-02"))))
                .isInstanceOf(DuplicateCycleException.class)
                .hasMessage("2031年2月的月度调度已经开启，同一月份不能重复开启");
        assertThat(month.runtimeService.createProcessInstanceQuery().processDefinitionKey(MonthlyDispatchProcess.KEY)
                .processInstanceBusinessKey("2031-02").count()).isEqualTo(1);
    }

    @Test
    void the_database_refuses_a_second_cycle_even_past_the_check() {
        month.clockAt("2031-03-02T09:00");
        month.startMonth("2031-03");

        assertThatThrownBy(() -> dispatch.open(Period.parse("2031-03"), "另一节点", null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(cycles.findAll()).filteredOn(c -> c.getPeriod().toString().equals("2031-03")).hasSize(1);
    }

    @Test
    void the_timer_opens_the_month_just_begun() {
        month.clockAt("2031-04-01T08:00");

        month.managementService.executeJob(timerStart().getId());
        month.runDueJobs();

        DispatchCycle cycle = dispatch.cycleOf(Period.parse("2031-04")).orElseThrow();
        assertThat(cycle.getStartedBy()).isEqualTo("定时任务");
        assertThat(dispatch.reportsOf(cycle)).hasSize(37);
        assertThat(timerStart().getDuedate()).as("下一次定时开启在下月1日8时").isEqualTo(shanghai("2031-05-01T08:00"));
    }

    @Test
    void a_timer_start_for_a_month_the_office_already_opened_ends_refused() {
        month.clockAt("2031-05-20T09:00");
        month.startMonth("2031-06");
        long refusedBefore = refusals();

        month.clockAt("2031-06-01T08:00");
        month.managementService.executeJob(timerStart().getId());

        assertThat(refusals()).isEqualTo(refusedBefore + 1);
        assertThat(dispatch.cycleOf(Period.parse("2031-06")).orElseThrow().getStartedBy()).isEqualTo("office1");
        assertThat(month.runtimeService.createProcessInstanceQuery().processDefinitionKey(MonthlyDispatchProcess.KEY)
                .processInstanceBusinessKey("2031-06").count()).isEqualTo(1);
    }

    @Test
    void when_the_last_report_closes_the_month_goes_to_consultation_without_waiting_for_the_closing_date() {
        month.clockAt("2031-07-02T09:00");
        DispatchCycle cycle = month.startMonth("2031-07");
        ProcessInstance instance = month.runtimeService.createProcessInstanceQuery()
                .processInstanceId(cycle.getProcessInstanceId()).singleResult();

        List<UnitReport> reports = dispatch.reportsOf(cycle);
        reports.forEach(report -> month.reportApproved(cycle, report.getUnit().getCode()));
        assertThat(instance).as("每份报送办结后另起作业查看本月是否全部办结").isWaitingAt(GATEWAY_WAIT);
        lastTwoChecksAtOnce(reports);
        month.runDueJobs();

        assertThat(instance).hasPassed(MonthlyDispatchProcess.Elements.EVENT_ALL_CLOSED)
                .isWaitingAt(MonthlyDispatchProcess.Elements.TASK_CONSULT);
        assertThat(month.engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId(MonthlyDispatchProcess.Elements.TASK_COMPILE).count())
                .as("两份报送同时办结，本月只汇总一次").isEqualTo(1);
        org.camunda.bpm.engine.task.Task consult = month.taskOf(instance, MonthlyDispatchProcess.Elements.TASK_CONSULT);
        assertThat(month.json(consult, "commendedUnits")).hasSize(37);
        assertThat((String) month.formValue(consult, "resultsSummary"))
                .isEqualTo("本月应报送单位 37 个，已办结 37 个；建议通报表扬 37 个、通报批评 0 个、现场检查 0 个。");
        month.complete("director", consult, java.util.Map.of("problemsList", "本月未发现问题。",
                "commendedUnits", MonthScenario.jsonValue(List.of("daying")),
                "criticizedUnits", MonthScenario.jsonValue(List.of()),
                "inspectionUnits", MonthScenario.jsonValue(List.of())));

        assertThat(instance).isWaitingAt(MonthlyDispatchProcess.Elements.TASK_COMPILE_BULLETIN);
        month.runDueJobs();
        assertThat(instance).isEnded();
        assertThat(dispatch.cycle(cycle.getId()).getStatus()).isEqualTo(DispatchCycle.Status.CLOSED);
    }

    /**
     * The checks of the month's last two closings run at the same moment, as on two nodes: both count no open
     * report, both send the message; the month moves on once (a check that loses the race fails on the engine's
     * optimistic lock and, retried by runDueJobs, finds the month no longer waiting).
     */
    private void lastTwoChecksAtOnce(List<UnitReport> reports) {
        List<Job> checks = reports.stream().map(r -> month.managementService.createJobQuery()
                .processInstanceId(r.getProcessInstanceId())
                .activityId(UnitMonthlyReportProcess.Elements.TASK_CHECK_MONTH_COMPLETE).singleResult()).toList();
        checks.subList(0, checks.size() - 2).forEach(job -> month.managementService.executeJob(job.getId()));
        List<Job> lastChecks = checks.subList(checks.size() - 2, checks.size());
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> running = lastChecks.stream().map(job -> CompletableFuture.runAsync(() -> {
            awaitQuietly(start);
            month.managementService.executeJob(job.getId());
        })).toList();
        start.countDown();
        running.forEach(check -> check.exceptionally(lostRace -> null).join());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void the_consultation_refuses_a_unit_both_commended_and_criticized() {
        month.clockAt("2031-08-02T09:00");
        DispatchCycle cycle = month.startMonth("2031-08");
        month.clockAt("2031-08-21T08:00");
        month.runDueJobs();
        ProcessInstance instance = month.runtimeService.createProcessInstanceQuery()
                .processInstanceId(cycle.getProcessInstanceId()).singleResult();
        org.camunda.bpm.engine.task.Task consult = month.taskOf(instance, MonthlyDispatchProcess.Elements.TASK_CONSULT);

        assertThatThrownBy(() -> month.complete("director", consult, java.util.Map.of("problemsList", "全部未报送",
                "commendedUnits", MonthScenario.jsonValue(List.of("daying")),
                "criticizedUnits", MonthScenario.jsonValue(List.of("daying")),
                "inspectionUnits", MonthScenario.jsonValue(List.of()))))
                .rootCause().hasMessage("大营镇不能同时列入通报表扬和通报批评");
        assertThat(instance).isWaitingAt(MonthlyDispatchProcess.Elements.TASK_CONSULT);
    }

    private long refusals() {
        return month.engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(END_DUPLICATE_REFUSED).count();
    }

    private static java.util.Date shanghai(String localDateTime) {
        return java.util.Date.from(java.time.LocalDateTime.parse(localDateTime)
                .atZone(cn.ecodispatch.shared.Zones.SHANGHAI).toInstant());
    }

    private Job timerStart() {
        return month.managementService.createJobQuery().processDefinitionKey(MonthlyDispatchProcess.KEY)
                .timers().list().stream().filter(j -> j.getProcessInstanceId() == null).findFirst().orElseThrow();
    }
}
