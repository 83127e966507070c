package cn.ecodispatch.dispatch;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The units a month's reports go to, in batch order, as fixed when the month was planned (table
 * {@code eco_month_recipient}). Written in JDBC batches: ten thousand rows, once per month, with no entity to manage.
 */
@Component
class MonthRecipients {

    private static final int INSERT_BATCH = 1000;

    private final JdbcTemplate jdbc;

    MonthRecipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Fixes the month's list; planning again (a retried job) replaces it. */
    void fix(long cycleId, List<Long> unitIds) {
        jdbc.update("delete from eco_month_recipient where cycle_id = ?", cycleId);
        jdbc.batchUpdate("insert into eco_month_recipient (cycle_id, list_position, unit_id) values (?, ?, ?)",
                IntStream.range(0, unitIds.size()).mapToObj(i -> new Object[] {cycleId, i, unitIds.get(i)}).toList(),
                INSERT_BATCH, (statement, row) -> {
                    statement.setLong(1, (Long) row[0]);
                    statement.setInt(2, (Integer) row[1]);
                    statement.setLong(3, (Long) row[2]);
                });
    }

    /** The ids at list positions {@code from} to {@code from + count - 1}, in list order. */
    List<Long> slice(long cycleId, int from, int count) {
        return jdbc.queryForList("select unit_id from eco_month_recipient where cycle_id = ? and list_position >= ?"
                + " and list_position < ? order by list_position", Long.class, cycleId, from, from + count);
    }
}
