package cn.ecodispatch.processes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * A process engine of its own on an in-memory H2 database, without Spring and without a job executor (a test runs
 * due jobs itself), for routing tests of the processes. The beans a BPMN names ({@code ${closeReportDelegate}})
 * are whatever the test registered under that name with {@code Mocks.register}.
 */
public final class InMemoryEngine {

    private InMemoryEngine() {
    }

    /** @param processFiles files of processes/, e.g. unit-monthly-report.bpmn */
    public static ProcessEngine deploying(String... processFiles) {
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
