package cn.ecodispatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.ecodispatch.EcoDispatchTest;

/**
 * Given a task offered to 大营镇 and one offered to 原店镇, each unit's staff see and complete only their own
 * through /engine-rest, while the office sees both.
 */
@EcoDispatchTest
class TaskVisibilityTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    AuthorizationService authorizationService;

    private ProcessInstance dayingProbe;
    private ProcessInstance yuandianProbe;

    @BeforeEach
    void offerOneTaskToEachUnit() {
        dayingProbe = runtimeService.startProcessInstanceByKey("task-visibility-probe", Map.of("unitCode", "daying"));
        yuandianProbe = runtimeService.startProcessInstanceByKey("task-visibility-probe", Map.of("unitCode", "yuandian"));
    }

    @AfterEach
    void cleanUp() {
        runtimeService.createProcessInstanceQuery().processDefinitionKey("task-visibility-probe").list()
                .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test"));
    }

    private String taskOf(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    }

    private List<String> visibleTaskIds(String user) {
        ResponseEntity<JsonNode> response = rest.withBasicAuth(user, "demo")
                .getForEntity("/engine-rest/task?processDefinitionKey=task-visibility-probe&maxResults=50", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return java.util.stream.StreamSupport.stream(response.getBody().spliterator(), false)
                .map(t -> t.get("id").asText()).toList();
    }

    private ResponseEntity<String> complete(String user, String taskId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
                new HttpEntity<>("{}", headers), String.class);
    }

    @Test
    void unit_staff_see_only_the_tasks_offered_to_their_unit() {
        assertThat(visibleTaskIds("daying-reporter")).containsExactly(taskOf(dayingProbe));
        assertThat(visibleTaskIds("daying-leader")).containsExactly(taskOf(dayingProbe));
        assertThat(visibleTaskIds("yuandian-reporter")).containsExactly(taskOf(yuandianProbe));
    }

    /** The engine's checks take the user's groups as they are (GrantOnlyAuthorizationManager), unfiltered. */
    @Test
    void a_group_that_holds_no_authorization_gives_a_reporter_nothing_more() {
        assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getSessionFactories()
                .get(AuthorizationManager.class).openSession()).isInstanceOf(GrantOnlyAuthorizationManager.class);
        identityService.saveGroup(identityService.newGroup("probe-no-grants"));
        identityService.createMembership("daying-reporter", "probe-no-grants");
        try {
            assertThat(visibleTaskIds("daying-reporter")).containsExactly(taskOf(dayingProbe));
            assertThat(complete("daying-reporter", taskOf(yuandianProbe)).getStatusCode())
                    .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        } finally {
            identityService.deleteGroup("probe-no-grants");
        }
    }

    /**
     * A new task's grants are made without asking the database (NewTaskGrants); a task that exists already has its
     * stored grant extended, never doubled.
     */
    @Test
    void a_task_holds_one_grant_per_group_and_user_whether_new_or_claimed_later() {
        assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getResourceAuthorizationProvider()).isInstanceOf(NewTaskGrants.class);
        String task = taskOf(dayingProbe);
        assertThat(grantsOn(task)).extracting(Authorization::getGroupId).containsExactly("daying");
        assertThat(grantsOn(task).get(0).isPermissionGranted(Permissions.READ)).isTrue();

        taskService.claim(task, "daying-reporter");
        taskService.addCandidateGroup(task, "daying");

        assertThat(grantsOn(task)).extracting(a -> a.getGroupId() + "/" + a.getUserId())
                .containsExactlyInAnyOrder("daying/null", "null/daying-reporter");
        assertThat(visibleTaskIds("daying-reporter")).containsExactly(task);
        assertThat(visibleTaskIds("yuandian-reporter")).doesNotContain(task);
    }

    private List<Authorization> grantsOn(String taskId) {
        return authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId).list();
    }

    @Test
    void the_office_sees_every_units_tasks() {
        assertThat(visibleTaskIds("office1")).containsExactlyInAnyOrder(taskOf(dayingProbe), taskOf(yuandianProbe));
    }

    @Test
    void a_reporter_cannot_open_or_complete_another_units_task() {
        String foreignTask = taskOf(yuandianProbe);

        ResponseEntity<String> read = rest.withBasicAuth("daying-reporter", "demo")
                .getForEntity("/engine-rest/task/" + foreignTask, String.class);
        ResponseEntity<String> completion = complete("daying-reporter", foreignTask);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(completion.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(taskService.createTaskQuery().taskId(foreignTask).count()).isEqualTo(1);
    }

    @Test
    void a_reporter_completes_the_task_of_their_own_unit_with_its_deployed_form() {
        String ownTask = taskOf(dayingProbe);

        ResponseEntity<JsonNode> form = rest.withBasicAuth("daying-reporter", "demo")
                .getForEntity("/engine-rest/task/" + ownTask + "/deployed-form", JsonNode.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody().get("id").asText()).isEqualTo("probe-form");

        assertThat(complete("daying-reporter", ownTask).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(dayingProbe.getId()).count()).isZero();
    }

    @Test
    void tasklist_offers_each_role_its_own_filters() {
        assertThat(filterNames("daying-reporter")).contains("本单位待办").doesNotContain("待我审核", "待我签发");
        assertThat(filterNames("daying-leader")).contains("本单位待办", "待我签发").doesNotContain("待我审核");
        assertThat(filterNames("office1")).contains("待我审核", "全部调度任务").doesNotContain("本单位待办");
        assertThat(filterNames("director")).contains("待我会商");
        assertThat(filterNames("orgdept")).containsExactly("待我审定");
    }

    @Test
    void the_unit_filter_lists_only_the_units_own_tasks() {
        List<String> ids = ownUnitFilter("daying-reporter");

        assertThat(ids).contains(taskOf(dayingProbe)).doesNotContain(taskOf(yuandianProbe));
        assertThat(ids).allSatisfy(id -> assertThat(taskService.getIdentityLinksForTask(id))
                .anyMatch(link -> "daying".equals(link.getGroupId())));
    }

    @Test
    void a_task_a_colleague_has_taken_stays_in_the_units_filter() {
        taskService.setAssignee(taskOf(dayingProbe), "daying-leader");

        assertThat(ownUnitFilter("daying-reporter")).contains(taskOf(dayingProbe));
        assertThat(ownUnitFilter("yuandian-reporter")).doesNotContain(taskOf(dayingProbe));
    }

    @Test
    void a_task_for_the_units_leaders_is_in_the_leaders_filter_only() {
        ProcessInstance forLeaders = runtimeService.startProcessInstanceByKey("task-visibility-probe",
                Map.of("unitCode", "daying-leaders"));

        assertThat(ownUnitFilter("daying-leader")).contains(taskOf(forLeaders), taskOf(dayingProbe));
        assertThat(ownUnitFilter("daying-reporter")).doesNotContain(taskOf(forLeaders));
    }

    /** The task ids Tasklist lists in 本单位待办 for the user. */
    private List<String> ownUnitFilter(String user) {
        JsonNode filters = rest.withBasicAuth(user, "demo")
                .getForObject("/engine-rest/filter?name=本单位待办&maxResults=10", JsonNode.class);
        String filterId = filters.get(0).get("id").asText();
        JsonNode tasks = rest.withBasicAuth(user, "demo")
                .getForObject("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=2000", JsonNode.class);
        return java.util.stream.StreamSupport.stream(tasks.spliterator(), false).map(t -> t.get("id").asText()).toList();
    }

    private List<String> filterNames(String user) {
        JsonNode filters = rest.withBasicAuth(user, "demo").getForObject("/engine-rest/filter?maxResults=100", JsonNode.class);
        return java.util.stream.StreamSupport.stream(filters.spliterator(), false).map(f -> f.get("name").asText()).toList();
    }
}
