package cn.ecodispatch.bulletin;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.ecodispatch.bulletin.BulletinProcess.Elements;
import cn.ecodispatch.bulletin.BulletinProcess.Variables;
import cn.ecodispatch.processes.InMemoryEngine;

/**
 * Where a month's bulletin goes (processes/monthly-bulletin.bpmn): the office edits the system's draft, the director
 * approves it or returns it to the office, and only an approved text is published. The listeners and the publishing
 * delegate are mocks (the approval's listener routes as the real one does, from the director's decision); an
 * in-memory engine, without Spring.
 */
class BulletinRoutingTest {

    @RegisterExtension
    static final InMemoryEngine ENGINE = InMemoryEngine.deploying("monthly-bulletin.bpmn");

    private final TaskListener bulletinTaskName = mock(TaskListener.class);
    private final TaskListener editBulletin = mock(TaskListener.class);
    private final TaskListener approveBulletin = mock(TaskListener.class);
    private final JavaDelegate publishBulletin = mock(JavaDelegate.class);

    @BeforeEach
    void registerMocks() {
        Mocks.register("bulletinTaskNameListener", bulletinTaskName);
        Mocks.register("editBulletinListener", editBulletin);
        Mocks.register("approveBulletinListener", approveBulletin);
        Mocks.register("publishBulletinDelegate", publishBulletin);
        doAnswer(call -> {
            DelegateTask task = call.getArgument(0);
            task.getExecution().setVariable(Variables.APPROVED.name(),
                    "APPROVED".equals(task.getVariable(BulletinProcess.Fields.DECISION.name())));
            return null;
        }).when(approveBulletin).notify(any());
    }

    @Test
    void given_the_months_draft_when_the_office_edits_it_and_the_director_approves_then_it_is_published() throws Exception {
        ProcessInstance bulletin = draftCompiled();
        assertThat(bulletin).isWaitingAtExactly(Elements.TASK_EDIT);
        assertThat(task(bulletin)).hasCandidateGroup("office");

        complete(task(bulletin), withVariables(BulletinProcess.Fields.BODY.name(), "现将本月情况通报如下。"));
        assertThat(bulletin).isWaitingAtExactly(Elements.TASK_APPROVE);
        assertThat(task(bulletin)).hasCandidateGroup("officelead");

        complete(task(bulletin), withVariables(BulletinProcess.Fields.DECISION.name(), "APPROVED"));
        assertThat(bulletin).hasPassedInOrder(Elements.TASK_EDIT, Elements.TASK_APPROVE, Elements.TASK_PUBLISH)
                .isEnded();
        verify(publishBulletin).execute(any());
    }

    @Test
    void given_a_draft_the_director_returns_when_the_office_edits_it_again_then_only_the_approved_text_is_published()
            throws Exception {
        ProcessInstance bulletin = draftCompiled();
        complete(task(bulletin), withVariables(BulletinProcess.Fields.BODY.name(), "初稿"));

        complete(task(bulletin), withVariables(BulletinProcess.Fields.DECISION.name(), "RETURNED",
                BulletinProcess.Fields.REASON.name(), "请补充下月工作要求"));
        assertThat(bulletin).isWaitingAtExactly(Elements.TASK_EDIT).hasNotPassed(Elements.TASK_PUBLISH);
        assertThat(task(bulletin)).hasCandidateGroup("office");
        verify(publishBulletin, never()).execute(any());

        complete(task(bulletin), withVariables(BulletinProcess.Fields.BODY.name(), "修改稿"));
        complete(task(bulletin), withVariables(BulletinProcess.Fields.DECISION.name(), "APPROVED"));
        assertThat(bulletin).isEnded();
        verify(editBulletin, times(2)).notify(any());
        verify(publishBulletin).execute(any());
    }

    private static ProcessInstance draftCompiled() {
        return runtimeService().startProcessInstanceByKey(BulletinProcess.KEY, Map.of(Variables.BULLETIN_ID.name(), 1L));
    }
}
