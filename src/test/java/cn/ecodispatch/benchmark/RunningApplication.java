package cn.ecodispatch.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.ecodispatch.EcoDispatchApplication;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.dispatch.DispatchService;
import cn.ecodispatch.dispatch.MonthlyDispatchProcess;
import cn.ecodispatch.report.UnitMonthlyReportProcess;
import cn.ecodispatch.shared.Period;

/**
 * The whole application (profile test: demo accounts with password "demo"), started in this JVM on a database of
 * the benchmark's PostgreSQL, with its job executor running and its web server on a free port.
 */
final class RunningApplication implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final long startNanos;
    final ProcessEngine engine;
    final JdbcTemplate jdbc;
    private final Map<String, List<String>> groupsOf = new java.util.concurrent.ConcurrentHashMap<>();
    /** Completions the engine refused with an OptimisticLockingException (and the client tried again). */
    final java.util.concurrent.atomic.AtomicInteger conflicts = new java.util.concurrent.atomic.AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RunningApplication(ConfigurableApplicationContext context, long startNanos) {
        this.context = context;
        this.startNanos = startNanos;
        this.engine = context.getBean(ProcessEngine.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /**
     * @param demoAccounts whether the start creates a reporter's and a leader's account for every unit (the demo
     *                     and test profiles do; production creates only the units' groups)
     */
    static RunningApplication start(String jdbcUrl, String engineName, boolean demoAccounts) {
        long start = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(EcoDispatchApplication.class)
                .profiles("test")
                .initializers(starting -> starting.getBeanFactory().addBeanPostProcessor(StatementCount.WRAPPING))
                .run("--spring.datasource.url=" + jdbcUrl,
                        "--eco.identity.demo-users=" + demoAccounts,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.hikari.maximum-pool-size=10",
                        "--camunda.bpm.process-engine-name=" + engineName,
                        "--camunda.bpm.job-execution.enabled=true",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
                        "--logging.level.cn.ecodispatch=WARN");
        return new RunningApplication(context, System.nanoTime() - start);
    }

    /** Heap in use after a full collection: what the started application keeps. */
    static long heapUsedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    JobExecutor jobExecutor() {
        return ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getJobExecutor();
    }

    List<String> groupsOf(String user) {
        return groupsOf.computeIfAbsent(user, u -> engine.getIdentityService().createGroupQuery().groupMember(u)
                .list().stream().map(Group::getId).toList());
    }

    /** Runs the action signed in as the user, as the REST API and Tasklist do for a request. */
    <T> T as(String user, Callable<T> action) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user, groupsOf(user));
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            identity.clearAuthentication();
        }
    }

    int reportingUnits() {
        return jdbc.queryForObject("select count(*) from eco_unit", Integer.class);
    }

    /** The office starts the month (as the month page's button does). */
    void startMonth(String period) {
        as("office1", () -> context.getBean(DispatchService.class).startOnDemand(Period.parse(period)));
    }

    long reportsOpened(String period) {
        return jdbc.queryForObject("select count(*) from eco_unit_report r join eco_dispatch_cycle c on c.id = r.cycle_id"
                + " where c.period = ?", Long.class, period);
    }

    Integer unitsToReport(String period) {
        List<Integer> units = jdbc.queryForList("select reporting_units from eco_dispatch_cycle where period = ?",
                Integer.class, period);
        return units.isEmpty() ? null : units.get(0);
    }

    long reportInstances(String period) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(UnitMonthlyReportProcess.KEY).processInstanceBusinessKeyLike(period + ":%")
                .count();
    }

    /** The month's dispatch instance has sent every batch and waits for the reports to close. */
    boolean dispatchWaiting(String period) {
        return engine.getRuntimeService().createExecutionQuery().processDefinitionKey("monthly-dispatch")
                .processInstanceBusinessKey(period).activityId(MonthlyDispatchProcess.Elements.GATEWAY_WAIT).count() > 0;
    }

    /** The month's reports of units whose reporter has an account, in the order they were opened. */
    List<String[]> reportsWithAccounts(String period) {
        java.util.Set<String> reporters = new java.util.HashSet<>(jdbc.queryForList(
                "select id_ from act_id_user where id_ like '%-reporter'", String.class));
        return reports(period).stream().filter(r -> reporters.contains(r[0] + "-reporter")).toList();
    }

    /** The month's reports: unit code and process instance, in the order they were opened. */
    List<String[]> reports(String period) {
        return jdbc.query("select u.code, r.process_instance_id from eco_unit_report r join eco_unit u on u.id = r.unit_id"
                + " join eco_dispatch_cycle c on c.id = r.cycle_id where c.period = ? order by r.id",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, period);
    }

    /**
     * One whole report as its people do it: the reporter loads the form and submits it filled, the leader opens the
     * form and signs, office1 opens it and approves — each signed in as themselves. Per step, the time of finding the task and completing it.
     *
     * @return the fill's variables, for the bare engine to complete its fill with the same
     */
    Map<String, Object> completeReport(String unitCode, String instanceId, Timings[] perStep) {
        return round(unitCode, instanceId, perStep, Map.of("reviewOutcome", "APPROVED"));
    }

    /**
     * The report's warm-up: the given number of rounds of fill, sign-off and review, the office returning it in each
     * round but the last, which approves it. The same code runs as in {@link #completeReport} (and the return's), on
     * a report that is then closed, so the JIT compiles it before anything is measured.
     *
     * @return the fill's variables of the last round
     */
    Map<String, Object> warmUp(String unitCode, String instanceId, int rounds) {
        returnRepeatedly(unitCode, instanceId, rounds - 1);
        return completeReport(unitCode, instanceId, new Timings[] {new Timings(), new Timings(), new Timings()});
    }

    /**
     * The first part of a report's warm-up: the given number of rounds of fill, sign-off and review, the office
     * returning it each time; the report stays open for {@link #warmUp} to finish.
     *
     * @return the fill's variables of the last round
     */
    Map<String, Object> returnRepeatedly(String unitCode, String instanceId, int rounds) {
        Timings[] ignored = {new Timings(), new Timings(), new Timings()};
        Map<String, Object> filled = null;
        for (int round = 0; round < rounds; round++) {
            filled = round(unitCode, instanceId, ignored,
                    Map.of("reviewOutcome", "RETURNED", "reviewReason", "预热：请补充"));
        }
        return filled;
    }

    private Map<String, Object> round(String unitCode, String instanceId, Timings[] perStep, Map<String, Object> review) {
        MonthScenario forms = context.getBean(MonthScenario.class);
        Map<String, Object> filled = as(unitCode + "-reporter", () -> forms.filledReport(engine.getTaskService()
                .createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(UnitMonthlyReportProcess.Elements.TASK_SUBMIT).singleResult(), "SUBMIT"));
        step(unitCode + "-reporter", instanceId, UnitMonthlyReportProcess.Elements.TASK_SUBMIT, copyOf(filled),
                perStep[0]);
        openForm(unitCode + "-leader", instanceId, UnitMonthlyReportProcess.Elements.TASK_SIGN_OFF);
        step(unitCode + "-leader", instanceId, UnitMonthlyReportProcess.Elements.TASK_SIGN_OFF,
                () -> Map.of("signOffDecision", "SIGNED"), perStep[1]);
        openForm("office1", instanceId, UnitMonthlyReportProcess.Elements.TASK_REVIEW);
        step("office1", instanceId, UnitMonthlyReportProcess.Elements.TASK_REVIEW,
                () -> review, perStep[2]);
        return filled;
    }

    /** The user opens the task's form, as Tasklist does before anyone can decide (the submitted report, read-only). */
    private void openForm(String user, String instanceId, String taskKey) {
        as(user, () -> engine.getFormService().getTaskFormVariables(engine.getTaskService().createTaskQuery()
                .processInstanceId(instanceId).taskDefinitionKey(taskKey).singleResult().getId(), null, false));
    }

    /**
     * Finds the task and completes it as the user; a completion refused by the engine's optimistic locking (another
     * transaction changed a row it updates) is tried again after a short pause, as a user would, and counted.
     */
    private void step(String user, String instanceId, String taskKey, Supplier<Map<String, Object>> form,
            Timings timings) {
        TaskService tasks = engine.getTaskService();
        long start = System.nanoTime();
        for (int attempt = 1;; attempt++) {
            try {
                as(user, () -> {
                    Task task = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey)
                            .singleResult();
                    tasks.complete(task.getId(), form.get());
                    return null;
                });
                break;
            } catch (OptimisticLockingException e) {
                conflicts.incrementAndGet();
                if (attempt == 20) {
                    throw e;
                }
                try {
                    // A short random pause, so that two clients that collided do not collide again at once.
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(10, 50L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        timings.add(System.nanoTime() - start);
    }

    /** A fresh copy of a filled form's variables (JSON values are recreated from their text). */
    static Supplier<Map<String, Object>> copyOf(Map<String, Object> form) {
        Map<String, String> json = new LinkedHashMap<>();
        Map<String, Object> plain = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (value instanceof JsonValue j) {
                json.put(name, j.getValueSerialized());
            } else {
                plain.put(name, value);
            }
        });
        return () -> {
            Map<String, Object> copy = new LinkedHashMap<>(plain);
            json.forEach((name, text) -> copy.put(name,
                    org.camunda.spin.plugin.variable.SpinValues.jsonValue(text).create()));
            return copy;
        };
    }

    /** Executes each month-complete check job left by closed reports, timing each. */
    Timings runMonthCompleteChecks() {
        ManagementService management = engine.getManagementService();
        Timings timings = new Timings();
        List<String> jobs = new ArrayList<>(management.createJobQuery()
                .activityId(UnitMonthlyReportProcess.Elements.TASK_CHECK_MONTH_COMPLETE).list().stream()
                .map(job -> job.getId()).toList());
        for (String job : jobs) {
            timings.add(Timings.time(() -> management.executeJob(job)));
        }
        return timings;
    }

    /** GET on the application's API with HTTP Basic; returns the body's length in bytes. */
    int get(String path, String user, String password) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").timeout(Duration.ofMinutes(2)).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body().length;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
