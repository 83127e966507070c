package cn.ecodispatch.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may do what, as Camunda authorizations. Unit staff get Tasklist only and see a task because the engine
 * grants a task's candidate group access to that task; the office sees every dispatch task; only
 * administrators reach Cockpit and Admin.
 */
@Component
class AccessRules {

    static final String TASKLIST = "tasklist";
    static final String ANY = "*";
    /** The office starts a month's dispatch cycle on demand. */
    static final String MONTHLY_DISPATCH = "monthly-dispatch";
    /** The office opens the correction of a published bulletin. */
    static final String MONTHLY_BULLETIN = "monthly-bulletin";

    void apply(IdempotentIdentity.Existing identity) {
        for (Resource resource : Resources.values()) {
            identity.grant(Roles.ADMIN.groupId(), resource, ANY, ALL);
        }
        for (Roles role : Roles.values()) {
            if (role != Roles.ADMIN) {
                identity.grant(role.groupId(), Resources.APPLICATION, TASKLIST, ACCESS);
                // Process names and forms only; which tasks are visible is decided per task.
                identity.grant(role.groupId(), Resources.PROCESS_DEFINITION, ANY, READ);
            }
        }
        for (Roles office : new Roles[] {Roles.OFFICE, Roles.OFFICE_LEAD}) {
            identity.grant(office.groupId(), Resources.PROCESS_DEFINITION, ANY, READ, READ_TASK, READ_INSTANCE,
                    READ_HISTORY);
            identity.grant(office.groupId(), Resources.PROCESS_DEFINITION, MONTHLY_DISPATCH, READ, CREATE_INSTANCE);
            identity.grant(office.groupId(), Resources.PROCESS_DEFINITION, MONTHLY_BULLETIN, READ, CREATE_INSTANCE);
            identity.grant(office.groupId(), Resources.PROCESS_INSTANCE, ANY, CREATE);
        }
    }
}
