package cn.ecodispatch.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;

import cn.ecodispatch.catalog.CatalogService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The scale benchmark of issue 9: the bare Camunda engine and the application side by side on one embedded
 * PostgreSQL, for each number of units in {@code -Dbenchmark.units} (default 30,1000), writing its figures and ratios
 * to docs/performance.md. Not a test: it checks nothing and fails only when something breaks. Run it with
 * {@code mvn -Pbenchmark verify -Dbenchmark.units=30,1000,10000} (see docs/performance.md).
 *
 * <p>Settings (system properties): benchmark.units; benchmark.reports (reports per thread count in table b, default
 * 60); benchmark.warmup (whole reports on each side before measuring, default 300); benchmark.read-repeats (default
 * 30); benchmark.open-timeout (seconds the app gets to open a month, default 900); benchmark.historic-tasks (history
 * loaded at the run's largest N before reading again and cleaning up, default 1 000 000; 0: none);
 * benchmark.cleanup-limit (seconds the cleanup may take, default 1800); benchmark.doc; benchmark.work.
 */
class ScaleBenchmark {

    private static final String PERIOD = "2047-01";
    private static final String CLIENT_THREAD = "bench-client-";
    private static final String BARE_CLIENT_THREAD = "bench-bare-client-";
    private static final String AUTHORIZED_CLIENT_THREAD = "bench-authorized-client-";
    private static final String WARM_UP_THREAD = "bench-warm-up-";

    static {
        StatementCount.countThreads(CLIENT_THREAD);
        StatementCount.countThreads(BARE_CLIENT_THREAD);
        StatementCount.countThreads(AUTHORIZED_CLIENT_THREAD);
    }
    /** Spring Boot's task executor, which the Camunda starter gives the job executor. */
    private static final String JOB_EXECUTOR_THREAD = "camundaTaskExecutor";

    private final List<Integer> targets = Arrays.stream(System.getProperty("benchmark.units", "30,1000").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    private final int reportsPerRun = Integer.getInteger("benchmark.reports", 60);
    private PlannerStatistics planner;
    private final int warmup = Integer.getInteger("benchmark.warmup", 300);
    private final int readRepeats = Integer.getInteger("benchmark.read-repeats", 30);
    private final int openTimeoutSeconds = Integer.getInteger("benchmark.open-timeout", 900);
    private final boolean demoAccounts = Boolean.getBoolean("benchmark.demo-accounts");
    private final long historicTasks = Long.getLong("benchmark.historic-tasks", 1_000_000);
    private final int cleanupLimitSeconds = Integer.getInteger("benchmark.cleanup-limit", 1800);
    private final Path doc = Path.of(System.getProperty("benchmark.doc", "docs/performance.md"));
    private final Path work = Path.of(System.getProperty("benchmark.work", "target/benchmark"));
    private final PerformanceReport report = new PerformanceReport(String.join(",",
            targets.stream().map(String::valueOf).toList()));
    /** The bare engine with Camunda's authorization on, for table b only. */
    private BareEngine authorized;
    /** The process instances of the reports table b's warm-up went through, to be left out of the history's copies. */
    private final Set<String> warmedUp = new HashSet<>();

    @Test
    void bare_engine_and_application_side_by_side() throws Exception {
        Files.createDirectories(work);
        report.machine = Machine.describe();
        report.notes.add(demoAccounts ? "Identities: a reporter's and a leader's account for every unit "
                + "(-Dbenchmark.demo-accounts=true, as the demo profile)." : "Identities as in production: a group and "
                + "a leaders' group for every unit, with their authorizations; accounts only for the plan's own units "
                + "(created by the empty database's start, demo profile), whose reports tables b and c use at every N.");
        report.notes.add("N = 30 stands for the district: the plan's own reporting units (37); for larger N, synthetic "
                + "townships are added to the catalogue (as MonthAtScaleTest does) up to N reporting units.");
        report.commandLine = "mvn -Pbenchmark verify -Dbenchmark.units=" + String.join(",",
                targets.stream().map(String::valueOf).toList()) + settings();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_preload_libraries", PlannerStatistics.PRELOAD)
                .setServerConfig("pg_stat_statements.track_planning", "on").start()) {
            DataSource admin = postgres.getPostgresDatabase();
            planner = new PlannerStatistics(admin);
            report.postgres = Machine.postgresVersion(admin) + " (io.zonky embedded, one server for the bare engine "
                    + "and the application, a database each)";
            createDatabase(admin, "bare");
            createDatabase(admin, "authorized");
            try (BareEngine bare = new BareEngine(postgres.getJdbcUrl("postgres", "bare"));
                    BareEngine withAuthorization = new BareEngine(postgres.getJdbcUrl("postgres", "authorized"), true)) {
                authorized = withAuthorization;
                log("bare engine up; warming up with 200 one-task instances");
                bare.startOneTaskInstances("warmup", 200);
                for (int i = 0; i < targets.size(); i++) {
                    measure(postgres, admin, bare, targets.get(i), i == targets.size() - 1);
                }
            }
        }
        report.status = null;
        report.write(doc);
        log("figures written to " + doc.toAbsolutePath());
    }

    private void measure(EmbeddedPostgres postgres, DataSource admin, BareEngine bare, int target, boolean profile)
            throws Exception {
        String database = "app_" + target;
        createDatabase(admin, database);
        String url = postgres.getJdbcUrl("postgres", database);

        // e. Start-up: empty database, first start with the N units, restart.
        progress(target + " units: start-up");
        log(target + ": starting the application on an empty database");
        RunningApplication empty = RunningApplication.start(url, "bench-" + target + "-empty", true);
        double emptySeconds = empty.startNanos / 1e9;
        int planUnits = empty.context.getBean(CatalogService.class).reportingUnits().size();
        int added = Math.max(0, target - planUnits);
        if (added > 0) {
            empty.jdbc.batchUpdate("insert into eco_unit (code, name, kind, town_kind) values (?, ?, 'TOWNSHIP', '镇')",
                    IntStream.rangeClosed(1, added).mapToObj(i -> new Object[] {"synthetic" + i, "模拟镇" + i}).toList());
        }
        empty.close();
        double firstSeconds = emptySeconds;
        if (added > 0) {
            log(target + ": " + added + " synthetic townships added; first start with them");
            RunningApplication first = RunningApplication.start(url, "bench-" + target + "-first", demoAccounts);
            firstSeconds = first.startNanos / 1e9;
            first.close();
        }
        log(target + ": restart");
        try (RunningApplication app = RunningApplication.start(url, "bench-" + target, demoAccounts)) {
            long heap = RunningApplication.heapUsedAfterGc();
            int units = app.context.getBean(CatalogService.class).reportingUnits().size();
            String identities = app.jdbc.queryForObject("select (select count(*) from act_id_user) || ' / '"
                    + " || (select count(*) from act_id_group) || ' / ' || (select count(*) from act_ru_authorization)",
                    String.class);
            report.startups.add(new PerformanceReport.Startup(units, emptySeconds, firstSeconds, app.startNanos / 1e9, heap,
                    identities));
            log(String.format(Locale.ROOT, "%d units: start-up empty %.1f s, first %.1f s, restart %.1f s, heap %d MB",
                    units, emptySeconds, firstSeconds, app.startNanos / 1e9, heap >> 20));

            progress(units + " units: opening the month");
            openMonth(bare, app, units, profile);
            vacuumAndAnalyze(app, bare);
            progress(units + " units: reading");
            read(app, units);
            progress(units + " units: the report path");
            reportPath(bare, app, units, profile);
            progress(units + " units: the month-complete checks");
            report.closings.add(new PerformanceReport.Closing(units, app.runMonthCompleteChecks()));
            PerformanceReport.Closing c = report.closings.get(report.closings.size() - 1);
            log(String.format(Locale.ROOT, "%d units: month-complete check p50 %.1f ms p95 %.1f ms (%d)", units,
                    c.checks().p50(), c.checks().p95(), c.checks().count()));
            if (profile && historicTasks > 0) {
                progress(units + " units: history");
                history(app, units);
            }
            progress(units + " units: closing the month");
            MonthClosing.Result closing = new MonthClosing(app).close(PERIOD, units);
            report.monthClosings.add(closing);
            log(String.format(Locale.ROOT, "%d units: closing: %d jobs on the due date %.1f s, compile %.1f s, "
                    + "bulletin %.1f s", units, closing.reminderJobs(), closing.remindersSeconds(),
                    closing.compileSeconds(), closing.bulletinSeconds()));
        }
    }

    /**
     * Waits until the JIT has compiled what the warm-up queued (its compilation time stands still for two seconds, at
     * most a minute): on two cores its compiler threads would otherwise take the CPU from the first measured run.
     */
    private static void awaitCompilerIdle() throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long deadline = System.nanoTime() + 60_000_000_000L;
        long compiled = -1;
        while (jit.getTotalCompilationTime() != compiled && System.nanoTime() < deadline) {
            compiled = jit.getTotalCompilationTime();
            Thread.sleep(2000);
        }
        log("JIT idle after " + compiled + " ms of compilation in all");
    }

    /**
     * A month's opening adds N rows to the engine's tables at once, the warm-up hundreds of versions and rows to the
     * domain's, and deletes as many of the engine's. A running server's autovacuum vacuums and analyses such tables
     * within a minute; the benchmark does it at once, on all three databases, so that PostgreSQL does not plan with
     * the statistics of near-empty tables (it scanned a whole index for the engine's group authorization check, and
     * every submitted version for each participant's entry a lead unit's form shows) and autovacuum does not run
     * during a measurement.
     */
    private void vacuumAndAnalyze(RunningApplication app, BareEngine bare) {
        app.jdbc.execute("vacuum analyze");
        bare.vacuumAndAnalyze();
        authorized.vacuumAndAnalyze();
    }

    // a. Opening a month
    private void openMonth(BareEngine bare, RunningApplication app, int units, boolean profile) throws Exception {
        log(units + " units: bare engine starting " + units + " one-task instances");
        double bareSeconds = bare.startOneTaskInstances("open-" + units, units) / 1e9;
        log(units + " units: the office opens " + PERIOD);
        SampledProfile profiler = profile ? new SampledProfile(work.resolve("opening.jfr")) : null;
        if (profiler != null) {
            profiler.start();
        }
        long start = System.nanoTime();
        app.startMonth(PERIOD);
        long deadline = start + openTimeoutSeconds * 1_000_000_000L;
        double outSeconds = Double.NaN;
        double waitingSeconds = Double.NaN;
        long sent = 0;
        while (System.nanoTime() < deadline) {
            Thread.sleep(100);
            long now = System.nanoTime();
            if (Double.isNaN(outSeconds)) {
                sent = app.reportsOpened(PERIOD);
                if (sent == units && app.reportInstances(PERIOD) == units) {
                    outSeconds = (now - start) / 1e9;
                }
            }
            if (Double.isNaN(waitingSeconds) && app.dispatchWaiting(PERIOD)) {
                waitingSeconds = (now - start) / 1e9;
            }
            if (!Double.isNaN(outSeconds) && !Double.isNaN(waitingSeconds)) {
                break;
            }
        }
        if (profiler != null) {
            profiler.stop();
            report.openingProfile = profiler.summarise(JOB_EXECUTOR_THREAD);
            report.profiledUnits = units;
        }
        boolean finished = !Double.isNaN(outSeconds);
        if (!finished) {
            outSeconds = openTimeoutSeconds;
        }
        report.openings.add(new PerformanceReport.Opening(units, bareSeconds, outSeconds, waitingSeconds, finished, sent));
        log(String.format(Locale.ROOT, "%d units: opening bare %.1f s, app %.1f s (dispatch waiting %.1f s)%s", units,
                bareSeconds, outSeconds, waitingSeconds, finished ? "" : " NOT FINISHED, " + sent + " sent"));
        if (!finished) {
            throw new IllegalStateException("the month did not open in " + openTimeoutSeconds + " s: " + sent + " of "
                    + units + " reports out; raise -Dbenchmark.open-timeout or lower -Dbenchmark.units");
        }
    }

    // f. History: what closed reports leave, the filters again under past months' history, the night's cleanup.
    private void history(RunningApplication app, int units) {
        HistoryAtScale history = new HistoryAtScale(app.jdbc, warmedUp);
        Map<String, Double> perReport = history.rowsPerReport();
        Date cleanupAt = HistoryAtScale.tonight();
        log(units + " units: loading history up to " + historicTasks + " historic tasks");
        long start = System.nanoTime();
        long copies = history.load(historicTasks, units, cleanupAt, ScaleBenchmark::log);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long due = history.dueRows(cleanupAt);
        long all = history.allRows();
        long tasks = history.historicTasks();
        read(app, units);
        log(units + " units: cleaning up " + due + " due rows of " + all);
        HistoryAtScale.CleanupRun run = HistoryAtScale.cleanUp(app.engine.getHistoryService(),
                app.engine.getManagementService(), history, cleanupAt, cleanupLimitSeconds);
        report.history = new PerformanceReport.History(units, history.closedReports(), perReport, copies,
                history.dueReports(units), tasks, loadSeconds, all, due, run, history.allRows(),
                app.context.getEnvironment().getProperty("camunda.bpm.generic-properties.properties."
                        + "history-cleanup-batch-size"));
        log(String.format(Locale.ROOT, "%d units: cleanup removed %d of %d due rows in %d runs, %.1f s%s", units,
                run.removed(), due, run.runs(), run.seconds(), run.finished() ? "" : " (NOT FINISHED)"));
    }

    // d. Reading
    private void read(RunningApplication app, int units) {
        FilterService filters = app.engine.getFilterService();
        List<Filter> officeFilters = app.as("office1", () -> filters.createFilterQuery().orderByFilterName().asc().listPage(0, 100));
        Map<String, Timings> byFilter = new LinkedHashMap<>();
        for (Filter filter : officeFilters) {
            byFilter.put(filter.getName(), repeat(() -> app.as("office1", () -> {
                filters.listPage(filter.getId(), 0, 15);
                return filters.count(filter.getId());
            })));
        }
        List<String[]> reports = app.reportsWithAccounts(PERIOD);
        String unit = reports.get(reports.size() / 2)[0];
        String reporter = unit + "-reporter";
        Filter own = app.as(reporter, () -> filters.createFilterQuery().filterName("本单位待办").singleResult());
        Timings unitOwn = own == null ? new Timings() : repeat(() -> app.as(reporter, () -> {
            filters.listPage(own.getId(), 0, 15);
            return filters.count(own.getId());
        }));
        String path = "/api/dispatch/cycles/" + PERIOD + "?page=0&size=50";
        AtomicReference<Integer> bytes = new AtomicReference<>(0);
        Timings overview = repeat(() -> {
            bytes.set(app.get(path, "office1", "demo"));
            return null;
        });
        report.readings.add(new PerformanceReport.Reading(units, app.jdbc.queryForObject(
                "select count(*) from act_hi_taskinst", Long.class), byFilter, unitOwn, overview, bytes.get(), path));
        Timings all = new Timings();
        byFilter.values().forEach(all::addAll);
        log(String.format(Locale.ROOT, "%d units: office filters p95 %.1f ms (%d filters), unit's own p95 %.1f ms, "
                + "overview p95 %.1f ms (%d bytes)", units, all.p95(), byFilter.size(), unitOwn.p95(), overview.p95(),
                bytes.get()));
    }

    private Timings repeat(Supplier<?> read) {
        for (int i = 0; i < 3; i++) {
            read.get();
        }
        Timings timings = new Timings();
        for (int i = 0; i < readRepeats; i++) {
            timings.add(Timings.time(read::get));
        }
        return timings;
    }

    // b. Report path
    private void reportPath(BareEngine bare, RunningApplication app, int units, boolean profile) throws Exception {
        app.jobExecutor().shutdown();
        // The units whose people have accounts: the plan's own (the empty database's start creates them), or every
        // unit with -Dbenchmark.demo-accounts=true. Never the month's last report: table c measures checks that do
        // not complete the month.
        List<String[]> reports = app.reportsWithAccounts(PERIOD);
        int available = reports.size() == app.reports(PERIOD).size() ? reports.size() - 1 : reports.size();
        int warm = Math.max(1, Math.min(warmup, available / 6));
        int rounds = Math.max(2, (warmup + warm - 1) / warm);
        int perRun = Math.min(reportsPerRun, (available - warm) / 2);
        List<String[]> sample = spread(reports.subList(0, available), warm + 2 * perRun);
        List<String[]> warmSample = sample.subList(0, warm);
        warmSample.forEach(r -> warmedUp.add(r[1]));
        // The two runs take alternate reports of the sample, so that both get the same mix of units.
        List<String[]> one = new ArrayList<>();
        List<String[]> two = new ArrayList<>();
        for (int i = 0; i < 2 * perRun; i++) {
            (i % 2 == 0 ? one : two).add(sample.get(warm + i));
        }

        // Warm-up: as many whole reports on each side before anything is measured, the app's on the warm-up units'
        // reports returned and filled again (a unit has one report a month), so that the JIT has compiled the code
        // of both, as on a server that has been running. Its last fifth runs after the statistics are brought up to
        // date, on two client threads as the measurement does: new statistics make PostgreSQL plan every prepared
        // statement anew on each connection (five times before it may keep a generic plan), which a running server
        // does after an analysis by autovacuum, not in every minute of its work. Run on one thread, the last fifth
        // left the other connections of the pool to replan in the measured reports (about 900 plans in 30 reports).
        log(units + " units: warming up with " + warm * rounds + " whole reports on each side");
        int afterAnalysis = Math.max(1, rounds / 5);
        int beforeAnalysis = rounds - afterAnalysis;
        Map<String, Object> form = app.returnRepeatedly(warmSample.get(0)[0], warmSample.get(0)[1], beforeAnalysis);
        warmSample.subList(1, warm).forEach(r -> app.returnRepeatedly(r[0], r[1], beforeAnalysis));
        Supplier<Map<String, Object>> fill = RunningApplication.copyOf(form);
        int bareWarm = warm * rounds;
        int bareBeforeAnalysis = warm * beforeAnalysis;
        List<String> bareInstances = bare.startReports("report-" + units, bareWarm + 2 * perRun);
        List<String> authorizedInstances = authorized.startReports("report-" + units, bareWarm + 2 * perRun);
        bareInstances.subList(0, bareBeforeAnalysis).forEach(id -> bare.completeReport(id, fill, steps()));
        authorizedInstances.subList(0, bareBeforeAnalysis).forEach(id -> authorized.completeReport(id, fill, steps()));
        vacuumAndAnalyze(app, bare);
        onThreads(WARM_UP_THREAD, 2, warmSample, r -> app.warmUp(r[0], r[1], afterAnalysis));
        onThreads(WARM_UP_THREAD, 2, bareInstances.subList(bareBeforeAnalysis, bareWarm),
                id -> bare.completeReport(id, fill, steps()));
        onThreads(WARM_UP_THREAD, 2, authorizedInstances.subList(bareBeforeAnalysis, bareWarm),
                id -> authorized.completeReport(id, fill, steps()));
        awaitCompilerIdle();

        // One recording over both app runs; the bare engine's clients are named apart and left out of it.
        SampledProfile profiler = profile ? new SampledProfile(work.resolve("report-path.jfr")) : null;
        if (profiler != null) {
            profiler.start();
        }
        StatementCount.restartStatementTimes();
        String appDatabase = app.jdbc.queryForObject("select current_database()", String.class);
        for (int threads : List.of(1, 2)) {
            List<String[]> appReports = threads == 1 ? one : two;
            Timings[] appSteps = steps();
            Timings appWhole = new Timings();
            int conflictsBefore = app.conflicts.get();
            StatementCount.Counts appBefore = StatementCount.of(CLIENT_THREAD);
            planner.reset();
            double appSeconds = onThreads(CLIENT_THREAD, threads, appReports, r -> appWhole.add(Timings.time(
                    () -> app.completeReport(r[0], r[1], appSteps))));
            StatementCount.Counts appStatements = StatementCount.of(CLIENT_THREAD).minus(appBefore);
            PlannerStatistics.Totals appPlanning = planner.of(appDatabase);
            PerformanceReport.BareRun bareRun = bareRun(BARE_CLIENT_THREAD, bare, "bare", threads,
                    bareInstances.subList(bareWarm + (threads - 1) * perRun, bareWarm + threads * perRun), fill);
            PerformanceReport.BareRun authorizedRun = bareRun(AUTHORIZED_CLIENT_THREAD, authorized, "authorized", threads,
                    authorizedInstances.subList(bareWarm + (threads - 1) * perRun, bareWarm + threads * perRun), fill);
            Timings appAll = merged(appSteps);
            PerformanceReport.ReportPath row = new PerformanceReport.ReportPath(units, threads, perRun, bareRun,
                    authorizedRun, perRun / appSeconds, appAll, appSteps, appWhole,
                    app.conflicts.get() - conflictsBefore, appStatements, appPlanning);
            report.reportPaths.add(row);
            log(String.format(Locale.ROOT, "%d units, %d thread(s), %d reports: bare %.1f/s, with authorization %.1f/s, "
                    + "app %.1f/s (%.2f×); completion p95 bare %.1f ms, app %.1f ms; %d conflicts", units, threads,
                    perRun, bareRun.rate(), authorizedRun.rate(), row.appRate(), row.appRate() / bareRun.rate(),
                    bareRun.completions().p95(), appAll.p95(), row.conflicts()));
        }
        if (profiler != null) {
            profiler.stop();
            report.appWaited = StatementCount.longestWaited(CLIENT_THREAD);
            report.bareWaited = StatementCount.longestWaited(BARE_CLIENT_THREAD);
            report.waitedReports = 2 * perRun;
            report.profile = profiler.summarise(CLIENT_THREAD);
            report.profiledUnits = units;
        }
    }

    /** The bare engine's reports on client threads of their own: how fast, and what they sent to the database. */
    private PerformanceReport.BareRun bareRun(String threadName, BareEngine engine, String database, int threads,
            List<String> instances, Supplier<Map<String, Object>> fill) throws InterruptedException {
        Timings[] steps = steps();
        Timings whole = new Timings();
        StatementCount.Counts before = StatementCount.of(threadName);
        planner.reset();
        double seconds = onThreads(threadName, threads, instances, id -> whole.add(Timings.time(
                () -> engine.completeReport(id, fill, steps))));
        return new PerformanceReport.BareRun(instances.size() / seconds, merged(steps), steps, whole,
                StatementCount.of(threadName).minus(before), planner.of(database));
    }

    private static Timings[] steps() {
        return new Timings[] {new Timings(), new Timings(), new Timings()};
    }

    private static Timings merged(Timings[] steps) {
        Timings all = new Timings();
        for (Timings t : steps) {
            all.addAll(t);
        }
        return all;
    }

    private static <T> List<T> spread(List<T> all, int count) {
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(all.get((int) ((long) i * all.size() / count)));
        }
        return picked;
    }

    /** Runs the work split evenly over the given number of client threads; returns the wall-clock seconds. */
    private static <T> double onThreads(String name, int threads, List<T> work, java.util.function.Consumer<T> each)
            throws InterruptedException {
        List<Thread> clients = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int t = 0; t < threads; t++) {
            List<T> share = new ArrayList<>();
            for (int i = t; i < work.size(); i += threads) {
                share.add(work.get(i));
            }
            Thread client = new Thread(() -> {
                try {
                    share.forEach(each);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, name + (t + 1));
            clients.add(client);
        }
        long start = System.nanoTime();
        clients.forEach(Thread::start);
        for (Thread client : clients) {
            client.join();
        }
        long elapsed = System.nanoTime() - start;
        if (failure.get() != null) {
            throw new IllegalStateException("a client thread failed", failure.get());
        }
        return elapsed / 1e9;
    }

    /** The settings given on the command line besides the units, as they were passed. */
    private static String settings() {
        StringBuilder out = new StringBuilder();
        for (String name : List.of("benchmark.reports", "benchmark.warmup", "benchmark.read-repeats",
                "benchmark.open-timeout", "benchmark.demo-accounts", "benchmark.historic-tasks",
                "benchmark.cleanup-limit")) {
            if (System.getProperty(name) != null) {
                out.append(" -D").append(name).append('=').append(System.getProperty(name));
            }
        }
        return out.toString();
    }

    /** Marks the doc as from a run still going (or stopped) at this step, with the figures measured so far. */
    private void progress(String step) throws java.io.IOException {
        report.status = "**Incomplete run**: the figures below are those measured before the run ended while "
                + "measuring " + step + ".";
        report.write(doc);
        log(step);
    }

    private static void createDatabase(DataSource admin, String name) throws Exception {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
    }

    private static void log(String message) {
        System.out.println("[benchmark " + java.time.LocalTime.now().withNano(0) + "] " + message);
    }
}
