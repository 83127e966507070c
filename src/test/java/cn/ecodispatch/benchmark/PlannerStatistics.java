package cn.ecodispatch.benchmark;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What PostgreSQL's planner cost a run, read from {@code pg_stat_statements} (with {@code track_planning}) of the
 * benchmark's server: its statements planned and executed in one database, and the milliseconds of each. A prepared
 * statement PostgreSQL keeps a plan for is executed without planning; one planned at every execution costs a plan
 * each time, which the driver's round-trip times alone do not tell apart from executing it.
 */
final class PlannerStatistics {

    /** The server settings that make PostgreSQL keep the statistics: given to the embedded server at its start. */
    static final String PRELOAD = "pg_stat_statements";

    record Totals(long executed, long planned, double planningMillis, double executionMillis) {
    }

    private final JdbcTemplate admin;

    /** @param admin a connection to the server's {@code postgres} database, where the view is read for all */
    PlannerStatistics(DataSource admin) {
        this.admin = new JdbcTemplate(admin);
        this.admin.execute("create extension if not exists pg_stat_statements");
    }

    /** Forgets what was counted so far, in every database of the server. */
    void reset() {
        admin.execute("select pg_stat_statements_reset()");
    }

    /** What was counted in the database since the last {@link #reset()}. */
    Totals of(String database) {
        return admin.queryForObject("""
                select coalesce(sum(s.calls), 0), coalesce(sum(s.plans), 0),
                       coalesce(sum(s.total_plan_time), 0), coalesce(sum(s.total_exec_time), 0)
                from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = ?""",
                (rs, i) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4)), database);
    }
}
