package cn.ecodispatch.processes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Run by the build after all tests (verify phase): joins the coverage reports of every test class under
 * target/process-test-coverage and fails the build if any process has less than 90 % of its flow nodes and
 * sequence flows covered. Writes the per-process figures to target/process-test-coverage/summary.txt.
 */
public final class ProcessCoverageFloor {

    static final double FLOOR = 0.90;
    static final List<String> PROCESSES = List.of("monthly-dispatch", "unit-monthly-report", "rectification",
            "accountability", "monthly-bulletin");

    private ProcessCoverageFloor() {
    }

    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args.length > 0 ? args[0] : "target/process-test-coverage");
        Map<String, Integer> totals = new HashMap<>();
        Map<String, Set<String>> covered = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
                JsonNode report = json.readTree(file.toFile());
                report.path("models").forEach(m -> totals.put(m.get("key").asText(), m.get("totalElementCount").asInt()));
                report.path("suites").forEach(suite -> suite.path("runs").forEach(run -> run.path("events")
                        .forEach(event -> covered.computeIfAbsent(event.get("modelKey").asText(), k -> new HashSet<>())
                                .add(event.get("definitionKey").asText()))));
            }
        }
        Map<String, Double> coverage = new TreeMap<>();
        for (String process : PROCESSES) {
            int total = totals.getOrDefault(process, 0);
            coverage.put(process, total == 0 ? 0 : (double) covered.getOrDefault(process, Set.of()).size() / total);
        }
        StringBuilder summary = new StringBuilder("流程测试覆盖率（流程节点与顺序流）：\n");
        coverage.forEach((process, value) -> summary.append(String.format("  %-22s %5.1f %%%n", process, value * 100)));
        Files.writeString(reports.resolve("summary.txt"), summary);
        System.out.print(summary);
        List<String> below = coverage.entrySet().stream().filter(e -> e.getValue() < FLOOR).map(Map.Entry::getKey).toList();
        if (!below.isEmpty()) {
            throw new IllegalStateException("流程测试覆盖率低于 90 %：" + below);
        }
    }
}
