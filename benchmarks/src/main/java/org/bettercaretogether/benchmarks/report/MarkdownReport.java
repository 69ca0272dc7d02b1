package org.bettercaretogether.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bettercaretogether.benchmarks.load.Measurement;

/**
 * A run's report as markdown, ready to paste into the README's "Performance" section, and printed on the terminal
 * as it is: what it ran on, the throughput of each request against its baseline at each size, the single-request
 * latencies across sizes, and the service as a whole (time in GC, heap, restart).
 */
public final class MarkdownReport {

    private static final Locale NUMBERS = Locale.UK;

    private MarkdownReport() {
    }

    public static String render(RunReport report) {
        StringBuilder out = new StringBuilder();
        out.append(heading(report)).append('\n');
        for (SizeReport size : report.sizes()) {
            if (!size.throughput().isEmpty()) {
                out.append('\n').append(throughput(size));
            }
        }
        if (!report.sizes().isEmpty()) {
            out.append('\n').append(latencies(report.sizes()));
        }
        out.append('\n').append(service(report));
        if (!report.notes().isEmpty()) {
            out.append('\n');
            report.notes().forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.toString();
    }

    public static String heading(RunReport report) {
        Machine machine = report.machine();
        RunSettings settings = report.settings();
        return String.format(NUMBERS, """
                Measured %s at commit `%s`%s on %d cores (%s), %s of memory, %s; %s; PostgreSQL %s (%s).
                Throughput: a closed loop of %d connections, %d s per measurement after a %d s warm-up, %d round(s) \
                alternating the service and the baseline (Javalin + HikariCP + JDBC on the same database and JDK, both \
                with -Xmx256m). Single requests: %d timed one at a time after %d untimed (at most %d s per address once \
                it has 5), after the service was warmed up for %d s on all of them; times in ms as p50 / p95 / max.
                """, machine.date(), machine.commit(), machine.uncommittedChanges() ? " (with uncommitted changes)" : "",
                machine.cores(), machine.cpu(), bytes(machine.memoryBytes()), machine.os(), machine.jdk(),
                machine.postgres(), settings.database(), settings.connections(), settings.seconds(),
                settings.warmUpSeconds(), settings.rounds(), settings.samples(), settings.warmUps(),
                settings.sampleBudgetSeconds(), settings.serviceWarmUpSeconds());
    }

    public static String throughput(SizeReport size) {
        var table = new MarkdownTable("request", "req/s", "p50", "p95", "p99", "errors", "baseline", "req/s", "p50",
                "p95", "p99", "errors", "ratio", "target", "");
        List<String> failures = new ArrayList<>();
        for (ThroughputRow row : size.throughput()) {
            table.row(row.request(), rates(row.serviceRounds()), millis(row.service().millis().p50()),
                    millis(row.service().millis().p95()), millis(row.service().millis().p99()), failed(row.service()),
                    row.baselineRequest(), rates(row.baselineRounds()), millis(row.baseline().millis().p50()),
                    millis(row.baseline().millis().p95()), millis(row.baseline().millis().p99()),
                    failed(row.baseline()), String.format(Locale.ROOT, "%.2f×", row.ratio()), row.target().cell(),
                    row.verdict().cell());
            describeFailures(row.request(), row.service(), failures);
            describeFailures(row.baselineRequest() + " (baseline)", row.baseline(), failures);
        }
        StringBuilder out = new StringBuilder("Throughput at " + count(size.sampleViews()) + " views ("
                + count(size.storedViews()) + " stored when measured):\n\n").append(table.render());
        failures.forEach(failure -> out.append("\n- ").append(failure));
        return failures.isEmpty() ? out.toString() : out.append('\n').toString();
    }

    public static String latencies(List<SizeReport> sizes) {
        List<String> header = new ArrayList<>(List.of("request"));
        sizes.forEach(size -> header.add(count(size.sampleViews()) + " views"));
        header.addAll(List.of("growth", "target", "at " + count(sizes.getLast().sampleViews())));
        var table = new MarkdownTable(header.toArray(String[]::new));
        Map<String, List<LatencyRow>> byLabel = new LinkedHashMap<>();
        for (SizeReport size : sizes) {
            for (LatencyRow row : size.latencies()) {
                byLabel.computeIfAbsent(row.label(), label -> new ArrayList<>(sizes.size()));
            }
        }
        for (String label : byLabel.keySet()) {
            List<String> cells = new ArrayList<>(List.of(label));
            LatencyRow last = null;
            for (SizeReport size : sizes) {
                LatencyRow row = size.latencies().stream().filter(candidate -> candidate.label().equals(label))
                        .findFirst().orElse(null);
                cells.add(row == null ? "—" : latency(row));
                last = row;
            }
            cells.add(last == null || last.growth() == null ? "" : String.format(Locale.ROOT, "%.1f×", last.growth()));
            cells.add(last == null ? "" : last.target().description());
            cells.add(last == null ? "not measured" : last.verdict().cell());
            table.row(cells.toArray(String[]::new));
        }
        return "Single requests (ms: p50 / p95 / max):\n\n" + table.render();
    }

    public static String service(RunReport report) {
        var table = new MarkdownTable("the service as a whole", "figure", "target", "");
        GcFigures gc = report.gc();
        if (gc != null) {
            table.row("time in GC pauses (-Xmx256m), whole run",
                    String.format(Locale.ROOT, "%.2f %% of %s s (%.2f %% under load), %s collections",
                            gc.share() * 100, count(Math.round(gc.recordedSeconds())), gc.shareUnderLoad() * 100,
                            count(gc.collections())), "< 5 %", gc.verdict().cell());
            table.row("heap in use after GC", bytes(gc.heapUsedAfterLastGc()) + " after the last collection, "
                    + bytes(gc.maxHeapUsedAfterGc()) + " at most", "", "");
        } else {
            table.row("time in GC pauses (-Xmx256m), whole run", "not measured", "< 5 %", "");
        }
        RestartFigures restart = report.restart();
        if (restart != null) {
            table.row("restart at " + count(restart.views()) + " views: process start to /health/ready 200",
                    String.format(Locale.ROOT, "%.2f s", restart.seconds()), "< 3 s", restart.verdict().cell());
        } else {
            table.row("restart on existing data", "not measured", "< 3 s", "");
        }
        String loads = report.sizes().stream().map(size -> count(size.sampleViews()) + " in "
                + String.format(Locale.ROOT, "%.1f s", size.loadSeconds())).collect(Collectors.joining("; "));
        if (!loads.isEmpty()) {
            table.row("sample-data, to reach each size", loads, "", "");
        }
        return table.render();
    }

    private static String latency(LatencyRow row) {
        Measurement measured = row.measurement();
        String cell = millis(measured.millis().p50()) + " / " + millis(measured.millis().p95()) + " / "
                + millis(measured.millis().max());
        if (!measured.clean()) {
            cell += " (" + measured.failed() + " failed: " + String.join(", ", measured.failuresSorted().keySet()) + ")";
        }
        return row.note() == null ? cell : cell + " (" + row.note() + ")";
    }

    private static void describeFailures(String request, Measurement measured, List<String> into) {
        if (!measured.clean()) {
            into.add(request + ": " + measured.failuresSorted().entrySet().stream()
                    .map(failure -> failure.getKey() + " ×" + count(failure.getValue()))
                    .collect(Collectors.joining(", ")));
        }
    }

    /** The rate of each round: "536–693", or one figure for one round. */
    private static String rates(List<Measurement> rounds) {
        double low = rounds.stream().mapToDouble(Measurement::requestsPerSecond).min().orElse(0);
        double high = rounds.stream().mapToDouble(Measurement::requestsPerSecond).max().orElse(0);
        return Math.round(low) == Math.round(high) ? count(Math.round(low))
                : count(Math.round(low)) + "–" + count(Math.round(high));
    }

    private static String failed(Measurement measured) {
        return count(measured.failed());
    }

    /** Milliseconds as the report writes them: one decimal under 100 ms, whole ones above. */
    public static String millis(double millis) {
        return millis < 100 ? String.format(Locale.ROOT, "%.1f", millis) : String.format(NUMBERS, "%,.0f", millis);
    }

    /** A count with its thousands grouped, such as "1,000,000". */
    public static String count(long count) {
        return String.format(NUMBERS, "%,d", count);
    }

    static String bytes(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%.0f MiB", bytes / (double) (1L << 20));
    }
}
