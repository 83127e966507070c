package cn.ecodispatch.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.ecodispatch.catalog.DistrictWords;
import cn.ecodispatch.catalog.UnitKind;
import cn.ecodispatch.shared.TaskTitles;

/**
 * The ready-made task filters of Tasklist, one set per role. Filters select by candidate group, step, process or the
 * unit's kind (the task's description); visibility itself comes from authorizations. The one expression any stored
 * query holds is the unit staff's own groups ({@link #OFFERED_TO_MY_GROUPS}): only these filters are stored with
 * expressions, since no request may carry one ({@code security.ExpressionQueryGuard}).
 * A month or a unit is found with Tasklist's search on the task variables 月份 and 单位.
 */
@Component
class TasklistFilters {

    /** The reporter's and the leader's steps of the unit's monthly report. */
    static final String TASK_SUBMIT = "Task_SubmitMonthlyReport";
    static final String TASK_SIGN_OFF = "Task_SignOffReport";
    static final String RECTIFICATION_PROCESS = "rectification";
    static final String ACCOUNTABILITY_PROCESS = "accountability";

    /** Shown on every task card and searchable (任务变量): whose task it is and which month. */
    static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
            Map.of("name", TaskTitles.UNIT_NAME, "label", "单位"),
            Map.of("name", TaskTitles.PERIOD_LABEL, "label", "月份"));

    /**
     * A unit's staff: the tasks offered to their unit or its leaders, assigned or not. Without it their filters
     * would rely on authorization alone, which PostgreSQL checks task by task over every open task of the district
     * (at 10 000 units, 30 – 50 ms for a clerk's two tasks); the candidate group's index finds just theirs.
     */
    static final String OFFERED_TO_MY_GROUPS = "${currentUserGroups()}";

    /** Those who follow every unit's work: the office, its director, the administrator. */
    private static final List<Roles> OVERSEERS = List.of(Roles.OFFICE, Roles.OFFICE_LEAD, Roles.ADMIN);

    record Definition(String name, String description, int priority, Function<TaskQuery, TaskQuery> query,
            List<Roles> roles) {
    }

    /** Besides these, one filter per kind of unit, named in the district's words ({@link #ofUnitKind}). */
    private static final List<Definition> BY_ROLE_AND_STEP = List.of(
            new Definition("本单位待办", "本单位的全部待办任务", -10, TasklistFilters::ofOwnUnit, Roles.unitStaff()),
            new Definition("待我签发", "本单位月度报送中待单位负责人签发的任务", -5,
                    q -> ofOwnUnit(q).taskDefinitionKey(TASK_SIGN_OFF), List.of(Roles.LEADER)),
            new Definition("待我审核", "提交创建办审核、核验的任务", -10,
                    q -> q.taskCandidateGroup(Roles.OFFICE.groupId()).includeAssignedTasks(), List.of(Roles.OFFICE)),
            new Definition("待我会商", "创建办主任的会商研判任务", -10,
                    q -> q.taskCandidateGroup(Roles.OFFICE_LEAD.groupId()).includeAssignedTasks(),
                    List.of(Roles.OFFICE_LEAD)),
            new Definition("待我审定", "组织部门的问责审定任务", -10,
                    q -> q.taskCandidateGroup(Roles.ORG_DEPT.groupId()).includeAssignedTasks(), List.of(Roles.ORG_DEPT)),
            new Definition("全部调度任务", "各单位、各环节的全部任务", 0, q -> q, OVERSEERS),
            new Definition("各单位填报中", "尚未提交（含退回修改）的单位月度报送", 1,
                    q -> q.taskDefinitionKey(TASK_SUBMIT), OVERSEERS),
            new Definition("各单位待签发", "已提交、待单位负责人签发的月度报送", 2,
                    q -> q.taskDefinitionKey(TASK_SIGN_OFF), OVERSEERS),
            new Definition("整改事项", "各单位报告整改情况和创建办核验整改的任务", 3,
                    q -> q.processDefinitionKey(RECTIFICATION_PROCESS), OVERSEERS),
            new Definition("问责事项", "问责建议、审定和单位签收的任务", 4,
                    q -> q.processDefinitionKey(ACCOUNTABILITY_PROCESS), OVERSEERS));

    private static TaskQuery ofOwnUnit(TaskQuery query) {
        return query.taskCandidateGroupInExpression(OFFERED_TO_MY_GROUPS).includeAssignedTasks();
    }

    /**
     * 乡镇的任务, 区直部门的任务: the tasks of one kind of unit, whose descriptions begin with the filter's name
     * (a column of the task itself: at 10 000 units a match on a task variable took half a second).
     */
    private static Definition ofUnitKind(String kindLabel, int priority) {
        String name = TaskTitles.kindFilterName(kindLabel);
        return new Definition(name, "各" + kindLabel + "的全部任务", priority,
                q -> q.taskDescriptionLike(name + "：%"), OVERSEERS);
    }

    private final FilterService filterService;
    private final TaskService taskService;
    private final ObjectMapper json;
    private final List<Definition> definitions;
    private final List<String> kindLabels;

    TasklistFilters(FilterService filterService, TaskService taskService, ObjectMapper json, DistrictWords words) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.json = json;
        this.kindLabels = List.of(words.kindLabel(UnitKind.TOWNSHIP), words.kindLabel(UnitKind.DEPARTMENT));
        this.definitions = Stream.concat(BY_ROLE_AND_STEP.stream(),
                Stream.of(ofUnitKind(kindLabels.get(0), 5), ofUnitKind(kindLabels.get(1), 6))).toList();
    }

    /** Creates the filters that are missing and saves those that differ from their definition; one query to find them. */
    void apply(IdempotentIdentity.Existing identity) {
        Map<String, Filter> existing = filterService.createFilterQuery().list().stream()
                .collect(Collectors.toMap(Filter::getName, Function.identity(), (first, other) -> first));
        for (Definition definition : definitions) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("description", definition.description());
            properties.put("priority", definition.priority());
            properties.put("refresh", true);
            properties.put("variables", SHOWN_VARIABLES);
            Filter wanted = filterService.newTaskFilter(definition.name()).setProperties(properties)
                    .setQuery(definition.query().apply(taskService.createTaskQuery()).orderByDueDate().asc());
            Filter filter = existing.get(definition.name());
            if (filter == null) {
                filter = filterService.saveFilter(wanted);
            } else if (!sameContent(filter, wanted)) {
                filter = filterService.saveFilter(filter.setProperties(properties).setQuery(wanted.getQuery()));
            }
            for (Roles role : definition.roles()) {
                identity.grant(role.groupId(), Resources.FILTER, filter.getId(), Permissions.READ);
            }
        }
        kindLabels.forEach(this::describeEarlierTasks);
    }

    /** Tasks created before descriptions named their unit's kind carry it as a variable: they get the description. */
    private void describeEarlierTasks(String kindLabel) {
        for (Task task : taskService.createTaskQuery().taskVariableValueEquals(TaskTitles.UNIT_KIND, kindLabel).list()) {
            if (task.getDescription() == null) {
                Map<String, Object> shown = taskService.getVariables(task.getId(),
                        List.of(TaskTitles.UNIT_NAME, TaskTitles.PERIOD_LABEL));
                task.setDescription(TaskTitles.describe(String.valueOf(shown.get(TaskTitles.UNIT_NAME)), kindLabel,
                        String.valueOf(shown.get(TaskTitles.PERIOD_LABEL))));
                taskService.saveTask(task);
            }
        }
    }

    /** The same query and properties, as JSON (its maps' order aside: Map.of iterates in no fixed order). */
    private boolean sameContent(Filter stored, Filter wanted) {
        FilterEntity a = (FilterEntity) stored;
        FilterEntity b = (FilterEntity) wanted;
        try {
            return json.readTree(a.getQueryInternal()).equals(json.readTree(b.getQueryInternal()))
                    && json.readTree(a.getPropertiesInternal()).equals(json.readTree(b.getPropertiesInternal()));
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
