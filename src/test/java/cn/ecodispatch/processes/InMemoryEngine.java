package cn.ecodispatch.processes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A process engine of its own on an in-memory H2 database, without Spring and without a job executor (a test runs
 * due jobs itself), for routing tests of the processes: registered as a JUnit extension
 * ({@code @RegisterExtension static final InMemoryEngine ENGINE = InMemoryEngine.deploying(..)}), it starts before
 * the class's tests, binds camunda-bpm-assert to itself around each test, forgets the test's mocks (and puts back the
 * engine's clock, should the test have moved it with {@code ClockUtil}) after it and closes after the class. The
 * beans a BPMN names ({@code ${closeReportDelegate}}) are whatever the test registered under that name with
 * {@code Mocks.register}; a bean the engine needs already when it deploys (the expression of a timer start,
 * {@code ${dispatchSchedule.cron}}) is given with {@link #withBean} and stays registered for every test.
 */
public final class InMemoryEngine implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private final String[] processFiles;
    private final Map<String, Object> beans = new LinkedHashMap<>();
    private ProcessEngine engine;

    private InMemoryEngine(String[] processFiles) {
        this.processFiles = processFiles;
    }

    /** @param processFiles files of processes/, e.g. unit-monthly-report.bpmn */
    public static InMemoryEngine deploying(String... processFiles) {
        return new InMemoryEngine(processFiles);
    }

    /** A bean the deployment itself resolves (a timer start's cycle), registered before deploying and for each test. */
    public InMemoryEngine withBean(String name, Object bean) {
        beans.put(name, bean);
        return this;
    }

    public ProcessEngine engine() {
        return engine;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        registerBeans();
        engine = start(processFiles);
        Mocks.reset();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        registerBeans();
        AbstractAssertions.init(engine);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
        Mocks.reset();
        AbstractAssertions.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        engine.close();
    }

    private void registerBeans() {
        beans.forEach(Mocks::register);
    }

    private static ProcessEngine start(String... processFiles) {
        String name = "routing-" + UUID.randomUUID();
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name)
                .setJdbcUrl("jdbc:h2:mem:" + name)
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setExpressionManager(new MockExpressionManager());
        ProcessEngine engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(name);
        for (String file : processFiles) {
            deployment.addInputStream(file, read(Path.of("processes", file)));
        }
        deployment.deploy();
        return engine;
    }

    private static InputStream read(Path file) {
        try {
            return new ByteArrayInputStream(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
