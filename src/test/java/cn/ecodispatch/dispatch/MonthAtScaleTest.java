package cn.ecodispatch.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.catalog.CatalogService;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.shared.Period;

/**
 * A month for 437 units — the plan's 37 and 400 synthetic townships — goes out in batches of 100: every unit
 * gets one report and one report instance, the batches' jobs may run side by side, a batch that fails once is retried
 * alone and creates nothing twice, a township added while the batches run neither shifts them nor is sent to before
 * next month, the office reads how far sending has got, the month closes with a decision for every unit and the problems proposed within the consultation form's limit, and a page of
 * the month's overview is read along an index. The spy on the batches gives this class an application context and a database of its own, so
 * the synthetic units never reach another test's month.
 */
@EcoDispatchTest
// Its own engine name: the engine registry is one per JVM, and under "default" this context's engine would take
// the place of the shared test application's for the REST API of every test that runs after it.
@TestPropertySource(properties = "camunda.bpm.process-engine-name=scale")
class MonthAtScaleTest {

    private static final int SYNTHETIC_UNITS = 400;
    private static final int FAILING_BATCH = 2;
    private static final String PERIOD = "2047-03";

    @MockitoSpyBean
    UnitReportBatches batches;
    @Autowired
    MonthScenario month;
    @Autowired
    DispatchService dispatch;
    @Autowired
    CatalogService catalog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    MonthOverview overview;

    @Test
    void a_month_for_four_hundred_more_units_opens_completely_and_a_failed_batch_is_retried_alone() {
        addSyntheticTownships();
        int units = catalog.reportingUnits().size();
        assertThat(units).isEqualTo(37 + SYNTHETIC_UNITS);
        doAnswer(call -> {
            call.callRealMethod();
            throw new IllegalStateException("第3批下发中途失败（测试）");
        }).doCallRealMethod().when(batches).send(any(), eq(FAILING_BATCH), anyInt());

        month.clockAt("2047-03-01T09:00");
        month.as("office1", () -> dispatch.startOnDemand(Period.parse(PERIOD)));
        DispatchCycle cycle = dispatch.cycleOf(Period.parse(PERIOD)).orElseThrow();
        ProcessInstance instance = month.runtimeService.createProcessInstanceQuery()
                .processInstanceId(cycle.getProcessInstanceId()).singleResult();
        month.managementService.executeJob(jobsAt(instance, MonthlyDispatchProcess.Elements.TASK_PLAN_REPORT_BATCHES)
                .get(0).getId());
        jdbc.update("insert into eco_unit (code, name, kind, town_kind) values ('latecomer', '后设镇', 'TOWNSHIP', '镇')");

        List<Job> batchJobs = jobsAt(instance, MonthlyDispatchProcess.Elements.TASK_START_REPORT_BATCH);
        assertThat(batchJobs).as("每批一个作业").hasSize(5);
        assertThat(new NamedParameterJdbcTemplate(jdbc).queryForObject("select count(*) from ACT_RU_JOB"
                + " where ID_ in (:ids) and not EXCLUSIVE_", Map.of("ids", batchJobs.stream().map(Job::getId).toList()),
                Long.class))
                .as("各批作业互不排斥：一个节点可同时执行多批，多个节点分担").isEqualTo(5);
        assertThat(month.runtimeService.getVariables(instance.getId()))
                .as("流程变量只记批次数和每批单位数，不记单位名单").containsKeys("reportBatchCount", "reportBatchSize")
                .doesNotContainKeys("units", "unitCodes");
        List<Job> failed = executeEach(batchJobs);

        assertThat(failed).as("只有第3批失败").singleElement().satisfies(job -> {
            Job retried = month.managementService.createJobQuery().jobId(job.getId()).singleResult();
            assertThat(retried.getRetries()).as("失败的批次留待重试").isEqualTo(2);
            assertThat(retried.getExceptionMessage()).contains("第3批下发中途失败");
        });
        assertThat(reportsOpened()).as("其他批次已下发").isEqualTo(units - 100);
        assertThat(sending()).isEqualTo("已下发 337 / 437 个单位");
        assertThat(instance).as("未等所有批次完成就不往下走").isNotWaitingAt(MonthlyDispatchProcess.Elements.GATEWAY_WAIT);

        month.runDueJobs();

        verify(batches, times(2)).send(any(), eq(FAILING_BATCH), anyInt());
        assertThat(instance).isWaitingAt(MonthlyDispatchProcess.Elements.GATEWAY_WAIT);
        assertEveryUnitHasOneReportAndOneInstance(cycle, units);
        assertThat(sending()).isEqualTo("已下发 437 / 437 个单位");
        assertThat(jdbc.queryForObject("select count(*) from eco_unit_report r join eco_unit u on u.id = r.unit_id"
                + " where u.code = 'latecomer'", Long.class)).as("下发名单在计划时确定：后设的镇下月才收到报送").isZero();

        assertThat(month.read(() -> batches.send(dispatch.cycle(cycle.getId()), FAILING_BATCH, 100)))
                .as("同一批次再执行一次，不再新建报送").isZero();
        assertEveryUnitHasOneReportAndOneInstance(cycle, units);
        assertOverviewPagesWalkAnIndex(cycle);
        assertClosingDecidesForEveryUnitAndProposesTheProblemsByKind(cycle, units);
    }

