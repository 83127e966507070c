package cn.ecodispatch.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.ecodispatch.shared.EngineLists;

/**
 * The engine's authorization checks as this application grants access: by granting, never by revoking, to a user's
 * groups as they are. Each spares a query in every command a signed-in user runs:
 * <ul>
 * <li>Camunda's own manager first reads the distinct group of every authorization row (once per command) only to drop,
 * from the user's two or three groups, those that hold none. Every unit's group holds authorizations (on its tasks), so
 * with 10 000 units that read returned 20 000 ids per command and took 43 % of the report path's time
 * (docs/performance.md). A group that holds no authorization matches no row, so every check decides as before.</li>
 * <li>With {@code authorization-check-revokes: never} the engine no longer asks, per command, whether a REVOKE applies
 * to the user. So that none can be ignored, a REVOKE is refused when saved (in Admin or over REST), and a database
 * that already holds one keeps the engine's check on ({@code auto}) and says so at start.</li>
 * </ul>
 */
class GrantOnlyAuthorizationManager extends AuthorizationManager {

    static final String REVOKE_REFUSED = "本系统只以“授予”（GRANT）方式授权，不支持“撤销”（REVOKE）授权："
            + "要收回某人的权限，请删除或修改授予他（或他所在组）的那条授权";

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
    }

    @Override
    public void insert(DbEntity authorization) {
        refuseRevoke((AuthorizationEntity) authorization);
        super.insert(authorization);
    }

    @Override
    public void update(AuthorizationEntity authorization) {
        refuseRevoke(authorization);
        super.update(authorization);
    }

    private static void refuseRevoke(AuthorizationEntity authorization) {
        if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
            FormErrorInterceptor.note(Refusal.badInput(REVOKE_REFUSED));
            throw new BadUserRequestException(REVOKE_REFUSED);
        }
    }

    /** Puts the manager in place of the engine's for every command. */
    @Component
    static class Plugin extends AbstractProcessEnginePlugin {

        private static final Logger LOG = LoggerFactory.getLogger(GrantOnlyAuthorizationManager.class);

        private ProcessEngineConfigurationImpl configuration;

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
            configuration.setCustomSessionFactories(EngineLists.with(configuration.getCustomSessionFactories(),
                    new SessionFactory() {
                        @Override
                        public Class<?> getSessionType() {
                            return AuthorizationManager.class;
                        }

                        @Override
                        public Session openSession() {
                            return new GrantOnlyAuthorizationManager();
                        }
                    }));
        }

        @Override
        public void postProcessEngineBuild(ProcessEngine engine) {
            long revokes = engine.getAuthorizationService().createAuthorizationQuery()
                    .authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
            if (revokes > 0 && ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER
                    .equalsIgnoreCase(configuration.getAuthorizationCheckRevokes())) {
                configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO);
                LOG.warn("数据库中有 {} 条“撤销”（REVOKE）授权：引擎继续逐次检查撤销授权。请在 Admin 中删除它们、改为收回相应的授予，"
                        + "重启后即不再检查", revokes);
            }
        }
    }
}
