package cn.ecodispatch.accountability;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import cn.ecodispatch.accountability.AccountabilityProcess.Elements;
import cn.ecodispatch.accountability.AccountabilityProcess.Fields;
import cn.ecodispatch.accountability.AccountabilityProcess.Variables;
import cn.ecodispatch.processes.InMemoryEngine;
import cn.ecodispatch.shared.InvalidInputException;

/**
 * Where an accountability case against 大营镇 goes (processes/accountability.bpmn): the office drafts the proposal,
 * the organisation department decides, the unit's leaders acknowledge the decision. The process has no gateway and
 * no timer: whatever the department decides, even 不予问责, the unit is told; the tasks' due dates are deadlines shown
 * in Tasklist, not timers. The listeners are mocks; an in-memory engine, without Spring.
 */
class AccountabilityRoutingTest {

    @RegisterExtension
    static final InMemoryEngine ENGINE = InMemoryEngine.deploying("accountability.bpmn");

    /** Every decision the department may take (AccountabilityService checks the form's value against these). */
    static final List<String> DECISIONS = AccountabilityService.MEASURES;

    private final TaskListener accountabilityForm = mock(TaskListener.class);
    private final TaskListener draftProposal = mock(TaskListener.class);
    private final TaskListener decideAccountability = mock(TaskListener.class);
    private final TaskListener acknowledgeDecision = mock(TaskListener.class);

    @BeforeEach
    void registerMocks() {
        Mocks.register("accountabilityFormListener", accountabilityForm);
        Mocks.register("draftProposalListener", draftProposal);
        Mocks.register("decideAccountabilityListener", decideAccountability);
        Mocks.register("acknowledgeDecisionListener", acknowledgeDecision);
    }

    @Test
    void given_an_accountability_raised_then_the_office_drafts_the_proposal_within_5_days() {
        ProcessInstance accountability = raise();

        assertThat(accountability).hasPassed(Elements.START).isWaitingAtExactly(Elements.TASK_DRAFT_PROPOSAL);
        assertThat(task(accountability)).hasCandidateGroup("office");
        assertDueIn(task(accountability), Duration.ofDays(5));
        verify(accountabilityForm).notify(any());
        verify(draftProposal, never()).notify(any());
    }

    @Test
    void given_a_drafted_proposal_then_the_organisation_department_decides_within_10_days() {
        ProcessInstance accountability = raise();

        complete(task(accountability), withVariables(Fields.FACTS.name(), "连续两次整改复核未通过", Fields.SUGGESTED_MEASURE.name(), "约谈"));

        verify(draftProposal).notify(any());
        assertThat(accountability).isWaitingAtExactly(Elements.TASK_DECIDE);
        assertThat(task(accountability)).hasCandidateGroup("orgdept");
        assertDueIn(task(accountability), Duration.ofDays(10));
        verify(accountabilityForm, times(2)).notify(any());
        verify(decideAccountability, never()).notify(any());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("DECISIONS")
    void given_the_departments_decision_whatever_it_is_then_the_units_leaders_acknowledge_it_within_3_days(String decision) {
        ProcessInstance accountability = raise();
        complete(task(accountability));

        complete(task(accountability), withVariables(Fields.DECISION.name(), decision, Fields.DECISION_REASON.name(), "情况属实"));

        verify(decideAccountability).notify(any());
        assertThat(accountability).hasPassedInOrder(Elements.TASK_DRAFT_PROPOSAL, Elements.TASK_DECIDE)
                .isWaitingAtExactly(Elements.TASK_ACKNOWLEDGE);
        assertThat(task(accountability)).hasCandidateGroup("daying-leaders");
        assertDueIn(task(accountability), Duration.ofDays(3));
        verify(accountabilityForm, times(3)).notify(any());
        verify(acknowledgeDecision, never()).notify(any());
    }

    @Test
    void given_the_decision_with_the_unit_when_its_leaders_acknowledge_it_then_the_case_is_closed() {
        ProcessInstance accountability = raise();
        complete(task(accountability));
        complete(task(accountability));

        complete(task(accountability), withVariables(Fields.ACKNOWLEDGED.name(), "true"));

        assertThat(accountability).hasPassedInOrder(Elements.START, Elements.TASK_DRAFT_PROPOSAL, Elements.TASK_DECIDE,
                Elements.TASK_ACKNOWLEDGE, Elements.END_CLOSED).isEnded();
        var order = inOrder(draftProposal, decideAccountability, acknowledgeDecision);
        order.verify(draftProposal).notify(any());
        order.verify(decideAccountability).notify(any());
        order.verify(acknowledgeDecision).notify(any());
    }

    @Test
    void given_the_decision_with_the_unit_when_its_leaders_do_not_confirm_they_were_told_then_it_stays_with_them() {
        doThrow(new InvalidInputException(Fields.ACKNOWLEDGED.name(), "请勾选“本单位已知悉上述问责决定”"))
                .when(acknowledgeDecision).notify(any());
        ProcessInstance accountability = raise();
        complete(task(accountability));
        complete(task(accountability));
        Task acknowledgement = task(accountability);

        Assertions.assertThatThrownBy(() -> taskService().complete(acknowledgement.getId()))
                .hasRootCauseInstanceOf(InvalidInputException.class);

        assertThat(accountability).isWaitingAtExactly(Elements.TASK_ACKNOWLEDGE).hasNotPassed(Elements.END_CLOSED);
        Assertions.assertThat(task(accountability).getId()).isEqualTo(acknowledgement.getId());
    }

    /** As AccountabilityService.open: the case's id as business key, the unit whose leaders are told. */
    private static ProcessInstance raise() {
        return runtimeService().startProcessInstanceByKey(AccountabilityProcess.KEY, "7",
                withVariables(Variables.CASE_ID.name(), 7L, Variables.UNIT_CODE.name(), "daying"));
    }

    /** The task's due date, set by the engine a moment after the task's creation, is the given time later. */
    private static void assertDueIn(Task task, Duration deadline) {
        Assertions.assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant()))
                .isBetween(deadline, deadline.plusSeconds(1));
    }
}