    /**
     * The closing date passes with every report still being drafted: compiling the month, one report at a time,
     * records a decision for each unit and marks the month compiled, and the consultation's form proposes the problems
     * by kind within what its field takes (one line per unit would not fit, and the task could not be created).
     */
    private void assertClosingDecidesForEveryUnitAndProposesTheProblemsByKind(DispatchCycle cycle, int units) {
        month.clockAt("2047-03-21T08:00");
        month.runDueJobs();

        ProcessInstance instance = month.runtimeService.createProcessInstanceQuery()
                .processInstanceId(cycle.getProcessInstanceId()).singleResult();
        assertThat(instance).isWaitingAt(MonthlyDispatchProcess.Elements.TASK_CONSULT);
        String problems = (String) month.formValue(month.taskOf(instance, MonthlyDispatchProcess.Elements.TASK_CONSULT),
                "problemsList");
        assertThat(problems.length()).isLessThanOrEqualTo(ProblemsList.LIMIT);
        assertThat(problems).contains("本月报送尚未办结（填报中）：" + units + " 个单位，含大营镇、");
        assertThat(jdbc.queryForObject("select count(distinct unit_id) from eco_supervision_measure where cycle_id = ?",
                Long.class, cycle.getId())).as("每个单位一条督办决定").isEqualTo(units);
        assertThat(jdbc.queryForObject("select compiled_at from eco_dispatch_cycle where id = ?", OffsetDateTime.class,
                cycle.getId())).as("本月已汇总").isNotNull();
    }

    /**
     * A page of the office's overview reads along an index in unit order and stops after the page: no sort, no scan of
     * the month. A rare status is found through its own index (every report here is still being drafted). (Late
     * reports are not checked: with one month in the table and none late, the planner rightly reads it whole.)
     */
    private void assertOverviewPagesWalkAnIndex(DispatchCycle cycle) {
        jdbc.execute("analyze eco_unit_report");
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, String> indexByStatus = new LinkedHashMap<>();
        indexByStatus.put(null, "uq_unit_report");
        indexByStatus.put("DRAFTING", "uq_unit_report");
        indexByStatus.put("APPROVED", "ix_unit_report_open");
        indexByStatus.forEach((status, index) -> assertThat(
                plan(overview.pageOf(cycle, MonthOverview.Query.of(1, 50, status, null, null), now)))
                .as("状态 " + status + " 的一页").contains("Index Scan using " + index)
                .doesNotContain("Sort").doesNotContain("Seq Scan on eco_unit_report"));
    }

    private String plan(MonthOverview.Sql sql) {
        return String.join("\n", new NamedParameterJdbcTemplate(jdbc).queryForList("explain " + sql.text(),
                sql.parameters(), String.class));
    }

    private void addSyntheticTownships() {
        jdbc.batchUpdate("insert into eco_unit (code, name, kind, town_kind) values (?, ?, 'TOWNSHIP', '镇')",
                IntStream.rangeClosed(1, SYNTHETIC_UNITS)
                        .mapToObj(i -> new Object[] {"synthetic" + i, "模拟镇" + i}).toList());
    }

    private List<Job> jobsAt(ProcessInstance instance, String activityId) {
        return month.managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .list();
    }

    /** Runs each job once, as the job executor of any node would; returns those that failed. */
    private List<Job> executeEach(List<Job> jobs) {
        List<Job> failed = new ArrayList<>();
        for (Job job : jobs) {
            try {
                month.managementService.executeJob(job.getId());
            } catch (RuntimeException e) {
                failed.add(job);
            }
        }
        return failed;
    }

    private long reportsOpened() {
        return jdbc.queryForObject("select count(*) from eco_unit_report r join eco_dispatch_cycle c on c.id = r.cycle_id"
                + " where c.period = ?", Long.class, PERIOD);
    }

    private String sending() {
        JsonNode sending = rest.withBasicAuth("office1", "demo")
                .getForObject("/api/dispatch/cycles/" + PERIOD + "/sending", JsonNode.class);
        assertThat(sending.get("done").asBoolean()).isEqualTo(sending.get("sent").asLong() == sending.get("units").asLong());
        return sending.get("label").asText();
    }

    private void assertEveryUnitHasOneReportAndOneInstance(DispatchCycle cycle, int units) {
        assertThat(jdbc.queryForList("select count(*), count(distinct unit_id), count(distinct process_instance_id)"
                + " from eco_unit_report where cycle_id = ?", cycle.getId()).get(0).values())
                .as("报送数、单位数、流程实例数").containsOnly((long) units);
        assertThat(month.runtimeService.createProcessInstanceQuery().processDefinitionKey(UnitMonthlyReportProcess.KEY)
                .processInstanceBusinessKeyLike(PERIOD + ":%").count()).isEqualTo(units);
    }
}
