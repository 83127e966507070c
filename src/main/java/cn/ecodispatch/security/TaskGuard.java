package cn.ecodispatch.security;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.ecodispatch.identity.Roles;
import cn.ecodispatch.identity.UnitGroups;
import cn.ecodispatch.shared.ForbiddenException;

/**
 * The last check before a task completion writes to the domain tables, behind the REST layer's: the record the
 * task works on must belong to the task's own process instance, a task offered to a unit must be offered to the
 * record's unit, and the person completing it must be among those it is offered to. A forged id or a task handed elsewhere fails
 * here even if it got past {@link EngineRestPolicy}. Completions from the system's own code carry no user and
 * are checked for the first two only.
 */
@Component
public class TaskGuard {

    private static final Logger LOG = LoggerFactory.getLogger(TaskGuard.class);

    /**
     * @param recordProcessInstanceId the process instance the report, rectification or case was started for
     * @param unitCode                the unit whose record it is, or null for a record of no unit (the month)
     */
    public void checkCompletion(DelegateTask task, String recordProcessInstanceId, String unitCode) {
        if (!Objects.equals(task.getProcessInstanceId(), recordProcessInstanceId)) {
            throw refused(task, "任务与其所办理的记录不符（流程数据可能被篡改），操作被拒绝");
        }
        List<String> offeredTo = task.getCandidates().stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).toList();
        boolean offeredToAnotherUnit = offeredTo.stream()
                .anyMatch(group -> !Roles.isRoleGroup(group) && !UnitGroups.isOfUnit(group, unitCode));
        if (offeredToAnotherUnit) {
            throw refused(task, "该任务未交由本单位办理，操作被拒绝");
        }
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (user != null && (user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(offeredTo::contains))) {
            throw refused(task, "您不是该任务的办理人员（" + task.getName() + "只能由指定单位和岗位的人员办理）");
        }
    }

    private static ForbiddenException refused(DelegateTask task, String message) {
        LOG.warn("拒绝办理任务 {}（{}，流程实例 {}）：{}", task.getId(), task.getTaskDefinitionKey(),
                task.getProcessInstanceId(), message);
        return new ForbiddenException(message);
    }
}
