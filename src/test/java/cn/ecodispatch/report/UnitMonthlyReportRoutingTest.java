package cn.ecodispatch.report;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.ecodispatch.processes.InMemoryEngine;
import cn.ecodispatch.report.UnitMonthlyReportProcess.Elements;
import cn.ecodispatch.report.UnitMonthlyReportProcess.Variables;

/**
 * Where 大营镇's monthly report goes (processes/unit-monthly-report.bpmn): from the unit's reporters to its
 * leaders, to the office, and back. The listeners and delegates are mocks: this is the routing alone, in an
 * in-memory engine, without Spring or a database of the project's own.
 */
class UnitMonthlyReportRoutingTest {

    @RegisterExtension
    static final InMemoryEngine ENGINE = InMemoryEngine.deploying("unit-monthly-report.bpmn");

    private final TaskListener reportForm = mock(TaskListener.class);
    private final TaskListener submitReport = mock(TaskListener.class);
    private final TaskListener reportView = mock(TaskListener.class);
    private final TaskListener signOff = mock(TaskListener.class);
    private final TaskListener review = mock(TaskListener.class);
    private final JavaDelegate startRectifications = mock(JavaDelegate.class);
    private final JavaDelegate closeReport = mock(JavaDelegate.class);
    private final JavaDelegate issueReportReminder = mock(JavaDelegate.class);
    private final JavaDelegate checkMonthComplete = mock(JavaDelegate.class);

    @BeforeEach
    void registerMocks() {
        Mocks.register("reportFormListener", reportForm);
        Mocks.register("submitReportListener", submitReport);
        Mocks.register("reportViewListener", reportView);
        Mocks.register("signOffListener", signOff);
        Mocks.register("reviewListener", review);
        Mocks.register("startRectificationsDelegate", startRectifications);
        Mocks.register("closeReportDelegate", closeReport);
        Mocks.register("issueReportReminderDelegate", issueReportReminder);
        Mocks.register("checkMonthCompleteDelegate", checkMonthComplete);
    }

    @Test
    void given_a_report_requested_then_the_units_reporters_fill_it_in() {
        ProcessInstance report = requestReport(dueNextMonth());

        assertThat(report).isWaitingAtExactly(Elements.TASK_SUBMIT);
        assertThat(task(report)).hasCandidateGroup("daying");
        verify(reportForm).notify(any());
    }

    @Test
    void given_a_saved_draft_when_saved_then_it_stays_with_the_reporters() {
        ProcessInstance report = requestReport(dueNextMonth());

        complete(task(report), withVariables(Variables.REPORT_ACTION.name(), "DRAFT"));

        assertThat(report).isWaitingAtExactly(Elements.TASK_SUBMIT).hasNotPassed(Elements.TASK_SIGN_OFF);
        assertThat(task(report)).hasCandidateGroup("daying");
        verify(reportForm, times(2)).notify(any());
    }

    @Test
    void given_a_submitted_report_when_signed_off_and_approved_then_it_closes_without_rectifications() throws Exception {
        ProcessInstance report = requestReport(dueNextMonth());

        complete(task(report), withVariables(Variables.REPORT_ACTION.name(), "SUBMIT"));
        assertThat(report).isWaitingAtExactly(Elements.TASK_SIGN_OFF);
        assertThat(task(report)).hasCandidateGroup("daying-leaders");

        complete(task(report), withVariables(Variables.SIGN_OFF_DECISION.name(), "SIGNED"));
        assertThat(report).isWaitingAtExactly(Elements.TASK_REVIEW);
        assertThat(task(report)).hasCandidateGroup("office");

        complete(task(report), withVariables(Variables.REVIEW_OUTCOME.name(), "APPROVED"));
        assertThat(report).hasPassedInOrder(Elements.TASK_SUBMIT, Elements.TASK_SIGN_OFF, Elements.TASK_REVIEW,
                Elements.TASK_CLOSE).hasNotPassed(Elements.TASK_START_RECTIFICATIONS)
                .isWaitingAtExactly(Elements.TASK_CHECK_MONTH_COMPLETE);
        execute(job(Elements.TASK_CHECK_MONTH_COMPLETE, report));
        assertThat(report).isEnded();
        verify(checkMonthComplete).execute(any());
        verify(submitReport).notify(any());
        verify(signOff).notify(any());
        verify(review).notify(any());
        verify(closeReport).execute(any());
        verify(startRectifications, never()).execute(any());
    }

