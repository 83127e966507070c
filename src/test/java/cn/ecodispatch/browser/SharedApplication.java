package cn.ecodispatch.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import cn.ecodispatch.packaged.ApplicationProcess;

/**
 * The packaged jar, started once for all browser tests of a run (a start takes about 20 s): the default profile on
 * a fresh H2 database under target/browser-test/app, with the demo accounts; its log is
 * target/browser-test/application.log. It is stopped (SIGTERM) when the test JVM exits. The tests share it as the
 * district's people would, so each works in a month of its own.
 */
final class SharedApplication {

    private static ApplicationProcess running;

    private SharedApplication() {
    }

    static synchronized ApplicationProcess running() throws IOException, InterruptedException {
        if (running == null) {
            Path directory = ApplicationProcess.jarUnderTest().resolveSibling("browser-test");
            running = ApplicationProcess.start(ApplicationProcess.jarUnderTest(), ApplicationProcess.DEFAULT_PROFILE,
                    emptied(directory.resolve("app")), directory.resolve("application.log"));
            ApplicationProcess application = running;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    application.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        return running;
    }

    /** An earlier run's database would not be fresh. */
    private static Path emptied(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(directory);
    }
}
