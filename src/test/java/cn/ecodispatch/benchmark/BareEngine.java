package cn.ecodispatch.benchmark;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The bare Camunda engine the application is compared with: a plain {@link StandaloneProcessEngineConfiguration} on
 * its own database of the same PostgreSQL server, with what the application's engine has that costs per call —
 * history FULL, UUID ids, the Spin JSON variables, a Hikari pool of 10 — and none of the application (no listeners,
 * no delegates, no authorization, no domain tables). Its processes are built with the BPMN Model API: one user task
 * (the report sent out) and three user tasks in a row (fill, sign-off, approve). With authorization on, it is the
 * same engine with Camunda's authorization checks: each step signed in as a member of the task's candidate group,
 * whose grant on the task the engine writes itself (its default authorization provider) — the share of the
 * application's cost that is the engine's own authorization.
 */
final class BareEngine implements AutoCloseable {

    static final String ONE_TASK = "bare-one-task";
    static final String THREE_TASKS = "bare-report";
    static final List<String> STEPS = List.of("fill", "signOff", "approve");
    /** The candidate group of each step. */
    private static final List<String> GROUPS = List.of("unit", "leaders", "office");

    private final HikariDataSource dataSource;
    private final boolean authorization;
    final ProcessEngine engine;

    BareEngine(String jdbcUrl) {
        this(jdbcUrl, false);
    }

    BareEngine(String jdbcUrl, boolean authorization) {
        this.authorization = authorization;
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(authorization ? "bench-bare-authorized" : "bench-bare");
        configuration.setAuthorizationEnabled(authorization);
        configuration.setDataSource(StatementCount.counting(dataSource));
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory("full");
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(false);
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bare")
                .addModelInstance(ONE_TASK + ".bpmn", oneTask())
                .addModelInstance(THREE_TASKS + ".bpmn", threeTasks())
                .deploy();
    }

    private static BpmnModelInstance oneTask() {
        return Bpmn.createExecutableProcess(ONE_TASK).camundaHistoryTimeToLive(365)
                .startEvent()
                .userTask("report").camundaCandidateGroups("unit")
                .endEvent().done();
    }

    private static BpmnModelInstance threeTasks() {
        return Bpmn.createExecutableProcess(THREE_TASKS).camundaHistoryTimeToLive(365)
                .startEvent()
                .userTask(STEPS.get(0)).camundaCandidateGroups(GROUPS.get(0))
                .userTask(STEPS.get(1)).camundaCandidateGroups(GROUPS.get(1))
                .userTask(STEPS.get(2)).camundaCandidateGroups(GROUPS.get(2))
                .endEvent().done();
    }

    /**
     * Starts {@code count} one-task instances one after the other on the calling thread, each in its own
     * transaction, with as many variables as the application's report instance gets.
     */
    long startOneTaskInstances(String prefix, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            engine.getRuntimeService().startProcessInstanceByKey(ONE_TASK, prefix + ":" + i,
                    Map.of("cycleId", 1L, "reportId", (long) i, "unitCode", "unit" + i, "period", prefix,
                            "dueAt", new Date()));
        }
        return System.nanoTime() - start;
    }

    List<String> startReports(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(engine.getRuntimeService().startProcessInstanceByKey(THREE_TASKS, prefix + ":" + i,
                    Map.of("cycleId", 1L, "reportId", (long) i, "unitCode", "unit" + i, "period", prefix,
                            "dueAt", new Date())).getId());
        }
        return ids;
    }

    /**
     * One whole report as the application's is done: for each of the three tasks, its form opened as Tasklist opens
     * any form (the task found, its form variables read), then the task found again and completed — the fill with
     * the application's report form variables. Per step, the time of finding the task and completing it.
     */
    void completeReport(String instanceId, Supplier<Map<String, Object>> fillForm, Timings[] perStep) {
        TaskService tasks = engine.getTaskService();
        List<Map<String, Object>> forms = List.of(fillForm.get(), Map.of("signOffDecision", "SIGNED"),
                Map.of("reviewOutcome", "APPROVED"));
        for (int step = 0; step < 3; step++) {
            if (authorization) {
                engine.getIdentityService().setAuthentication("bench-" + GROUPS.get(step), List.of(GROUPS.get(step)));
            }
            try {
                engine.getFormService().getTaskFormVariables(task(instanceId, step).getId(), null, false);
                long start = System.nanoTime();
                tasks.complete(task(instanceId, step).getId(), forms.get(step));
                perStep[step].add(System.nanoTime() - start);
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        }
    }

    private Task task(String instanceId, int step) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(STEPS.get(step)).singleResult();
    }

    /** Vacuums the database and brings its statistics up to date, as autovacuum does on a server that has been running. */
    void vacuumAndAnalyze() {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }
}
