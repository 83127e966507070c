package cn.ecodispatch.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations in nanoseconds, summarised as milliseconds. */
final class Timings {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    void addAll(Timings other) {
        nanos.addAll(other.sorted());
    }

    int count() {
        return nanos.size();
    }

    private List<Long> sorted() {
        synchronized (nanos) {
            List<Long> copy = new ArrayList<>(nanos);
            Collections.sort(copy);
            return copy;
        }
    }

    /** Nearest-rank percentile in milliseconds; NaN when empty. */
    double percentileMs(double p) {
        List<Long> s = sorted();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * s.size());
        return s.get(Math.max(0, Math.min(s.size() - 1, rank - 1))) / 1e6;
    }

    double p50() {
        return percentileMs(50);
    }

    double p95() {
        return percentileMs(95);
    }

    double meanMs() {
        List<Long> s = sorted();
        return s.isEmpty() ? Double.NaN : s.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }

    static long time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }
}
