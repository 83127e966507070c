package cn.ecodispatch;

import java.io.IOException;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the tests, started from the binaries on the test classpath (no server to install).
 * Spring closes it after the engine; its own shutdown hook would stop it too early.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        // A test database need not survive a power cut: no waiting for the disk (Zonky already turns synchronous_commit
        // off; the crash test runs its own server with it on).
        return EmbeddedPostgres.builder().setRegisterShutdownHook(false).setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off").start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
