package cn.ecodispatch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;

/**
 * The whole application on an embedded PostgreSQL, served on a random port, with process test coverage
 * recorded; one context shared by all tests. camunda-bpm-assert is bound to its engine and the clock is reset after
 * each test ({@link ScenarioLifecycle}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({EmbeddedPostgresConfig.class, ProcessEngineCoverageConfiguration.class})
@ExtendWith(ScenarioLifecycle.class)
@ActiveProfiles("test")
public @interface EcoDispatchTest {
}
