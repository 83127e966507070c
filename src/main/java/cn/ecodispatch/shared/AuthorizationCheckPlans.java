package cn.ecodispatch.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Lets PostgreSQL plan the engine's authorization check ({@code isUserAuthorizedForResource}, run several times in
 * every command a signed-in user runs) once per connection instead of at every execution. On paper its generic plan
 * looks costlier than a plan for the actual user and resource, so PostgreSQL kept planning it anew: 1 – 3 ms of
 * planning for 0.05 – 0.2 ms of execution, the largest single cost of a report's path (docs/performance.md). The
 * setting holds for that statement only: for the whole pool it gave the history cleanup's batch delete a plan that
 * scans the whole history table for every batch.
 */
@Intercepts(@Signature(type = Executor.class, method = "query",
        args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class }))
class AuthorizationCheckPlans implements Interceptor {

    static final String CHECK = ".isUserAuthorizedForResource";

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
        if (!statement.getId().endsWith(CHECK)) {
            return invocation.proceed();
        }
        Connection connection = ((Executor) invocation.getTarget()).getTransaction().getConnection();
        execute(connection, "set plan_cache_mode = force_generic_plan");
        boolean checked = false;
        try {
            Object decision = invocation.proceed();
            checked = true;
            return decision;
        } finally {
            resetAfter(connection, checked);
        }
    }

    /**
     * A check that failed in the database aborts the transaction, whose rollback undoes the setting too; then the
     * reset cannot run, and the check's own error is the one to report.
     */
    private static void resetAfter(Connection connection, boolean checked) throws SQLException {
        try {
            execute(connection, "reset plan_cache_mode");
        } catch (SQLException e) {
            if (checked) {
                throw e;
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement setting = connection.createStatement()) {
            setting.execute(sql);
        }
    }

    /** Adds the interceptor to the engine's MyBatis configuration, on PostgreSQL (the setting is PostgreSQL's). */
    @Component
    static class Plugin extends AbstractProcessEnginePlugin {

        @Override
        public void postInit(ProcessEngineConfigurationImpl configuration) {
            if (DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
                configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new AuthorizationCheckPlans());
            }
        }
    }
}
