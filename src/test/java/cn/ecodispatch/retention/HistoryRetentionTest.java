package cn.ecodispatch.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;
import cn.ecodispatch.report.ReportService;
import cn.ecodispatch.shared.Period;

/**
 * What the engine's history keeps of a month, and for how long: given 大营镇's report of March 2021 submitted,
 * signed and approved, the history holds its process facts but none of the report's contents (which are in the
 * domain tables); a year and a day after the report closed, the night's cleanup removes its history and the report
 * itself stays.
 */
@EcoDispatchTest
class HistoryRetentionTest {

    private static final List<String> FORM_CONTENTS = List.of("items", "keyTasks", "indicators", "summary",
            "difficulties", "nextMonthPlan", "unitName", "periodLabel", "progressText");

    @Autowired
    MonthScenario month;
    @Autowired
    HistoryService history;
    @Autowired
    ReportService reports;

    @Test
    void the_history_keeps_the_process_facts_and_none_of_the_report() {
        ProcessInstance instance = approvedReport("2021-03");

        List<String> recorded = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .list().stream().map(HistoricVariableInstance::getName).toList();
        assertThat(recorded).contains("reportId", "unitCode", "period", "reportAction", "reviewOutcome")
                .doesNotContainAnyElementsOf(FORM_CONTENTS);
        List<HistoricDetail> details = history.createHistoricDetailQuery().processInstanceId(instance.getId()).list();
        assertThat(details).as("变量的历次取值").isNotEmpty().allSatisfy(detail -> assertThat(
                ((HistoricVariableUpdate) detail).getVariableName())
                .isNotIn(FORM_CONTENTS));
        assertThat(month.read(() -> reports.latestSubmitted(month.report(month.dispatch.cycleOf(
                Period.parse("2021-03")).orElseThrow(), "daying")).getSummary()))
                .as("报送内容在业务表中").isNotBlank();
    }

    @Test
    void a_year_after_a_report_closed_the_nightly_cleanup_removes_its_history_and_keeps_the_report() {
        ProcessInstance instance = approvedReport("2021-04");
        HistoricProcessInstance closed = history.createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(closed.getRemovalTime()).as("单位月度报送的历史保留 365 天")
                .isEqualTo(Date.from(closed.getEndTime().toInstant().plus(Duration.ofDays(365))));

        month.clockAt("2022-05-10T02:00");
        runCleanup();

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        DispatchCycle cycle = month.dispatch.cycleOf(Period.parse("2021-04")).orElseThrow();
        assertThat(month.report(cycle, "daying").getStatus().isClosed()).as("业务表中的报送仍在").isTrue();
    }

    private ProcessInstance approvedReport(String period) {
        month.clockAt(period + "-02T09:00");
        DispatchCycle cycle = month.startMonth(period);
        ProcessInstance instance = month.reportInstance(cycle, "daying");
        month.reportApproved(cycle, "daying");
        month.runDueJobs();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getEndTime()).as("报送流程已结束").isNotNull();
        return instance;
    }

    /** The engine's cleanup job, due in tonight's window, run now (jobs are run by the tests themselves). */
    private void runCleanup() {
        List<Job> jobs = history.findHistoryCleanupJobs();
        assertThat(jobs).as("历史清理作业").isNotEmpty();
        LocalDateTime due = LocalDateTime.ofInstant(jobs.get(0).getDuedate().toInstant(), ZoneId.of("Asia/Shanghai"));
        assertThat(due.getHour()).as("清理在夜间 01:00–05:00 运行").isBetween(1, 4);
        jobs.forEach(job -> month.managementService.executeJob(job.getId()));
        ClockUtil.reset();
    }
}
