package cn.ecodispatch.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder sampling profile of the benchmark's client threads (the threads that fill, sign and
 * approve reports; the engine and the listeners run on them). Both JFR samplers are read: jdk.ExecutionSample (the
 * thread running Java code) and jdk.NativeMethodSample (the thread in native code — mostly waiting for PostgreSQL
 * on the socket), so the shares approximate where the client's wall-clock time goes.
 */
final class SampledProfile {

    /** A cost bucket: a share of samples whose stack holds a frame matching the predicate. */
    record Bucket(String label, Predicate<String> frame) {
    }

    static final List<Bucket> BUCKETS = List.of(
            new Bucket("PostgreSQL JDBC driver (statements and waiting for the database)",
                    f -> f.startsWith("org.postgresql.")),
            new Bucket("MyBatis (Camunda's SQL mapping)", f -> f.startsWith("org.apache.ibatis.")),
            new Bucket("Camunda DbSqlSession.flush (engine's INSERT/UPDATE/DELETE at commit)",
                    f -> f.startsWith("org.camunda.bpm.engine.impl.db.sql.DbSqlSession.flush")
                            || f.startsWith("org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager.flush")),
            new Bucket("Camunda history events (HistoryEventProducer/handler)",
                    f -> f.startsWith("org.camunda.bpm.engine.impl.history.")),
            new Bucket("Camunda authorization checks", f -> f.contains(".AuthorizationManager.")),
            new Bucket("Camunda loading every group id that has an authorization, once per command "
                    + "(AuthorizationManager.getAllGroups: SELECT distinct GROUP_ID_ FROM ACT_RU_AUTHORIZATION)",
                    f -> f.equals("org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager.getAllGroups")),
            new Bucket("Hibernate (the domain's JPA)", f -> f.startsWith("org.hibernate.")),
            new Bucket("Hibernate flush (dirty checking, SQL of the domain), at commit or before a query",
                    f -> f.startsWith("org.hibernate.event.internal.AbstractFlushingEventListener")
                            || f.startsWith("org.hibernate.event.internal.DefaultFlushEventListener")
                            || f.startsWith("org.hibernate.event.internal.DefaultAutoFlushEventListener")),
            new Bucket("Hibernate auto-flush before a query (dirty checking of the persistence context)",
                    f -> f.startsWith("org.hibernate.event.internal.DefaultAutoFlushEventListener")),
            new Bucket("Spin / Jackson (JSON variables)",
                    f -> f.startsWith("org.camunda.spin.") || f.startsWith("com.fasterxml.jackson.")),
            // FormsBuiltOnOpening's interceptor is on the stack of every engine command, doing nothing but for a
            // form's opening (its work shows as FormsBuiltOnOpening.addBuiltValues and the forms it calls).
            new Bucket("The application's code (cn.ecodispatch, listeners and services)",
                    f -> f.startsWith("cn.ecodispatch.") && !f.startsWith("cn.ecodispatch.benchmark.")
                            && !f.startsWith("cn.ecodispatch.MonthScenario")
                            && !f.startsWith("cn.ecodispatch.shared.FormsBuiltOnOpening$")));

    private final Path file;
    private Recording recording;

    SampledProfile(Path file) {
        this.file = file;
    }

    void start() {
        recording = new Recording(); // the two samplers only: no allocation, lock or I/O events to slow the run
        recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
        recording.enable("jdk.NativeMethodSample").withPeriod(java.time.Duration.ofMillis(10));
        recording.start();
    }

    void stop() throws IOException {
        recording.stop();
        java.nio.file.Files.createDirectories(file.getParent());
        recording.dump(file);
        recording.close();
    }

    record Summary(long samples, Map<String, Long> buckets, Map<String, Long> appMethods, Map<String, Long> leaves,
            Map<String, Long> databaseWaitBy) {
    }

    /** Summarises the samples of threads whose name starts with the prefix. */
    Summary summarise(String threadPrefix) throws IOException {
        long samples = 0;
        Map<String, Long> buckets = new HashMap<>();
        Map<String, Long> appMethods = new HashMap<>();
        Map<String, Long> leaves = new HashMap<>();
        Map<String, Long> databaseWaitBy = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            if (!type.equals("jdk.ExecutionSample") && !type.equals("jdk.NativeMethodSample")) {
                continue;
            }
            RecordedThread thread = event.getThread("sampledThread");
            RecordedStackTrace stack = event.getStackTrace();
            if (thread == null || stack == null || thread.getJavaName() == null
                    || !thread.getJavaName().startsWith(threadPrefix)) {
                continue;
            }
            samples++;
            List<String> frames = stack.getFrames().stream().filter(RecordedFrame::isJavaFrame)
                    .map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName()).toList();
            Set<String> distinct = new LinkedHashSet<>(frames);
            for (Bucket bucket : BUCKETS) {
                if (distinct.stream().anyMatch(bucket.frame())) {
                    buckets.merge(bucket.label(), 1L, Long::sum);
                }
            }
            Predicate<String> app = BUCKETS.get(BUCKETS.size() - 1).frame();
            distinct.stream().filter(app).forEach(m -> appMethods.merge(m, 1L, Long::sum));
            frames.stream().filter(SampledProfile::isLibraryFrame).findFirst()
                    .ifPresent(leaf -> leaves.merge(leaf, 1L, Long::sum));
            if (frames.stream().anyMatch(f -> f.startsWith("org.postgresql."))) {
                String cause = frames.stream().filter(app).findFirst().orElse("(the engine itself, no application frame)");
                databaseWaitBy.merge(cause, 1L, Long::sum);
            }
        }
        return new Summary(samples, buckets, appMethods, leaves, databaseWaitBy);
    }

    private static boolean isLibraryFrame(String frame) {
        return frame.startsWith("cn.ecodispatch.") || frame.startsWith("org.camunda.") || frame.startsWith("org.hibernate.")
                || frame.startsWith("org.postgresql.") || frame.startsWith("org.apache.ibatis.")
                || frame.startsWith("com.fasterxml.") || frame.startsWith("org.springframework.");
    }
}
