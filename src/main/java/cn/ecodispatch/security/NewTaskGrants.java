package cn.ecodispatch.security;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's default grants on a task (its candidate group, assignee or owner may read and work on it), given as
 * Camunda gives them, except that for a task created in the same command the database is not asked whether a grant
 * on it is stored already: none can be, its id has only just been made, and nothing of the command is written yet.
 * Camunda asks before every grant; a month's opening creates a task per unit, and that one {@code SELECT} per task
 * was a fifth of the opening's time at 10 000 units (docs/performance.md). Grants on tasks that existed before the
 * command are looked up and extended as before.
 */
class NewTaskGrants extends DefaultAuthorizationProvider {

    @Override
    protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String resourceId) {
        return isTaskCreatedInThisCommand(resource, resourceId) ? null
                : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
    }

    @Override
    protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
        return isTaskCreatedInThisCommand(resource, resourceId) ? null
                : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
    }

    private static boolean isTaskCreatedInThisCommand(Resource resource, String resourceId) {
        if (resource.resourceType() != Resources.TASK.resourceType()) {
            return false;
        }
        CachedDbEntity cached = Context.getCommandContext().getDbEntityManager().getDbEntityCache()
                .getCachedEntity(TaskEntity.class, resourceId);
        return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
    }

    /** Puts the provider in place of the engine's default. */
    @Component
    static class Plugin extends AbstractProcessEnginePlugin {

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            configuration.setResourceAuthorizationProvider(new NewTaskGrants());
        }
    }
}
