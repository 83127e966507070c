package cn.ecodispatch.dispatch;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.ecodispatch.dispatch.MonthlyDispatchProcess.Elements;
import cn.ecodispatch.dispatch.MonthlyDispatchProcess.Variables;
import cn.ecodispatch.processes.InMemoryEngine;
import cn.ecodispatch.shared.Period;

/**
 * Where a month's dispatch goes (processes/monthly-dispatch.bpmn): the month opens (on the schedule or by the office),
 * its reports go out in batches, the cycle waits until every report is closed or the closing date passes, compiles the
 * results, the director consults, and the cycle closes and compiles the bulletin. The delegates and listeners are
 * mocks (opening and planning set the variables the real ones set); the schedule is the real bean with the
 * production cron; an in-memory engine, without Spring.
 */
class MonthlyDispatchRoutingTest {

    /** As in application.yaml: 08:00 on the 1st, reports due on the 6th, closing on the 20th, 100 units a batch. */
    private static final DispatchSettings SETTINGS = new DispatchSettings("0 0 8 1 * ?", 6, 20, 100);

    @RegisterExtension
    static final InMemoryEngine ENGINE = InMemoryEngine.deploying("monthly-dispatch.bpmn")
            .withBean("dispatchSchedule", new DispatchSchedule(SETTINGS));

    private final JavaDelegate openPeriod = mock(JavaDelegate.class);
    private final JavaDelegate planBatches = mock(JavaDelegate.class);
    private final JavaDelegate startBatch = mock(JavaDelegate.class);
    private final ExecutionListener reportsStarted = mock(ExecutionListener.class);
    private final JavaDelegate compileResults = mock(JavaDelegate.class);
    private final TaskListener consultationForm = mock(TaskListener.class);
    private final TaskListener consultation = mock(TaskListener.class);
    private final JavaDelegate closeCycle = mock(JavaDelegate.class);
    private final JavaDelegate compileBulletin = mock(JavaDelegate.class);

    /** The district as each scenario has it: how many units report, when the month closes, what goes wrong. */
    private int reportingUnits = 250;
    private Date closingAt = Date.from(OffsetDateTime.now().plusMonths(1).toInstant());
    private boolean monthAlreadyOpen;
    private Integer unavailableBatch;

    /** What the mocks were asked: the period requested of each opening (null on the schedule), the batches sent. */
    private final List<String> periodsRequested = new ArrayList<>();
    private final List<String> instancesOpening = new ArrayList<>();
    private final List<Integer> batchesSent = new ArrayList<>();

