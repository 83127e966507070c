package cn.ecodispatch.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Has PostgreSQL plan each prepared statement once per connection rather than at every execution. The engine's
 * authorization checks, in every task read and completion, are long statements (2 – 5 kB of SQL) that take PostgreSQL
 * 1 – 3 ms to plan and a tenth of a millisecond to run; by default it plans them anew each time because its generic
 * plan looks costlier on paper. Statements the JDBC driver has not yet prepared on the server (its first few
 * executions on a connection) are planned as before.
 */
@Component
class PostgresGenericPlans implements BeanPostProcessor {

    static final String OPTION = "-c plan_cache_mode=force_generic_plan";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            String options = pool.getDataSourceProperties().getProperty("options");
            pool.addDataSourceProperty("options", options == null ? OPTION : options + " " + OPTION);
        }
        return bean;
    }
}
