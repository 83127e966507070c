package cn.ecodispatch.crash;

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
 * can kill with SIGKILL. Its output goes to a log file, not to the build's console.
 */
final class ApplicationProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** IdentityProvisioner's line at the end of start-up. */
    private static final String IDENTITY_READY = "身份与权限已就绪";

    private final Process process;
    private final Path log;
    private final EcoApi api;

    private ApplicationProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.api = new EcoApi(URI.create("http://localhost:" + port));
    }

    /** Starts the jar on the given database, in the given working directory, and waits until it serves /api. */
    static ApplicationProcess start(Path jar, CrashDatabase.Running database, Path workingDirectory, Path log)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8", "-Xmx512m",
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

    EcoApi api() {
        return api;
    }

    /** kill -9: no shutdown hook, no flush, no closing of connections. */
    void kill() throws InterruptedException {
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
