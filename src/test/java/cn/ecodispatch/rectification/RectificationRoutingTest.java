package cn.ecodispatch.rectification;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.ecodispatch.processes.InMemoryEngine;
import cn.ecodispatch.rectification.RectificationProcess.Elements;
import cn.ecodispatch.rectification.RectificationProcess.Variables;
import cn.ecodispatch.supervision.SupervisionFacts;

/**
 * Where a rectification of 大营镇 goes (processes/rectification.bpmn): the notice, the unit's report, the office's
 * check, and on a failed check the supervision measure that the real decision table (supervision-measure.dmn)
 * picks from the facts gathered. Listeners and delegates are mocks; an in-memory engine, without Spring.
 */
class RectificationRoutingTest {

    @RegisterExtension
    static final InMemoryEngine ENGINE = InMemoryEngine.deploying("rectification.bpmn", "supervision-measure.dmn");

    private final TaskListener rectificationForm = mock(TaskListener.class);
    private final TaskListener reportRectification = mock(TaskListener.class);
    private final TaskListener verifyRectification = mock(TaskListener.class);
    private final JavaDelegate issueNotice = mock(JavaDelegate.class);
    private final JavaDelegate closeRectification = mock(JavaDelegate.class);
    private final JavaDelegate gatherFacts = mock(JavaDelegate.class);
    private final JavaDelegate applyMeasure = mock(JavaDelegate.class);
    private final JavaDelegate issueReminder = mock(JavaDelegate.class);
    private final List<Object> measuresApplied = new ArrayList<>();

    @BeforeEach
    void registerMocks() throws Exception {
        Mocks.register("issueRectificationNoticeDelegate", issueNotice);
        Mocks.register("rectificationFormListener", rectificationForm);
        Mocks.register("reportRectificationListener", reportRectification);
        Mocks.register("verifyRectificationListener", verifyRectification);
        Mocks.register("closeRectificationDelegate", closeRectification);
        Mocks.register("gatherSupervisionFactsDelegate", gatherFacts);
        Mocks.register("applySupervisionMeasureDelegate", applyMeasure);
        Mocks.register("issueRectificationReminderDelegate", issueReminder);
        doAnswer(call -> measuresApplied.add(
                call.<DelegateExecution>getArgument(0).getVariable(Variables.SUPERVISION_MEASURE.name())))
                .when(applyMeasure).execute(any());
    }

    @Test
    void given_a_notice_issued_when_the_unit_reports_and_the_office_passes_it_then_it_is_closed() throws Exception {
        ProcessInstance rectification = openRectification(deadlineNextMonth());
        verify(issueNotice).execute(any());
        assertThat(rectification).isWaitingAtExactly(Elements.TASK_REPORT);
        assertThat(task(rectification)).hasCandidateGroup("daying");

        complete(task(rectification));
        assertThat(rectification).isWaitingAtExactly(Elements.TASK_VERIFY);
        assertThat(task(rectification)).hasCandidateGroup("office");

        complete(task(rectification), withVariables(Variables.VERDICT.name(), "PASS"));
        assertThat(rectification).hasPassedInOrder(Elements.TASK_CLOSE, Elements.END_CLOSED)
                .hasNotPassed(Elements.TASK_DECIDE_MEASURE).isEnded();
        verify(closeRectification).execute(any());
    }

    @Test
    void given_the_second_failed_check_when_verified_then_the_table_orders_accountability_and_the_unit_reports_again()
            throws Exception {
        gatheredFacts(new SupervisionFacts(0, 0, 2, 0));

        ProcessInstance rectification = failedCheck();

        Assertions.assertThat(measuresApplied).containsExactly("问责");
        assertThat(rectification).hasPassedInOrder(Elements.TASK_GATHER_FACTS, Elements.TASK_DECIDE_MEASURE,
                Elements.TASK_APPLY_MEASURE).isWaitingAtExactly(Elements.TASK_REPORT);
        assertThat(task(rectification)).hasCandidateGroup("daying");
        verify(closeRectification, never()).execute(any());
    }

    @Test
    void given_a_first_failed_check_of_a_report_on_time_when_verified_then_a_reminder_letter_is_the_measure()
            throws Exception {
        gatheredFacts(new SupervisionFacts(0, 0, 1, 0));

        ProcessInstance rectification = failedCheck();

        Assertions.assertThat(measuresApplied).containsExactly("提示函");
        assertThat(rectification).isWaitingAtExactly(Elements.TASK_REPORT);
    }

    @Test
    void given_a_rectification_still_with_the_unit_when_its_deadline_passes_then_a_reminder_goes_out_and_it_stays_open()
            throws Exception {
        ProcessInstance rectification = openRectification(
                Date.from(OffsetDateTime.parse("2022-06-01T00:00+08:00").toInstant()));

        execute(job(Elements.TIMER_OVERDUE, rectification));

        verify(issueReminder).execute(any());
        assertThat(rectification).isWaitingAtExactly(Elements.TASK_REPORT);
        assertThat(task(rectification)).hasCandidateGroup("daying");
    }

    private void gatheredFacts(SupervisionFacts facts) throws Exception {
        doAnswer(call -> {
            call.<DelegateExecution>getArgument(0).setVariables(facts.asVariables());
            return null;
        }).when(gatherFacts).execute(any());
    }

    private static ProcessInstance failedCheck() {
        ProcessInstance rectification = openRectification(deadlineNextMonth());
        complete(task(rectification));
        complete(task(rectification), withVariables(Variables.VERDICT.name(), "FAIL"));
        return rectification;
    }

    private static ProcessInstance openRectification(Date deadline) {
        return ENGINE.engine().getRuntimeService().startProcessInstanceByKey(RectificationProcess.KEY,
                withVariables(Variables.UNIT_CODE.name(), "daying", Variables.RECTIFICATION_ID.name(), 1L,
                        Variables.DEADLINE_AT.name(), deadline));
    }

    /** A deadline still ahead: the overdue timer waits. */
    private static Date deadlineNextMonth() {
        return Date.from(OffsetDateTime.now().plusMonths(1).toInstant());
    }
}
