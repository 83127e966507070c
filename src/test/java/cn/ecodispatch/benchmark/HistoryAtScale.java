package cn.ecodispatch.benchmark;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.ecodispatch.report.UnitMonthlyReportProcess;

/**
 * Issue 9 items 4 and 6 on the benchmark's database: the engine's history that closed reports leave, copied until
 * the history holds the wanted number of historic tasks (past months), and the engine's own cleanup removing a
 * month's worth of it.
 *
 * <p>The copies are the closed reports of table b (not those of its warm-up), row for row in every history table (and the history's byte
 * arrays), with new ids (derived from the old id and the copy's number) so that each copy is a report instance of its own. A month's worth of copies (a
 * report per unit) is given a removal time before tonight's cleanup, the rest one after it.
 */
final class HistoryAtScale {

    /** The columns that hold ids of the copied rows themselves; definitions, users and groups stay as they are. */
    private static final Set<String> OWN_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
            "task_id_", "act_inst_id_", "parent_act_inst_id_", "call_proc_inst_id_", "super_process_instance_id_",
            "super_execution_id_", "bytearray_id_", "var_inst_id_", "job_id_", "job_exception_stack_id_",
            "error_details_id_", "dec_inst_id_", "root_dec_inst_id_", "parent_task_id_", "operation_id_",
            "ext_task_id_", "cause_incident_id_", "root_cause_incident_id_", "annotation_id_");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Copies inserted per statement, so that the log shows the load's progress. */
    private static final int COPIES_PER_STATEMENT = 500;

    private final JdbcTemplate jdbc;
    private final List<String> tables;
    private final List<String> closedReports;

    /**
     * @param warmedUp the reports the warm-up returned and filled again dozens of times: left out, since no real
     *        report's history looks like theirs
     */
    HistoryAtScale(JdbcTemplate jdbc, Set<String> warmedUp) {
        this.jdbc = jdbc;
        // The tables the removal-time cleanup empties: the history's, and its byte arrays.
        this.tables = jdbc.queryForList("select r.table_name from information_schema.columns r join "
                + "information_schema.columns t on t.table_name = r.table_name and t.table_schema = r.table_schema "
                + "and t.column_name = 'removal_time_' where r.column_name = 'root_proc_inst_id_' "
                + "and r.table_schema = current_schema() order by r.table_name", String.class);
        this.closedReports = jdbc.queryForList("select id_ from act_hi_procinst where proc_def_key_ = ? and "
                + "end_time_ is not null order by id_", String.class, UnitMonthlyReportProcess.KEY).stream()
                .filter(id -> !warmedUp.contains(id)).toList();
    }

    int closedReports() {
        return closedReports.size();
    }

    /** Rows of every history table per closed report, on average over the closed reports of table b. */
    Map<String, Double> rowsPerReport() {
        Map<String, Double> rows = new LinkedHashMap<>();
        for (String table : tables) {
            long count = jdbc.queryForObject("select count(*) from " + table + " where root_proc_inst_id_ in ("
                    + sources() + ")", Long.class);
            rows.put(table, (double) count / closedReports.size());
        }
        return rows;
    }

    /** The copies due tonight: a month's worth, a report for each of the units (rounded up to whole copies). */
    long dueReports(int monthUnits) {
        return ceil(monthUnits, closedReports.size()) * closedReports.size();
    }

    long historicTasks() {
        return jdbc.queryForObject("select count(*) from act_hi_taskinst", Long.class);
    }

    long dueRows(Date at) {
        return countRows("removal_time_ <= ?", at);
    }

    long allRows() {
        return countRows("true");
    }

    private long countRows(String condition, Object... args) {
        long total = 0;
        for (String table : tables) {
            total += jdbc.queryForObject("select count(*) from " + table + " where " + condition, Long.class, args);
        }
        return total;
    }

    /** The next night's cleanup moment, 02:00 in the engine's zone, inside the configured window. */
    static Date tonight() {
        LocalDateTime at = LocalDate.now(ZONE).plusDays(1).atTime(LocalTime.of(2, 0));
        return Date.from(at.atZone(ZONE).toInstant());
    }

    /**
     * Copies the closed reports' history until the history holds at least {@code historicTasks} tasks; the first
     * copies, a report for each of {@code monthUnits} units, are due before {@code cleanupAt}.
     *
     * @return the copies made (report instances)
     */
    long load(long historicTasks, int monthUnits, Date cleanupAt, java.util.function.Consumer<String> log) {
        long tasksPerCopy = jdbc.queryForObject("select count(*) from act_hi_taskinst where root_proc_inst_id_ in ("
                + sources() + ")", Long.class);
        long dueCopies = dueReports(monthUnits) / closedReports.size();
        long copies = Math.max(dueCopies, ceil(historicTasks - historicTasks(), tasksPerCopy));
        Timestamp due = new Timestamp(cleanupAt.getTime() - 24 * 3600_000L);
        Timestamp later = new Timestamp(cleanupAt.getTime() + 400L * 24 * 3600_000L);
        for (long from = 1; from <= copies; from += COPIES_PER_STATEMENT) {
            long to = Math.min(copies, from + COPIES_PER_STATEMENT - 1);
            for (String table : tables) {
                jdbc.update(copyStatement(table), dueCopies, due, later, from, to);
            }
            log.accept("history load: " + to + " of " + copies + " copies of " + closedReports.size()
                    + " closed reports");
        }
        tables.forEach(table -> jdbc.execute("analyze " + table));
        return copies * closedReports.size();
    }

    /** A copy of each source row per g; the removal time's three parameters come first, then g's range. */
    private String copyStatement(String table) {
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where "
                + "table_name = ? and table_schema = current_schema() order by ordinal_position", String.class, table);
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            if (column.equals("removal_time_")) {
                values.add("case when g <= ? then ?::timestamp else ?::timestamp end");
            } else if (OWN_IDS.contains(column)) {
                // The same id and copy give the same new id in every table; md5 keeps it within 64 characters.
                values.add("md5(s." + column + " || '~' || g)");
            } else {
                values.add("s." + column);
            }
        }
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                + " from " + table + " s cross join generate_series(?::bigint, ?::bigint) g where s.root_proc_inst_id_ in ("
                + sources() + ")";
    }

    private String sources() {
        return closedReports.stream().map(id -> "'" + id.replace("'", "''") + "'").collect(Collectors.joining(","));
    }

    private static long ceil(long a, long b) {
        return b == 0 ? 0 : (a + b - 1) / b;
    }

    record CleanupRun(int runs, double seconds, Timings perRun, long removed, boolean finished) {
    }

    /**
     * The engine's history cleanup job, as the job executor runs it in the night's window, executed again and again
     * at {@code at} until nothing due is left (or the time limit has passed). Only the jobs' own time is counted.
     */
    static CleanupRun cleanUp(HistoryService history, ManagementService management, HistoryAtScale rows, Date at,
            long limitSeconds) {
        ClockUtil.setCurrentTime(at);
        try {
            List<Job> jobs = history.findHistoryCleanupJobs();
            if (jobs.isEmpty()) {
                throw new IllegalStateException("no history cleanup job: is the cleanup window configured?");
            }
            long due = rows.dueRows(at);
            Timings perRun = new Timings();
            long spent = 0;
            int runs = 0;
            boolean finished = false;
            while (spent < limitSeconds * 1_000_000_000L) {
                for (Job job : jobs) {
                    long took = Timings.time(() -> management.executeJob(job.getId()));
                    perRun.add(took);
                    spent += took;
                    runs++;
                }
                if (rows.dueRows(at) == 0) {
                    finished = true;
                    break;
                }
            }
            return new CleanupRun(runs, spent / 1e9, perRun, due - rows.dueRows(at), finished);
        } finally {
            ClockUtil.reset();
        }
    }
}
