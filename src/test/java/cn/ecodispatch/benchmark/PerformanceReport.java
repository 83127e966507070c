package cn.ecodispatch.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures, written into docs/performance.md between two markers; the hand-written text around
 * them is kept.
 */
final class PerformanceReport {

    /** The run's block in the doc: a run writes only its own, between these markers; everything else is kept. */
    private final String section;

    PerformanceReport(String section) {
        this.section = section;
    }

    private String begin() {
        return "<!-- BEGIN GENERATED " + section + ": written by ScaleBenchmark, do not edit by hand -->";
    }

    private String end() {
        return "<!-- END GENERATED " + section + " -->";
    }

    record Opening(int units, double bareSeconds, double appSeconds, double appWaitingSeconds, boolean finished,
            long sent) {
    }

    record Startup(int units, double emptySeconds, double firstSeconds, double restartSeconds, long heapBytes,
            String identities) {
    }

    record ReportPath(int units, int threads, int reports, BareRun bare, BareRun authorized, double appRate,
            Timings app, Timings[] appSteps, Timings appWhole, int conflicts, StatementCount.Counts appStatements,
            PlannerStatistics.Totals appPlanning) {
    }

    /** A bare engine's run of table b: reports per second, completions (all and per step), whole reports. */
    record BareRun(double rate, Timings completions, Timings[] steps, Timings whole, StatementCount.Counts statements,
            PlannerStatistics.Totals planning) {
    }

    record Closing(int units, Timings checks) {
    }

    record Reading(int units, long historicTasks, Map<String, Timings> officeFilters, Timings unitOwn,
            Timings overview, int overviewBytes, String overviewPath) {

        String label() {
            return units + " units, " + String.format(Locale.ROOT, "%,d", historicTasks) + " historic tasks";
        }
    }

    /**
     * The history of closed reports (rows per report in each table), the copies loaded as past months, and the
     * cleanup of a month's worth of them.
     */
    record History(int units, int closedReports, Map<String, Double> rowsPerReport, long copies, long dueReports,
            long historicTasks,
            double loadSeconds, long rowsBefore, long dueRows, HistoryAtScale.CleanupRun cleanup, long rowsAfter,
            String batchSize) {
    }

    final List<Opening> openings = new ArrayList<>();
    final List<Startup> startups = new ArrayList<>();
    final List<ReportPath> reportPaths = new ArrayList<>();
    final List<Closing> closings = new ArrayList<>();
    final List<MonthClosing.Result> monthClosings = new ArrayList<>();
    final List<Reading> readings = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    History history;
    SampledProfile.Summary profile;
    SampledProfile.Summary openingProfile;
    int profiledUnits;
    /** Table b's statements at the profiled N, the app's and the bare engine's, longest waited for first. */
    List<StatementCount.Waited> appWaited = List.of();
    List<StatementCount.Waited> bareWaited = List.of();
    int waitedReports;
    String machine;
    String postgres;
    String commandLine;
    /** Set while the run is under way: the doc then says the figures are partial. */
    String status;

    void write(Path doc) throws IOException {
        String generated = render();
        String existing = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
        int begin = existing.indexOf(begin());
        int end = existing.indexOf(end());
        int lastOther = existing.lastIndexOf("<!-- END GENERATED ");
        String text;
        if (begin >= 0 && end > begin) {
            text = existing.substring(0, begin) + generated + existing.substring(end + end().length());
        } else if (lastOther >= 0) {
            int after = existing.indexOf("-->", lastOther) + 3;
            text = existing.substring(0, after) + "\n\n" + generated + existing.substring(after);
        } else {
            text = "# 性能 Performance\n\n" + generated + "\n" + existing;
        }
        Files.createDirectories(doc.getParent());
        Files.writeString(doc, text, StandardCharsets.UTF_8);
    }

