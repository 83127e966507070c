package cn.ecodispatch.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The ready-made task filters of Tasklist, one set per role. Expressions are disabled in stored queries, so
 * filters select by candidate group or task key; visibility itself comes from authorizations.
 */
@Component
class TasklistFilters {

    /** The leader's sign-off step of the unit's monthly report. */
    static final String TASK_SIGN_OFF = "Task_SignOffReport";

    /** Shown on every task card and searchable (任务变量): whose task it is and which month. */
    static final List<Map<String, String>> SHOWN_VARIABLES = List.of(Map.of("name", "unitName", "label", "单位"),
            Map.of("name", "periodLabel", "label", "月份"));

    record Definition(String name, String description, int priority, Function<TaskQuery, TaskQuery> query,
            List<Roles> roles) {
    }

    static final List<Definition> DEFINITIONS = List.of(
            new Definition("本单位待办", "本单位的全部待办任务", -10, q -> q, Roles.unitStaff()),
            new Definition("待我签发", "本单位月度报送中待单位负责人签发的任务", -5,
                    q -> q.taskDefinitionKey(TASK_SIGN_OFF), List.of(Roles.LEADER)),
            new Definition("待我审核", "提交创建办审核、核验的任务", -10,
                    q -> q.taskCandidateGroup(Roles.OFFICE.groupId()).includeAssignedTasks(), List.of(Roles.OFFICE)),
            new Definition("待我会商", "创建办主任的会商研判任务", -10,
                    q -> q.taskCandidateGroup(Roles.OFFICE_LEAD.groupId()).includeAssignedTasks(),
                    List.of(Roles.OFFICE_LEAD)),
            new Definition("待我审定", "组织部门的问责审定任务", -10,
                    q -> q.taskCandidateGroup(Roles.ORG_DEPT.groupId()).includeAssignedTasks(), List.of(Roles.ORG_DEPT)),
            new Definition("全部调度任务", "各单位、各环节的全部任务", 0, q -> q,
                    List.of(Roles.OFFICE, Roles.OFFICE_LEAD, Roles.ADMIN)));

    private final FilterService filterService;
    private final TaskService taskService;
    private final IdempotentIdentity identity;

    TasklistFilters(FilterService filterService, TaskService taskService, IdempotentIdentity identity) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.identity = identity;
    }

    void apply() {
        for (Definition definition : DEFINITIONS) {
            Filter filter = filterService.createFilterQuery().filterName(definition.name()).singleResult();
            if (filter == null) {
                filter = filterService.newTaskFilter(definition.name());
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("description", definition.description());
            properties.put("priority", definition.priority());
            properties.put("refresh", true);
            properties.put("variables", SHOWN_VARIABLES);
            filter.setProperties(properties);
            filter.setQuery(definition.query().apply(taskService.createTaskQuery()).orderByDueDate().asc());
            filterService.saveFilter(filter);
            for (Roles role : definition.roles()) {
                identity.grant(role.groupId(), Resources.FILTER, filter.getId(), Permissions.READ);
            }
        }
    }
}
