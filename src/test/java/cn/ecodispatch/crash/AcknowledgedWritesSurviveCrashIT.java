package cn.ecodispatch.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.ecodispatch.packaged.ApplicationProcess;
import cn.ecodispatch.packaged.EcoApi;

/**
 * Acknowledged means kept: the packaged application is killed with SIGKILL while 8 units' reporters upload
 * evidence files concurrently; after a restart on the same database every upload that was answered 2xx is there,
 * whole, and only once.
 */
class AcknowledgedWritesSurviveCrashIT {

    private static final List<String> UNITS = List.of("daying", "yuandian", "xizhangcun", "guanyintang", "zhangbian",
            "zhangwan", "caiyuan", "zhangmao");
    private static final Duration WRITING = Duration.ofSeconds(5);

    @ParameterizedTest(name = "{0}")
    @EnumSource(CrashDatabase.class)
    void every_acknowledged_upload_survives_kill_9(CrashDatabase database, @TempDir Path home) throws Exception {
        Path jar = ApplicationProcess.jarUnderTest();
        Path logs = jar.resolveSibling("crash-test");
        try (CrashDatabase.Running running = database.open()) {
            AtomicBoolean stop = new AtomicBoolean();
            List<EvidenceWriter> writers;
            try (ApplicationProcess application = ApplicationProcess.start(jar, running, home,
                    logs.resolve(database + "-1-killed.log"))) {
                writers = writersOnOpenMonth(application.api(), stop);
                writeUntilKilled(writers, stop, application);
            }
            int acknowledged = writers.stream().mapToInt(w -> w.acknowledged().size()).sum();
            int unanswered = writers.stream().mapToInt(EvidenceWriter::unanswered).sum();
            System.out.printf("%s: %d uploads acknowledged, %d cut off by kill -9%n", database, acknowledged,
                    unanswered);
            assertThat(writers.stream().flatMap(w -> w.refused().stream())).as("崩溃前的写入不应被拒绝").isEmpty();
            assertThat(acknowledged).as("崩溃前应已确认足够多的写入").isGreaterThan(100);
            assertThat(unanswered).as("应在写入进行中被杀死").isPositive();
            try (ApplicationProcess application = ApplicationProcess.start(jar, running, home,
                    logs.resolve(database + "-2-restarted.log"))) {
                assertThat(new SurvivalCheck(application.api()).problemsAfterCrash(writers)).isEmpty();
            }
        }
    }

    /**
     * Opens next month's cycle, in which nothing falls due during the test whatever today's date (this month's
     * reports are overdue after the 5th, its cycle closes on the 20th); one writer per unit gets the unit's report
     * and its first work item.
     */
    private static List<EvidenceWriter> writersOnOpenMonth(EcoApi api, AtomicBoolean stop)
            throws InterruptedException {
        YearMonth period = YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1);
        api.openCycle(period);
        Map<String, Long> reports = api.reportIdsByUnit(period);
        for (Instant deadline = Instant.now().plusSeconds(60); !reports.keySet().containsAll(UNITS); ) {
            assertThat(Instant.now()).as("各单位报送未在 60 秒内生成").isBefore(deadline);
            Thread.sleep(500);
            reports = api.reportIdsByUnit(period);
        }
        List<EvidenceWriter> writers = new ArrayList<>();
        for (int i = 0; i < UNITS.size(); i++) {
            String reporter = UNITS.get(i) + "-reporter";
            long reportId = reports.get(UNITS.get(i));
            writers.add(new EvidenceWriter(i + 1, reporter, reportId, api.firstWorkItemOf(reporter, reportId), api,
                    stop));
        }
        return writers;
    }

    private static void writeUntilKilled(List<EvidenceWriter> writers, AtomicBoolean stop,
            ApplicationProcess application) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(writers.size());
        writers.forEach(threads::execute);
        Thread.sleep(WRITING.toMillis());
        application.kill();
        stop.set(true);
        threads.shutdown();
        assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).as("写入线程应在崩溃后结束").isTrue();
    }
}
