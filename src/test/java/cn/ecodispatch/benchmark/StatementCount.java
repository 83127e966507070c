package cn.ecodispatch.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what client threads send to PostgreSQL, by the prefix of the thread's name: each statement executed (a
 * batch counts once: the driver sends it in one round trip), whether it is the engine's ({@code ACT_*} tables) or the
 * domain's ({@code eco_*}), and each end of a transaction. Noise does not move these counts, so they say where the
 * report path's round trips go when its times are too close to call. Beside the counts, the time the threads spent
 * in the driver's execute calls and the transactions' ends (sending, PostgreSQL's work, reading the answer), in all
 * and per statement. Other threads (the job executor) are not counted.
 *
 * <p>A transaction ends in a commit, or without one: the bare engine's MyBatis leaves a read-only command's
 * transaction uncommitted and sets auto-commit back on, on which the driver commits, and the pool rolls back a
 * connection returned with its transaction open. Each of these is counted as a commit when the driver has a
 * transaction open, which is when it sends one to PostgreSQL.
 */
final class StatementCount {

    record Counts(long engine, long domain, long commits, long waitedNanos) {

        Counts minus(Counts earlier) {
            return new Counts(engine - earlier.engine, domain - earlier.domain, commits - earlier.commits,
                    waitedNanos - earlier.waitedNanos);
        }
    }

    /** One statement's text (lists of parameters shortened to one), how often it ran and how long it was waited for. */
    record Waited(String sql, long count, long nanos) {
    }

    private static final Map<String, LongAdder[]> BY_PREFIX = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, LongAdder[]>> BY_STATEMENT = new ConcurrentHashMap<>();
    private static final int ENGINE = 0;
    private static final int DOMAIN = 1;
    private static final int COMMITS = 2;
    private static final int WAITED = 3;
    private static final String COMMIT = "COMMIT";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PARAMETER_LIST = Pattern.compile(
            "\\(\\s*\\?(\\s*,\\s*\\?)+\\s*\\)");
    /** Each text sent, on one line: computed once per text, not on every execution. */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

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
        BY_PREFIX.putIfAbsent(prefix, new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder(),
                new LongAdder()});
        BY_STATEMENT.putIfAbsent(prefix, new ConcurrentHashMap<>());
    }

    static Counts of(String prefix) {
        LongAdder[] counts = BY_PREFIX.get(prefix);
        return new Counts(counts[ENGINE].sum(), counts[DOMAIN].sum(), counts[COMMITS].sum(), counts[WAITED].sum());
    }

    /** Forgets the time per statement of every prefix, to measure from now on. */
    static void restartStatementTimes() {
        BY_STATEMENT.values().forEach(Map::clear);
    }

    /** The statements the prefix's threads waited for longest since {@link #restartStatementTimes}, longest first. */
    static List<Waited> longestWaited(String prefix) {
        return BY_STATEMENT.get(prefix).entrySet().stream()
                .map(e -> new Waited(e.getKey(), e.getValue()[0].sum(), e.getValue()[1].sum()))
                .sorted(Comparator.comparingLong(Waited::nanos).reversed()).toList();
    }

    static DataSource counting(DataSource target) {
        return proxy(DataSource.class, target, null);
    }

    private static String countedPrefix() {
        String thread = Thread.currentThread().getName();
        for (String prefix : BY_PREFIX.keySet()) {
            if (thread.startsWith(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    private static void count(String prefix, String sql, long waitedNanos) {
        LongAdder[] counts = BY_PREFIX.get(prefix);
        counts[COMMIT.equals(sql) ? COMMITS : sql.contains("ACT_") || sql.contains("act_") ? ENGINE : DOMAIN]
                .increment();
        counts[WAITED].add(waitedNanos);
        LongAdder[] statement = BY_STATEMENT.get(prefix).computeIfAbsent(KEYS.computeIfAbsent(sql,
                StatementCount::key), k -> new LongAdder[] {new LongAdder(), new LongAdder()});
        statement[0].increment();
        statement[1].add(waitedNanos);
    }

    /** The statement on one line, a list of parameters as one: the same statement whatever the list's length. */
    private static String key(String sql) {
        return PARAMETER_LIST.matcher(WHITESPACE.matcher(sql).replaceAll(" ")).replaceAll("(?, …)");
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, String preparedSql) {
        return (T) Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    String name = method.getName();
                    String counted = target instanceof Statement && name.startsWith("execute")
                            ? args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql
                            : target instanceof Connection connection && endsTransaction(connection, name, args)
                                    ? COMMIT : null;
                    String prefix = counted == null ? null : countedPrefix();
                    long started = System.nanoTime();
                    Object result;
                    try {
                        result = method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (prefix != null) {
                        count(prefix, counted, System.nanoTime() - started);
                    }
                    return wrapped(result, name.startsWith("prepare") && args != null && args[0] instanceof String sql
                            ? sql : null);
                });
    }

    private static boolean endsTransaction(Connection connection, String method, Object[] args) throws SQLException {
        boolean ending = switch (method) {
            case "commit", "close" -> true;
            case "rollback" -> args == null;
            case "setAutoCommit" -> Boolean.TRUE.equals(args[0]) && !connection.getAutoCommit();
            default -> false;
        };
        return ending && !connection.isClosed()
                && connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE;
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
