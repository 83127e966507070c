package cn.ecodispatch.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what client threads send to PostgreSQL, by the prefix of the thread's name: each statement executed (a
 * batch counts once: the driver sends it in one round trip), whether it is the engine's ({@code ACT_*} tables) or the
 * domain's ({@code eco_*}), and each commit. Noise does not move these counts, so they say where the report path's
 * round trips go when its times are too close to call. Other threads (the job executor) are not counted.
 */
final class StatementCount {

    record Counts(long engine, long domain, long commits) {

        Counts minus(Counts earlier) {
            return new Counts(engine - earlier.engine, domain - earlier.domain, commits - earlier.commits);
        }
    }

    private static final Map<String, LongAdder[]> BY_PREFIX = new ConcurrentHashMap<>();
    private static final int ENGINE = 0;
    private static final int DOMAIN = 1;
    private static final int COMMITS = 2;

    /** Wraps every DataSource bean of an application context. */
    static final BeanPostProcessor WRAPPING = new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
                    ? counting(dataSource) : bean;
        }
    };

    private StatementCount() {
    }

    /** Starts counting the threads whose names start with the prefix. */
    static void countThreads(String prefix) {
        BY_PREFIX.putIfAbsent(prefix, new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder()});
    }

    static Counts of(String prefix) {
        LongAdder[] counts = BY_PREFIX.get(prefix);
        return new Counts(counts[ENGINE].sum(), counts[DOMAIN].sum(), counts[COMMITS].sum());
    }

    static DataSource counting(DataSource target) {
        return proxy(DataSource.class, target, null);
    }

    private static void count(int what) {
        String thread = Thread.currentThread().getName();
        BY_PREFIX.forEach((prefix, counts) -> {
            if (thread.startsWith(prefix)) {
                counts[what].increment();
            }
        });
    }

    private static void countStatement(String sql) {
        if (sql != null) {
            count(sql.contains("ACT_") || sql.contains("act_") ? ENGINE : DOMAIN);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, String preparedSql) {
        return (T) Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (target instanceof Statement && name.startsWith("execute")) {
                        countStatement(args != null && args.length > 0 && args[0] instanceof String sql ? sql
                                : preparedSql);
                    } else if (target instanceof Connection && name.equals("commit")) {
                        count(COMMITS);
                    }
                    Object result;
                    try {
                        result = method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return wrapped(result, name.startsWith("prepare") && args != null && args[0] instanceof String sql
                            ? sql : null);
                });
    }

    private static Object wrapped(Object result, String sql) {
        if (result instanceof Connection connection) {
            return proxy(Connection.class, connection, null);
        }
        if (result instanceof CallableStatement statement) {
            return proxy(CallableStatement.class, statement, sql);
        }
        if (result instanceof PreparedStatement statement) {
            return proxy(PreparedStatement.class, statement, sql);
        }
        if (result instanceof Statement statement) {
            return proxy(Statement.class, statement, null);
        }
        return result;
    }
}