    @BeforeEach
    void registerMocks() throws Exception {
        Mocks.register("openPeriodDelegate", openPeriod);
        Mocks.register("planUnitReportBatchesDelegate", planBatches);
        Mocks.register("startUnitReportBatchDelegate", startBatch);
        Mocks.register("reportsStartedListener", reportsStarted);
        Mocks.register("compileMonthlyResultsDelegate", compileResults);
        Mocks.register("consultationFormListener", consultationForm);
        Mocks.register("consultationListener", consultation);
        Mocks.register("closeCycleDelegate", closeCycle);
        Mocks.register("compileBulletinDelegate", compileBulletin);
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            String requested = (String) execution.getVariable(Variables.PERIOD.name());
            periodsRequested.add(requested);
            instancesOpening.add(execution.getProcessInstanceId());
            if (monthAlreadyOpen) {
                if (requested == null) {
                    throw new BpmnError(MonthlyDispatchProcess.ERROR_PERIOD_ALREADY_OPEN, "本月调度已经开启");
                }
                throw new DuplicateCycleException(Period.parse(requested));
            }
            execution.setVariable(Variables.PERIOD.name(), requested != null ? requested : YearMonth.now().toString());
            execution.setVariable(Variables.CYCLE_ID.name(), 1L);
            execution.setVariable(Variables.CLOSING_AT.name(), closingAt);
            return null;
        }).when(openPeriod).execute(any());
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            UnitReportBatches.Plan plan = new UnitReportBatches.Plan(reportingUnits, SETTINGS.reportBatchSize());
            execution.setVariable(Variables.REPORT_BATCH_SIZE.name(), plan.batchSize());
            execution.setVariable(Variables.REPORT_BATCH_COUNT.name(), plan.batches());
            return null;
        }).when(planBatches).execute(any());
        doAnswer(call -> {
            Integer batch = (Integer) call.<DelegateExecution>getArgument(0).getVariable(Variables.LOOP_COUNTER.name());
            batchesSent.add(batch);
            if (batch.equals(unavailableBatch)) {
                throw new IllegalStateException("第 " + batch + " 批单位的报送未能开启");
            }
            return null;
        }).when(startBatch).execute(any());
    }

    @Test
    void given_the_office_starts_a_month_then_it_opens_and_waits_to_plan_its_batches() throws Exception {
        ProcessInstance month = officeStarts("2022-05");

        verify(openPeriod).execute(any());
        Assertions.assertThat(periodsRequested).containsExactly("2022-05");
        assertThat(month).hasBusinessKey("2022-05").hasPassedInOrder(Elements.START_OFFICE, Elements.TASK_OPEN_PERIOD)
                .isWaitingAtExactly(Elements.TASK_PLAN_REPORT_BATCHES);
        verify(planBatches, never()).execute(any());
    }

    @Test
    void given_250_units_in_batches_of_100_when_the_month_is_planned_then_each_of_its_3_batches_goes_out_once_in_a_job_of_its_own()
            throws Exception {
        ProcessInstance month = officeStarts("2022-05");

        execute(job(Elements.TASK_PLAN_REPORT_BATCHES, month));
        Assertions.assertThat(jobsAt(month, Elements.TASK_START_REPORT_BATCH)).hasSize(3);
        verify(startBatch, never()).execute(any());

        Assertions.assertThat(jobsAt(month, Elements.TASK_START_REPORT_BATCH)).as("各批可同时执行")
                .noneMatch(job -> ((JobEntity) job).isExclusive());
        runJobsAt(month, Elements.TASK_START_REPORT_BATCH);
        Assertions.assertThat(batchesSent).containsExactlyInAnyOrder(0, 1, 2);
        Assertions.assertThat(jobsAt(month, Elements.END_BATCH_SENT)).as("每批在自己的作业里结束，同一月份逐一执行，互不冲突")
                .hasSize(3).allMatch(job -> ((JobEntity) job).isExclusive());
        verify(reportsStarted, never()).notify(any());

        runJobsAt(month, Elements.END_BATCH_SENT);
        verify(reportsStarted, times(1)).notify(any()); // the database's statistics, once the last batch is out
        assertThat(month).hasPassedInOrder(Elements.TASK_PLAN_REPORT_BATCHES, Elements.TASK_START_REPORT_BATCH)
                .hasPassed(Elements.END_BATCH_SENT, Elements.SUBPROCESS_REPORT_BATCH)
                .isWaitingAtExactly(Elements.GATEWAY_WAIT)
                .isWaitingFor(MonthlyDispatchProcess.MESSAGE_ALL_REPORTS_CLOSED);
        Assertions.assertThat(jobsAt(month, Elements.EVENT_CLOSING_DATE)).singleElement()
                .extracting(Job::getDuedate).isEqualTo(closingAt);
        verify(compileResults, never()).execute(any());
    }

    @Test
    void given_a_district_without_reporting_units_when_the_month_is_planned_then_no_batch_goes_out_and_it_waits_for_the_closing_date()
            throws Exception {
        reportingUnits = 0;
        ProcessInstance month = officeStarts("2022-05");

        execute(job(Elements.TASK_PLAN_REPORT_BATCHES, month));

        verify(startBatch, never()).execute(any());
        assertThat(month).isWaitingAtExactly(Elements.GATEWAY_WAIT);
        Assertions.assertThat(jobsAt(month, Elements.EVENT_CLOSING_DATE)).hasSize(1);
    }

    @Test
    void given_a_batch_that_cannot_be_sent_when_the_reports_go_out_then_only_that_batch_is_retried_and_left_with_an_incident()
            throws Exception {
        unavailableBatch = 1;

        ProcessInstance month = monthWithABatchLeftFailing();

        Assertions.assertThat(Collections.frequency(batchesSent, 0)).isEqualTo(1);
        Assertions.assertThat(Collections.frequency(batchesSent, 2)).isEqualTo(1);
        Assertions.assertThat(Collections.frequency(batchesSent, 1)).isGreaterThan(1);
        List<Incident> incidents = incidentsOf(month);
        Assertions.assertThat(incidents).hasSize(1);
        Incident incident = incidents.get(0);
        Assertions.assertThat(incident.getActivityId()).isEqualTo(Elements.TASK_START_REPORT_BATCH);
        Assertions.assertThat(runtimeService().getVariable(incident.getExecutionId(), Variables.LOOP_COUNTER.name()))
                .isEqualTo(1);
        Assertions.assertThat(jobsAt(month, Elements.TASK_START_REPORT_BATCH)).singleElement()
                .extracting(Job::getId).isEqualTo(incident.getConfiguration());
        assertThat(month).isWaitingAt(Elements.TASK_START_REPORT_BATCH).hasNotPassed(Elements.GATEWAY_WAIT)
                .isNotWaitingFor(MonthlyDispatchProcess.MESSAGE_ALL_REPORTS_CLOSED);
        verify(compileResults, never()).execute(any());
    }

    @Test
    void given_a_failed_batch_when_it_is_retried_after_the_fault_is_fixed_then_only_it_is_sent_again_and_the_month_waits_for_reports()
            throws Exception {
        unavailableBatch = 1;
        ProcessInstance month = monthWithABatchLeftFailing();
        Job failed = jobQuery().processInstanceId(month.getId()).noRetriesLeft().singleResult();
        unavailableBatch = null;
        batchesSent.clear();

        managementService().setJobRetries(failed.getId(), 1);
        sendBatches(month);

        Assertions.assertThat(batchesSent).containsExactly(1);
        Assertions.assertThat(incidentsOf(month)).isEmpty();
        assertThat(month).isWaitingAtExactly(Elements.GATEWAY_WAIT);
    }

    @Test
    void given_every_report_closed_before_the_closing_date_when_the_message_arrives_then_the_results_are_compiled_for_the_director()
            throws Exception {
        ProcessInstance month = monthSent("2022-05");

        allReportsClosed(month);
        assertThat(month).hasPassed(Elements.EVENT_ALL_CLOSED).hasNotPassed(Elements.EVENT_CLOSING_DATE)
                .isWaitingAtExactly(Elements.TASK_COMPILE);
        Assertions.assertThat(jobsAt(month, Elements.EVENT_CLOSING_DATE)).isEmpty();
        verify(compileResults, never()).execute(any());

        execute(job(Elements.TASK_COMPILE, month));
        verify(compileResults).execute(any());
        assertThat(month).isWaitingAtExactly(Elements.TASK_CONSULT);
        assertThat(task(month)).hasCandidateGroup("officelead");
        verify(consultationForm).notify(any());
        verify(consultation, never()).notify(any());
        verify(closeCycle, never()).execute(any());
    }

    @Test
    void given_reports_still_open_when_the_closing_date_passes_then_the_results_are_compiled_and_a_late_closing_is_not_heard()
            throws Exception {
        closingAt = Date.from(OffsetDateTime.parse("2022-05-20T23:59:59+08:00").toInstant());
        ProcessInstance month = monthSent("2022-05");

        execute(job(Elements.EVENT_CLOSING_DATE, month));
        assertThat(month).hasPassed(Elements.EVENT_CLOSING_DATE).hasNotPassed(Elements.EVENT_ALL_CLOSED)
                .isWaitingAtExactly(Elements.TASK_COMPILE);
        Assertions.assertThat(runtimeService()
                .createMessageCorrelation(MonthlyDispatchProcess.MESSAGE_ALL_REPORTS_CLOSED)
                .processInstanceId(month.getId()).correlateAllWithResult()).isEmpty();

        execute(job(Elements.TASK_COMPILE, month));
        verify(compileResults).execute(any());
        assertThat(month).isWaitingAtExactly(Elements.TASK_CONSULT);
    }

    @Test
    void given_the_directors_consultation_when_completed_then_the_cycle_closes_and_the_months_bulletin_is_compiled()
            throws Exception {
        ProcessInstance month = monthSent("2022-05");
        allReportsClosed(month);
        execute(job(Elements.TASK_COMPILE, month));

        complete(task(month));
        verify(consultation).notify(any());
        verify(closeCycle).execute(any());
        assertThat(month).isWaitingAtExactly(Elements.TASK_COMPILE_BULLETIN);
        verify(compileBulletin, never()).execute(any());

        execute(job(Elements.TASK_COMPILE_BULLETIN, month));
        assertThat(month).hasPassedInOrder(Elements.TASK_COMPILE, Elements.TASK_CONSULT, Elements.TASK_CLOSE_CYCLE,
                Elements.TASK_COMPILE_BULLETIN, Elements.END_CLOSED).hasNotPassed(Elements.END_DUPLICATE_REFUSED)
                .isEnded();
        var order = inOrder(compileResults, consultation, closeCycle, compileBulletin);
        order.verify(compileResults).execute(any());
        order.verify(consultation).notify(any());
        order.verify(closeCycle).execute(any());
        order.verify(compileBulletin).execute(any());
    }

    @Test
    void given_the_schedule_when_the_first_of_the_month_comes_then_the_month_just_begun_opens_by_itself_and_the_next_is_scheduled() {
        Job due = startTimer();
        ZonedDateTime dueAt = due.getDuedate().toInstant().atZone(ZoneId.systemDefault());
        Assertions.assertThat(dueAt.getDayOfMonth()).isEqualTo(1);
        Assertions.assertThat(dueAt.toLocalTime()).hasToString("08:00");

        ClockUtil.setCurrentTime(due.getDuedate());
        managementService().executeJob(due.getId());

        Assertions.assertThat(periodsRequested).containsExactly((String) null);
        ProcessInstance month = runtimeService().createProcessInstanceQuery()
                .processInstanceId(instancesOpening.get(0)).singleResult();
        assertThat(month).hasPassedInOrder(Elements.START_TIMER, Elements.TASK_OPEN_PERIOD)
                .hasVariables(Variables.PERIOD.name(), Variables.CYCLE_ID.name(), Variables.CLOSING_AT.name())
                .isWaitingAtExactly(Elements.TASK_PLAN_REPORT_BATCHES);
        Assertions.assertThat(startTimer().getDuedate().toInstant()).isEqualTo(dueAt.plusMonths(1).toInstant());
    }

    @Test
    void given_a_month_already_open_when_the_schedule_fires_again_then_the_duplicate_is_refused_and_nothing_goes_out()
            throws Exception {
        monthAlreadyOpen = true;

        managementService().executeJob(startTimer().getId());

        String refused = instancesOpening.get(0);
        Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(refused)
                .singleResult().getEndActivityId()).isEqualTo(Elements.END_DUPLICATE_REFUSED);
        Assertions.assertThat(passed(refused)).contains(Elements.START_TIMER, Elements.TASK_OPEN_PERIOD,
                Elements.BOUNDARY_ALREADY_OPEN, Elements.END_DUPLICATE_REFUSED)
                .doesNotContain(Elements.TASK_PLAN_REPORT_BATCHES, Elements.TASK_START_REPORT_BATCH);
        verify(planBatches, never()).execute(any());
        verify(startBatch, never()).execute(any());
    }

    @Test
    void given_a_month_already_open_when_the_office_starts_it_again_then_it_is_refused_at_once_and_nothing_is_left_behind()
            throws Exception {
        monthAlreadyOpen = true;
        long instancesBefore = historyService().createHistoricProcessInstanceQuery().count();

        Assertions.assertThatThrownBy(() -> officeStarts("2022-05")).isInstanceOf(DuplicateCycleException.class);

        verify(openPeriod).execute(any());
        Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        verify(planBatches, never()).execute(any());
    }

    private ProcessInstance monthWithABatchLeftFailing() {
        ProcessInstance month = officeStarts("2022-05");
        execute(job(Elements.TASK_PLAN_REPORT_BATCHES, month));
        sendBatches(month);
        return month;
    }

    /** A month opened by the office whose batches have all gone out: it waits for its reports. */
    private ProcessInstance monthSent(String period) {
        ProcessInstance month = officeStarts(period);
        execute(job(Elements.TASK_PLAN_REPORT_BATCHES, month));
        sendBatches(month);
        assertThat(month).isWaitingAtExactly(Elements.GATEWAY_WAIT);
        return month;
    }

    /** As DispatchService.startOnDemand: the office's start message, with the period as business key. */
    private static ProcessInstance officeStarts(String period) {
        return runtimeService().createMessageCorrelation(MonthlyDispatchProcess.MESSAGE_START_DISPATCH)
                .processInstanceBusinessKey(period).setVariable(Variables.PERIOD.name(), period).correlateStartMessage();
    }

    /** As DispatchService.reportClosed when the month's last report has closed. */
    private static void allReportsClosed(ProcessInstance month) {
        runtimeService().createMessageCorrelation(MonthlyDispatchProcess.MESSAGE_ALL_REPORTS_CLOSED)
                .processInstanceId(month.getId()).correlateAll();
    }

    /** Runs the jobs at the activity, as the job executor would, until none is left with retries; failures count. */
    /** The batches' jobs, as the job executor runs them: each batch, then the end of each batch that went out. */
    private static void sendBatches(ProcessInstance month) {
        runJobsAt(month, Elements.TASK_START_REPORT_BATCH);
        runJobsAt(month, Elements.END_BATCH_SENT);
    }

    private static void runJobsAt(ProcessInstance month, String activityId) {
        List<Job> due = jobsWithRetriesAt(month, activityId);
        while (!due.isEmpty()) {
            for (Job job : due) {
                try {
                    managementService().executeJob(job.getId());
                } catch (RuntimeException failed) {
                    // the engine has counted the failure down on the job, as the job executor would
                }
            }
            due = jobsWithRetriesAt(month, activityId);
        }
    }

    private static List<Job> jobsWithRetriesAt(ProcessInstance month, String activityId) {
        return jobQuery().processInstanceId(month.getId()).activityId(activityId).withRetriesLeft().list();
    }

    private static List<Job> jobsAt(ProcessInstance month, String activityId) {
        return jobQuery().processInstanceId(month.getId()).activityId(activityId).list();
    }

    private static List<Incident> incidentsOf(ProcessInstance month) {
        return runtimeService().createIncidentQuery().processInstanceId(month.getId()).list();
    }

    /** The schedule's one timer start: a job of the process definition, not of any instance. */
    private static Job startTimer() {
        List<Job> starts = jobQuery().processDefinitionKey(MonthlyDispatchProcess.KEY).timers().list().stream()
                .filter(job -> job.getProcessInstanceId() == null).toList();
        Assertions.assertThat(starts).hasSize(1);
        return starts.get(0);
    }

    private static List<String> passed(String processInstanceId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).list()
                .stream().map(HistoricActivityInstance::getActivityId).toList();
    }
}