    @Test
    void given_a_submitted_report_when_the_leader_returns_it_then_it_goes_back_to_the_reporters() {
        ProcessInstance report = requestReport(dueNextMonth());
        complete(task(report), withVariables(Variables.REPORT_ACTION.name(), "SUBMIT"));

        complete(task(report), withVariables(Variables.SIGN_OFF_DECISION.name(), "RETURNED", "signOffComment", "总结过简"));

        assertThat(report).isWaitingAtExactly(Elements.TASK_SUBMIT).hasNotPassed(Elements.TASK_REVIEW);
        assertThat(task(report)).hasCandidateGroup("daying");
    }

    @Test
    void given_a_signed_report_when_the_office_returns_it_with_a_reason_then_the_reporters_get_it_back() {
        List<Object> reasons = new ArrayList<>();
        doAnswer(call -> reasons.add(call.<DelegateTask>getArgument(0).getVariable("reviewReason")))
                .when(review).notify(any());
        ProcessInstance report = requestReport(dueNextMonth());
        complete(task(report), withVariables(Variables.REPORT_ACTION.name(), "SUBMIT"));
        complete(task(report), withVariables(Variables.SIGN_OFF_DECISION.name(), "SIGNED"));

        complete(task(report), withVariables(Variables.REVIEW_OUTCOME.name(), "RETURNED", "reviewReason", "台账缺少巡查照片"));

        assertThat(report).isWaitingAtExactly(Elements.TASK_SUBMIT).hasNotPassed(Elements.TASK_CLOSE);
        assertThat(task(report)).hasCandidateGroup("daying");
        Assertions.assertThat(reasons).containsExactly("台账缺少巡查照片");
        verify(reportForm, times(2)).notify(any());
    }

    @Test
    void given_a_signed_report_when_approved_with_problems_then_rectifications_start_before_it_closes() throws Exception {
        ProcessInstance report = requestReport(dueNextMonth());
        complete(task(report), withVariables(Variables.REPORT_ACTION.name(), "SUBMIT"));
        complete(task(report), withVariables(Variables.SIGN_OFF_DECISION.name(), "SIGNED"));

        complete(task(report), withVariables(Variables.REVIEW_OUTCOME.name(), "APPROVED_WITH_PROBLEMS"));
        execute(job(Elements.TASK_CHECK_MONTH_COMPLETE, report));

        assertThat(report).hasPassedInOrder(Elements.TASK_START_RECTIFICATIONS, Elements.TASK_CLOSE,
                Elements.TASK_CHECK_MONTH_COMPLETE, Elements.END_CLOSED).isEnded();
        var order = inOrder(startRectifications, closeReport);
        order.verify(startRectifications).execute(any());
        order.verify(closeReport).execute(any());
    }

    @Test
    void given_a_report_still_with_the_unit_when_its_due_time_passes_then_a_reminder_goes_out_and_it_stays_open() throws Exception {
        ProcessInstance report = requestReport(Date.from(OffsetDateTime.parse("2022-05-06T00:00+08:00").toInstant()));

        execute(job(Elements.TIMER_OVERDUE, report));

        verify(issueReportReminder).execute(any());
        assertThat(report).hasPassed(Elements.END_REMINDER_ISSUED).isWaitingAtExactly(Elements.TASK_SUBMIT);
        assertThat(task(report)).hasCandidateGroup("daying");
    }

    private static ProcessInstance requestReport(Date dueAt) {
        return ENGINE.engine().getRuntimeService().startProcessInstanceByKey(UnitMonthlyReportProcess.KEY, "2022-05:daying",
                withVariables(Variables.UNIT_CODE.name(), "daying", Variables.PERIOD.name(), "2022-05", Variables.REPORT_ID.name(), 1L,
                        Variables.DUE_AT.name(), dueAt));
    }

    /** A due time still ahead: the overdue timer waits. */
    private static Date dueNextMonth() {
        return Date.from(OffsetDateTime.now().plusMonths(1).withDayOfMonth(6).toInstant());
    }
}
