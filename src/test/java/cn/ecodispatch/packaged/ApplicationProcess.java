package cn.ecodispatch.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.web.client.RestClientException;

/**
 * The packaged application running as a child process (java -jar), as in production: its own JVM, which the test
 * can kill with SIGKILL. Its output goes to a log file, not to the build's console. Used by the tests that run
 * after `package` through Failsafe (*IT): the crash test and the browser test.
 */
public final class ApplicationProcess implements AutoCloseable {

    /** Set by the build (failsafe): the jar that `package` has just built. */
    public static final String JAR_PROPERTY = "eco.application.jar";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** IdentityProvisioner's line at the end of start-up. */
    private static final String IDENTITY_READY = "身份与权限已就绪";

    /**
     * How the application reaches its database: environment variables and command-line arguments. Nothing (empty
     * maps) is the default profile as shipped: an H2 file database under ./data of the working directory.
     */
    public interface Settings {
        Map<String, String> environment();

        List<String> arguments();
    }

    /** The default profile as shipped, with the demo accounts: H2 under ./data of the working directory. */
    public static final Settings DEFAULT_PROFILE = new Settings() {
        @Override
        public Map<String, String> environment() {
            return Map.of();
        }

        @Override
        public List<String> arguments() {
            return List.of();
        }
    };

    private final Process process;
    private final Path log;
    private final URI baseUri;
    private final EcoApi api;

    private ApplicationProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.baseUri = URI.create("http://localhost:" + port);
        this.api = new EcoApi(baseUri);
    }

    /** The jar under test, as the build names it; fails clearly when the test was not started by Failsafe. */
    public static Path jarUnderTest() {
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar == null) {
            throw new IllegalStateException("缺少系统属性 " + JAR_PROPERTY + "（应用 jar 的路径）：请用 mvn verify 运行");
        }
        return Path.of(jar);
    }

    /** Starts the jar on the given database, in the given working directory, and waits until it serves /api. */
    public static ApplicationProcess start(Path jar, Settings database, Path workingDirectory, Path log)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8", "-Xmx512m",
                // A test's application lives for minutes: the quick compiler alone starts it sooner and leaves the
                // second core to the test and the browser, as does the serial collector.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(database.arguments());
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        // The application is configured only by what the test gives it, not by the developer's shell.
        environment.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("ECO_")
                || name.equals("PORT"));
        environment.putAll(database.environment());
        ApplicationProcess application = new ApplicationProcess(builder.start(), log, port);
        application.awaitReady();
        return application;
    }

    public EcoApi api() {
        return api;
    }

    /** Where the application answers, e.g. http://localhost:41234. */
    public URI baseUri() {
        return baseUri;
    }

    /** The application's log file. */
    public Path log() {
        return log;
    }

    /** kill -9: no shutdown hook, no flush, no closing of connections. */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops a still running application the normal way (SIGTERM). */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!answers()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("应用启动失败，退出码 " + process.exitValue() + "，见日志 " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                kill();
                throw new IllegalStateException("应用 " + START_TIMEOUT.toSeconds() + " 秒内未就绪，见日志 " + log);
            }
            Thread.sleep(500);
        }
    }

    /**
     * Ready once the start-up has created the accounts (its log line says so) and office1 is served. Asking with a
     * password before the accounts exist would count as failed logins and get office1 throttled.
     */
    private boolean answers() {
        try {
            return Files.readString(log).contains(IDENTITY_READY) && api.isReady();
        } catch (IOException | RestClientException notYet) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
