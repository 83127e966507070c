package cn.ecodispatch.crash;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import cn.ecodispatch.packaged.ApplicationProcess;

/** The databases the application must keep acknowledged writes in. Each outlives the application it serves. */
enum CrashDatabase {

    /**
     * A real PostgreSQL 17 server in the test's JVM, used through the production profile. That profile creates no
     * accounts but the administrator; the demo accounts are switched on so that the units' reporters can write.
     */
    POSTGRESQL {
        @Override
        Running open() throws IOException {
            // Zonky turns synchronous_commit off for speed; a production server has it on.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
            return new Running(
                    Map.of("SPRING_PROFILES_ACTIVE", "postgres", "ECO_DB_HOST", "localhost",
                            "ECO_DB_PORT", Integer.toString(postgres.getPort()), "ECO_DB_NAME", "postgres",
                            "ECO_DB_USER", "postgres", "ECO_ADMIN_PASSWORD", "crash-test-admin"),
                    List.of("--eco.identity.demo-users=true"), postgres);
        }
    },

    /** The default profile exactly as shipped: its H2 file database under ./data of the working directory. */
    H2_FILE {
        @Override
        Running open() {
            return new Running(Map.of(), List.of(), () -> { });
        }
    };

    /** How the application reaches the database (environment and command-line arguments), and its server. */
    record Running(Map<String, String> environment, List<String> arguments, AutoCloseable server)
            implements ApplicationProcess.Settings, AutoCloseable {
        @Override
        public void close() throws Exception {
            server.close();
        }
    }

    abstract Running open() throws IOException;
}