    private static String f(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String planning(PlannerStatistics.Totals totals, double reports) {
        return f(totals.planned() / reports) + " / " + f(totals.executed() / reports) + ", "
                + f(totals.planningMillis() / reports) + " / " + f(totals.executionMillis() / reports);
    }

    private static double waitedMillis(StatementCount.Counts counts, double reports) {
        return counts.waitedNanos() / 1e6 / reports;
    }

    private static String ratio(double app, double bare) {
        return Double.isNaN(app) || Double.isNaN(bare) || bare == 0 ? "–"
                : String.format(Locale.ROOT, "%.2f×", app / bare);
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append(begin()).append("\n\n");
        out.append("## Figures of the run for ").append(section).append(" units\n\n");
        if (status != null) {
            out.append(status).append("\n\n");
        }
        out.append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        out.append("- Machine: ").append(machine).append('\n');
        out.append("- Database: ").append(postgres).append('\n');
        out.append("- Command: `").append(commandLine).append("`\n");
        notes.forEach(n -> out.append("- ").append(n).append('\n'));

        out.append("\n### a. Opening a month\n\n");
        out.append("Bare: one thread starting N one-user-task instances, one transaction each. App: from the office's "
                + "start (`DispatchService.startOnDemand` as office1) until every unit has its report and its "
                + "unit-monthly-report instance, the job executor (Spring Boot defaults) running the batches.\n\n");
        out.append("| units | bare s | app s (all reports out) | app s (dispatch waiting) | ratio app/bare |\n");
        out.append("|---:|---:|---:|---:|---:|\n");
        for (Opening o : openings) {
            out.append("| ").append(o.units()).append(" | ").append(f(o.bareSeconds())).append(" | ")
                    .append(o.finished() ? f(o.appSeconds()) : "not done after " + f(o.appSeconds()) + " s (" + o.sent()
                            + " sent)")
                    .append(" | ").append(f(o.appWaitingSeconds())).append(" | ")
                    .append(o.finished() ? ratio(o.appSeconds(), o.bareSeconds()) : "> " + ratio(o.appSeconds(), o.bareSeconds()))
                    .append(" |\n");
        }

        out.append("\n### b. Report path (fill → leader sign-off → office approve)\n\n");
        out.append("Whole reports per second on client threads, each report's three completions in a row (app: as the "
                + "reporter, the leader and office1, with the form loaded and the domain writes of the listeners; bare: "
                + "the same three completions with the same fill variables on a three-user-task process). Before "
                + "each completion the task's form is opened, as Tasklist does for any form: the app builds it from "
                + "the domain tables, the bare engine reads the task's variables (`FormService.getTaskFormVariables` "
                + "for both). A completion is finding the task and completing it. The app's month-complete check runs later, "
                + "asynchronously (table c), and is not in these figures. A completion the engine refuses with an "
                + "OptimisticLockingException is tried again by the client after a pause of 10 – 50 ms × attempts "
                + "(up to 20 times) and counted under conflicts; its time includes the retries and pauses.\n\n");
        out.append("| units | threads | reports | bare reports/s | app reports/s | ratio app/bare "
                + "| bare completion p50 / p95 ms | app completion p50 / p95 ms | ratio p95 app/bare | app conflicts retried |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ReportPath r : reportPaths) {
            out.append("| ").append(r.units()).append(" | ").append(r.threads()).append(" | ").append(r.reports())
                    .append(" | ").append(f(r.bare().rate())).append(" | ").append(f(r.appRate())).append(" | ")
                    .append(ratio(r.appRate(), r.bare().rate())).append(" | ").append(f(r.bare().completions().p50())).append(" / ")
                    .append(f(r.bare().completions().p95())).append(" | ").append(f(r.app().p50())).append(" / ")
                    .append(f(r.app().p95())).append(" | ").append(ratio(r.app().p95(), r.bare().completions().p95())).append(" | ").append(r.conflicts())
                    .append(" |\n");
        }
        out.append("\nPer step, p50 / p95 ms (bare → app):\n\n");
        out.append("| units | threads | fill | sign-off | approve | whole report incl. opening the forms (bare → app) |\n");
        out.append("|---:|---:|---:|---:|---:|---:|\n");
        for (ReportPath r : reportPaths) {
            out.append("| ").append(r.units()).append(" | ").append(r.threads());
            for (int step = 0; step < 3; step++) {
                out.append(" | ").append(f(r.bare().steps()[step].p50())).append(" / ").append(f(r.bare().steps()[step].p95()))
                        .append(" → ").append(f(r.appSteps()[step].p50())).append(" / ")
                        .append(f(r.appSteps()[step].p95()));
            }
            out.append(" | ").append(f(r.bare().whole().p50())).append(" / ").append(f(r.bare().whole().p95())).append(" → ")
                    .append(f(r.appWhole().p50())).append(" / ").append(f(r.appWhole().p95())).append(" |\n");
        }
        out.append("\nRound trips per whole report (incl. opening the forms), averaged over the run's reports: the "
                + "statements the client threads executed (a batch counts once, as the driver sends it at once), the "
                + "engine's (`ACT_*` tables) apart from the domain's (`eco_*`), and the commits: every transaction "
                + "the driver ends, whether by a commit or, as the bare engine ends its read-only commands, by setting "
                + "auto-commit back on or by the pool's rollback. Counted in the same run as the times above, these do "
                + "not move with the noise. Beside them, the milliseconds per whole report the client threads spent in "
                + "the driver's execute calls and transactions' ends (sending, PostgreSQL's work, reading the answer): "
                + "the rest of a whole report's time is the JVM's. Last, what PostgreSQL's "
                + "planner cost in each side's database during the run (`pg_stat_statements`, `track_planning`; the "
                + "application's includes what its other threads sent meanwhile): the statements it planned per whole "
                + "report, of those it executed, and its milliseconds planning against executing.\n\n");
        out.append("| units | threads | bare: engine statements / commits | app: engine statements / domain "
                + "statements / commits | ratio of statements app/bare | ms in the database per report, bare → app "
                + "| PostgreSQL: planned / executed, ms planning / executing per report, bare → app |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ReportPath r : reportPaths) {
            StatementCount.Counts bare = r.bare().statements();
            StatementCount.Counts app = r.appStatements();
            double reports = r.reports();
            out.append("| ").append(r.units()).append(" | ").append(r.threads()).append(" | ")
                    .append(f(bare.engine() / reports)).append(" / ").append(f(bare.commits() / reports)).append(" | ")
                    .append(f(app.engine() / reports)).append(" / ").append(f(app.domain() / reports)).append(" / ")
                    .append(f(app.commits() / reports)).append(" | ")
                    .append(ratio(app.engine() + app.domain(), bare.engine() + bare.domain())).append(" | ")
                    .append(f(waitedMillis(bare, reports))).append(" → ").append(f(waitedMillis(app, reports)))
                    .append(" | ").append(planning(r.bare().planning(), reports)).append(" → ")
                    .append(planning(r.appPlanning(), reports)).append(" |\n");
        }
        out.append("\nThe bare engine with Camunda's authorization on, the part of the gap that is the engine's own "
                + "checks, which the application needs: the same process and steps on an engine of its own "
                + "(`authorizationEnabled`), each step signed in as a member of the task's candidate group, whose grant "
                + "on the task the engine writes itself (its default authorization provider). Three groups, where the "
                + "application has two per unit.\n\n");
        out.append("| units | threads | reports/s | completion p50 / p95 ms | statements / commits per report "
                + "| ms in the database per report | ratio to the bare engine | ratio app / bare with authorization |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ReportPath r : reportPaths) {
            BareRun a = r.authorized();
            double reports = r.reports();
            out.append("| ").append(r.units()).append(" | ").append(r.threads()).append(" | ").append(f(a.rate()))
                    .append(" | ").append(f(a.completions().p50())).append(" / ").append(f(a.completions().p95()))
                    .append(" | ").append(f((a.statements().engine() + a.statements().domain()) / reports)).append(" / ")
                    .append(f(a.statements().commits() / reports)).append(" | ")
                    .append(f(waitedMillis(a.statements(), reports))).append(" | ").append(ratio(a.rate(), r.bare().rate()))
                    .append(" | ").append(ratio(r.appRate(), a.rate())).append(" |\n");
        }

        out.append("\n### c. Closing cost (the asynchronous month-complete check of each closed report)\n\n");
        out.append("Each `Task_CheckMonthComplete` job left by the reports of table b, executed one by one "
                + "(`ManagementService.executeJob`, job executor stopped), none of them the month's last.\n\n");
        out.append("| units | checks | p50 ms | p95 ms | mean ms |\n|---:|---:|---:|---:|---:|\n");
        for (Closing c : closings) {
            out.append("| ").append(c.units()).append(" | ").append(c.checks().count()).append(" | ")
                    .append(f(c.checks().p50())).append(" | ").append(f(c.checks().p95())).append(" | ")
                    .append(f(c.checks().meanMs())).append(" |\n");
        }

        out.append("\n### d. Reading with the month open\n\n");
        out.append("Office: each saved Tasklist filter office1 can read, `FilterService.listPage(id, 0, 15)` + "
                + "`count(id)` signed in as office1 (as Tasklist loads a filter). Unit: the filter 本单位待办 as a "
                + "unit's reporter. Overview: `GET` of the month overview as office1 over HTTP (Basic).\n\n");
        out.append("| units | historic tasks | office filters p50 / p95 ms (all filters) | slowest office filter "
                + "(p95 ms) | unit's own tasks p50 / p95 ms | overview p50 / p95 ms | overview bytes |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Reading r : readings) {
            Timings all = new Timings();
            r.officeFilters().values().forEach(all::addAll);
            Map.Entry<String, Timings> slowest = r.officeFilters().entrySet().stream()
                    .max(Comparator.comparingDouble(e -> e.getValue().p95())).orElse(null);
            out.append("| ").append(r.units()).append(" | ").append(String.format(Locale.ROOT, "%,d", r.historicTasks()))
                    .append(" | ").append(f(all.p50())).append(" / ").append(f(all.p95()))
                    .append(" | ").append(slowest == null ? "–" : slowest.getKey() + " " + f(slowest.getValue().p95()))
                    .append(" | ").append(f(r.unitOwn().p50())).append(" / ").append(f(r.unitOwn().p95()))
                    .append(" | ").append(f(r.overview().p50())).append(" / ").append(f(r.overview().p95()))
                    .append(" | ").append(r.overviewBytes()).append(" |\n");
        }
        if (!readings.isEmpty()) {
            out.append("\nOverview request: `").append(readings.get(0).overviewPath()).append("`. Each office filter, p95 ms:\n\n");
            List<String> names = new ArrayList<>(readings.get(0).officeFilters().keySet());
            out.append("| filter |");
            readings.forEach(r -> out.append(' ').append(r.label()).append(" |"));
            out.append("\n|---|");
            readings.forEach(r -> out.append("---:|"));
            out.append('\n');
            for (String name : names) {
                out.append("| ").append(name).append(" |");
                readings.forEach(r -> {
                    Timings t = r.officeFilters().get(name);
                    out.append(' ').append(t == null ? "–" : f(t.p95())).append(" |");
                });
                out.append('\n');
            }
        }

        out.append("\n### e. Start-up\n\n");
        out.append("Application context start (`SpringApplication.run`) on the benchmark's PostgreSQL. Empty database: "
                + "schema, catalogue, the plan's units with their groups and demo accounts. First start with N units: "
                + "the synthetic units were added to the catalogue, their groups (and accounts, with "
                + "-Dbenchmark.demo-accounts=true) are created. Restart: nothing changed. Heap: used heap after the "
                + "restart and a full GC (MemoryMXBean; the bare engine and the benchmark live in the same JVM).\n\n");
        out.append("| units | empty database s | first start with N units s | restart s | heap used after start MB "
                + "| users / groups / authorizations |\n");
        out.append("|---:|---:|---:|---:|---:|---:|\n");
        for (Startup s : startups) {
            out.append("| ").append(s.units()).append(" | ").append(f(s.emptySeconds())).append(" | ")
                    .append(f(s.firstSeconds())).append(" | ").append(f(s.restartSeconds())).append(" | ")
                    .append(s.heapBytes() / (1024 * 1024)).append(" | ").append(s.identities()).append(" |\n");
        }

        if (history != null) {
            renderHistory(out);
        }
        renderMonthClosing(out);

        if (profile != null) {
            renderProfile(out, "Profile of the application's report path", "the client threads during table b's app "
                    + "runs at " + profiledUnits + " units", profile);
        }
        if (!appWaited.isEmpty()) {
            renderWaited(out);
        }
        if (openingProfile != null) {
            renderProfile(out, "Profile of the opening", "the job executor's threads while the month opened at "
                    + profiledUnits + " units (table a)", openingProfile);
        }
        out.append('\n').append(end());
        return out.toString();
    }

    /** The statements the app's report path waited for longest, beside the bare engine's same statement. */
    private void renderWaited(StringBuilder out) {
        out.append("\n### Statements of the report path by the time spent on them\n\n")
                .append("Table b's whole reports at ").append(profiledUnits).append(" units (").append(waitedReports)
                .append(" on each side, one and two threads): the time the client threads spent in the driver's "
                + "execute calls and transactions' ends (`COMMIT`) for each statement (its text on one line, a list of "
                + "parameters as one; "
                + "texts that begin alike differ further on, as their lengths show), per whole report, the app's "
                + "longest first; beside it the bare engine's for the same text.\n\n")
                .append("| statement | app: times / ms per report | bare: times / ms per report |\n|---|---:|---:|\n");
        Map<String, StatementCount.Waited> bare = new HashMap<>();
        bareWaited.forEach(w -> bare.put(w.sql(), w));
        for (StatementCount.Waited w : appWaited.subList(0, Math.min(15, appWaited.size()))) {
            StatementCount.Waited b = bare.get(w.sql());
            String sql = w.sql().length() > 90 ? w.sql().substring(0, 90) + " … (" + w.sql().length() + " characters)"
                    : w.sql();
            out.append("| `").append(sql.replace("|", "\\|"))
                    .append("` | ").append(f(w.count() / (double) waitedReports)).append(" / ")
                    .append(f(w.nanos() / 1e6 / waitedReports)).append(" | ")
                    .append(b == null ? "–" : f(b.count() / (double) waitedReports) + " / "
                            + f(b.nanos() / 1e6 / waitedReports)).append(" |\n");
        }
    }

    private void renderMonthClosing(StringBuilder out) {
        out.append("\n### g. Closing the month\n\n");
        out.append("After the tables above, with table b's reports closed and every other report still being drafted: "
                + "the engine's clock set to the reports' due date, then to the closing date; every job then due "
                + "executed one by one in the client thread (job executor stopped), as one job executor thread would. "
                + "*Due date*: the open reports' overdue timers (a reminder letter each). *Compile*: the closing timer "
                + "and `Task_CompileResults` (a supervision decision for every unit) until 会商研判 waits. *Consultation*: "
                + "the director opens its form (its size; the proposed problems' characters, at most 4 000) and "
                + "completes it accepting the proposals (`Task_CloseCycle` in the same transaction). *Bulletin*: "
                + "`Task_CompileBulletin` until the office's 编辑通报 waits; the office opens it (the draft's characters, "
                + "at most 20 000).\n\n");
        out.append("| units | due-date jobs | due date s | compile s | consultation form ms (KB, problems chars) "
                + "| consultation completed ms | bulletin s | bulletin form ms (chars) |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (MonthClosing.Result c : monthClosings) {
            out.append("| ").append(c.units()).append(" | ").append(c.reminderJobs()).append(" | ")
                    .append(f(c.remindersSeconds())).append(" | ").append(f(c.compileSeconds())).append(" | ")
                    .append(f(c.consultOpenMs())).append(" (").append(c.consultFormKb()).append(" KB, ")
                    .append(c.problemsChars()).append(") | ").append(f(c.consultCompleteMs())).append(" | ")
                    .append(f(c.bulletinSeconds())).append(" | ").append(f(c.editOpenMs())).append(" (")
                    .append(c.bulletinChars()).append(") |\n");
        }
    }

    private void renderHistory(StringBuilder out) {
        History h = history;
        out.append("\n### f. History: what a month leaves, and the night's cleanup\n\n");
        out.append("The engine's history rows of the ").append(h.closedReports()).append(" reports closed in table b "
                + "(filled, signed, approved; process facts only, no form contents), per report and for a month of ")
                .append(h.units()).append(" units:\n\n");
        out.append("| table | rows per closed report | rows for a month of ").append(h.units()).append(" units |\n");
        out.append("|---|---:|---:|\n");
        double total = 0;
        for (Map.Entry<String, Double> e : h.rowsPerReport().entrySet()) {
            if (e.getValue() > 0) {
                total += e.getValue();
                out.append("| ").append(e.getKey()).append(" | ").append(f(e.getValue())).append(" | ")
                        .append(Math.round(e.getValue() * h.units())).append(" |\n");
            }
        }
        out.append("| all | ").append(f(total)).append(" | ").append(Math.round(total * h.units())).append(" |\n");
        out.append("\nPast months: the closed reports' history copied row for row (new ids, so each copy is a "
                + "report of its own) ").append(h.copies() / Math.max(1, h.closedReports())).append(" times, ")
                .append(String.format(Locale.ROOT, "%,d", h.copies())).append(" report instances in ")
                .append(f(h.loadSeconds())).append(" s, then `analyze`: the history holds ")
                .append(String.format(Locale.ROOT, "%,d", h.historicTasks())).append(" historic tasks and ")
                .append(String.format(Locale.ROOT, "%,d", h.rowsBefore())).append(" rows. Table d's last row was "
                + "read with them. A month's worth of the copies, ").append(h.dueReports()).append(" reports (a report "
                + "per unit, in whole copies of the ").append(h.closedReports()).append("), is due tonight, the rest "
                + "later.\n\n");
        HistoryAtScale.CleanupRun c = h.cleanup();
        out.append("Cleanup: the engine's history cleanup job (`history-cleanup-strategy: removalTimeBased`, batch "
                + "size ").append(h.batchSize()).append(") executed again and again at 02:00 (engine clock, inside "
                + "the 01:00–05:00 window) until nothing due is left; only the jobs' own time counts.\n\n");
        out.append("| units | due rows | removed | rows kept (not due, and the cleanup's own job log) | runs | run p50 / p95 ms | seconds | rows/s "
                + "| share of one night's 4 h window |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        out.append("| ").append(h.units()).append(" | ").append(h.dueRows()).append(" | ").append(c.removed())
                .append(" | ").append(h.rowsAfter()).append(" | ").append(c.runs()).append(" | ")
                .append(f(c.perRun().p50())).append(" / ").append(f(c.perRun().p95())).append(" | ")
                .append(c.finished() ? f(c.seconds()) : "not done after " + f(c.seconds())).append(" | ")
                .append(f(c.removed() / Math.max(1e-9, c.seconds()))).append(" | ")
                .append(String.format(Locale.ROOT, "%.2f %%", 100 * c.seconds() / (4 * 3600))).append(" |\n");
    }

    private static void renderProfile(StringBuilder out, String title, String threads, SampledProfile.Summary p) {
        out.append("\n### ").append(title).append("\n\n");
        out.append("JFR samples (jdk.ExecutionSample + jdk.NativeMethodSample, 10 ms) of ").append(threads)
                .append(": ").append(p.samples()).append(" samples. Share of samples whose stack holds:\n\n");
        out.append("| cost | share |\n|---|---:|\n");
        p.buckets().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.append("| ").append(e.getKey()).append(" | ").append(pct(e.getValue(), p))
                        .append(" |\n"));
        out.append("\nApplication methods on the stack (inclusive), top 15:\n\n| method | share |\n|---|---:|\n");
        top(p.appMethods(), 15).forEach((m, n) -> out.append("| `").append(m).append("` | ").append(pct(n, p))
                .append(" |\n"));
        out.append("\nWaiting on PostgreSQL, by the innermost application method that caused it, top 12:\n\n"
                + "| caused by | share of all samples |\n|---|---:|\n");
        top(p.databaseWaitBy(), 12).forEach((m, n) -> out.append("| `").append(m).append("` | ").append(pct(n, p))
                .append(" |\n"));
        out.append("\nInnermost frame in cn.ecodispatch / org.camunda / org.hibernate / org.postgresql / "
                + "org.apache.ibatis / com.fasterxml / org.springframework (self time), top 15:\n\n"
                + "| frame | share |\n|---|---:|\n");
        top(p.leaves(), 15).forEach((m, n) -> out.append("| `").append(m).append("` | ").append(pct(n, p))
                .append(" |\n"));
    }

    private static String pct(long n, SampledProfile.Summary p) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * n / Math.max(1, p.samples()));
    }

    private static Map<String, Long> top(Map<String, Long> counts, int n) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }
}
