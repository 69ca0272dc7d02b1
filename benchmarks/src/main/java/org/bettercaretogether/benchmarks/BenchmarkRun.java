package org.bettercaretogether.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bettercaretogether.benchmarks.database.DatabaseAddress;
import org.bettercaretogether.benchmarks.database.EmbeddedPostgresServer;
import org.bettercaretogether.benchmarks.database.ExternalPostgresServer;
import org.bettercaretogether.benchmarks.database.PostgresServer;
import org.bettercaretogether.benchmarks.database.RunDatabase;
import org.bettercaretogether.benchmarks.http.HttpConnection;
import org.bettercaretogether.benchmarks.load.LatencyProbe;
import org.bettercaretogether.benchmarks.load.LoadGenerator;
import org.bettercaretogether.benchmarks.load.LoadResult;
import org.bettercaretogether.benchmarks.load.Measurement;
import org.bettercaretogether.benchmarks.load.RequestSource;
import org.bettercaretogether.benchmarks.process.BaselineProcess;
import org.bettercaretogether.benchmarks.process.SampleDataLoader;
import org.bettercaretogether.benchmarks.process.ServerProcess;
import org.bettercaretogether.benchmarks.process.ServiceProcess;
import org.bettercaretogether.benchmarks.process.StaffMember;
import org.bettercaretogether.benchmarks.process.Teardown;
import org.bettercaretogether.benchmarks.report.FlightRecording;
import org.bettercaretogether.benchmarks.report.GcFigures;
import org.bettercaretogether.benchmarks.report.JsonReport;
import org.bettercaretogether.benchmarks.report.LatencyRow;
import org.bettercaretogether.benchmarks.report.LatencyTarget;
import org.bettercaretogether.benchmarks.report.Machine;
import org.bettercaretogether.benchmarks.report.MachineSurvey;
import org.bettercaretogether.benchmarks.report.MarkdownReport;
import org.bettercaretogether.benchmarks.report.OneOffTargets;
import org.bettercaretogether.benchmarks.report.RestartFigures;
import org.bettercaretogether.benchmarks.report.RunReport;
import org.bettercaretogether.benchmarks.report.RunSettings;
import org.bettercaretogether.benchmarks.report.SizeReport;
import org.bettercaretogether.benchmarks.report.ThroughputRow;
import org.bettercaretogether.benchmarks.report.TimeWindow;
import org.bettercaretogether.benchmarks.scenario.Probe;
import org.bettercaretogether.benchmarks.scenario.PublicAddresses;
import org.bettercaretogether.benchmarks.scenario.ServiceDirectory;
import org.bettercaretogether.benchmarks.scenario.StaffLists;
import org.bettercaretogether.benchmarks.scenario.ThroughputPair;

/**
 * One run of the benchmark, start to end:
 * <ol>
 *   <li>starts PostgreSQL (the embedded one, or uses the one given) and creates a fresh database for the run;</li>
 *   <li>for each size, in increasing order, loads views with {@code bct sample-data} (appending the difference after
 *       the first), then times every public page and API list and the staff lists one request at a time, then
 *       drives the service and the baseline with the same closed loop, pair by pair, alternating, in rounds (the
 *       service and the baseline are started after the first load and keep running, as a server does while views
 *       accumulate; requests that store views are driven at the largest size only, last, so that the views they add
 *       do not change the sizes measured);</li>
 *   <li>stops the service, reads its flight recording for the time it spent in GC, and times a restart on the
 *       data of the largest size;</li>
 *   <li>writes the report as markdown and JSON (also after a failure, with what was measured), and stops every
 *       process it started.</li>
 * </ol>
 */
final class BenchmarkRun {

    /** Untimed single requests before the timed ones, per address. */
    static final int WARM_UPS = 5;
    /** A few workers, enough to keep both cores busy while the service warms up. */
    private static final int WARM_UP_CONNECTIONS = 4;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final RunSettings settings;
    private final Path root;
    private final Path target;
    private final Path serviceJar;
    private final Optional<DatabaseAddress> external;
    private final boolean keepDatabase;

    private final List<SizeReport> sizes = new ArrayList<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private final List<TimeWindow> serviceUnderLoad = new ArrayList<>();
    private Machine machine;
    private GcFigures gc;
    private RestartFigures restart;

    BenchmarkRun(RunSettings settings, Path root, Path target, Path serviceJar, Optional<DatabaseAddress> external,
                 boolean keepDatabase) {
        this.settings = settings;
        this.root = root;
        this.target = target;
        this.serviceJar = serviceJar;
        this.external = external;
        this.keepDatabase = keepDatabase;
    }

    void run() throws Exception {
        String stamp = LocalDateTime.now().format(STAMP);
        Path directory = Files.createDirectories(target.resolve("benchmark-runs").resolve(stamp));
        say("Benchmark run " + stamp + ": logs and results in " + directory);
        try (Teardown teardown = new Teardown()) {
            measure(teardown, directory, stamp);
        } catch (Exception | Error failure) {
            notes.add("The run failed: " + failure.getMessage());
            throw failure;
        } finally {
            if (machine != null) {
                try {
                    writeReport(directory);
                } catch (IOException | RuntimeException unwritten) {
                    System.err.println("The report could not be written: " + unwritten);
                }
            }
        }
    }

    private void measure(Teardown teardown, Path directory, String stamp) throws Exception {
        SampleDataLoader.requireCommand(serviceJar, directory, teardown);
        say("Starting PostgreSQL (" + settings.database() + ")");
        PostgresServer server = teardown.add("PostgreSQL", external.<PostgresServer>map(ExternalPostgresServer::new)
                .orElseGet(() -> EmbeddedPostgresServer.start(directory.resolve("postgres"))));
        RunDatabase database = RunDatabase.create(server, "bct_benchmark_" + stamp.replace('-', '_'));
        if (external.isPresent() && !keepDatabase) {
            teardown.add("the run's database", () -> database.drop());
        }
        say("Database " + database.name() + " on PostgreSQL " + database.serverVersion() + ", " + server.description());
        machine = MachineSurvey.describe(database.serverVersion(), root);

        var loader = new SampleDataLoader(serviceJar, database.address(), settings.seed(), directory, teardown);
        Path recording = directory.resolve("service.jfr");
        Path serviceData = directory.resolve("service-data");
        ServerProcess service = null;
        ServerProcess baseline = null;
        long loaded = 0;
        for (int step = 0; step < settings.views().size(); step++) {
            long views = settings.views().get(step);
            say("");
            say("== " + MarkdownReport.count(views) + " views: bct sample-data"
                    + (loaded == 0 ? "" : " --append (+" + MarkdownReport.count(views - loaded) + ")"));
            Duration load = loader.loadUpTo(views, loaded, step);
            loaded = views;
            say("   loaded in " + seconds(load));
            if (service == null) {
                // A first start writes the class cache that the restart reads, as on a server; the JVM records no
                // flight while it writes one, so the measured service is the second start.
                try (ServerProcess first = ServiceProcess.start(serviceJar, database.address(), serviceData,
                        ServiceProcess.Start.FIRST, Optional.empty(), directory.resolve("service-first-start.log"),
                        teardown)) {
                    say("   service first started in " + seconds(first.startToReady())
                            + " (writing its class cache as it stops)");
                }
                service = ServiceProcess.start(serviceJar, database.address(), serviceData,
                        ServiceProcess.Start.AGAIN, Optional.of(recording),
                        directory.resolve("service.log"), teardown);
                say("   service ready on port " + service.port() + " in " + seconds(service.startToReady()));
                baseline = BaselineProcess.start(database.address(), directory.resolve("baseline.log"), teardown);
                say("   baseline ready on port " + baseline.port() + " in " + seconds(baseline.startToReady()));
            }
            SizeReport size = measureSize(views, load, service, baseline, loader.staffHolding("ADMIN"), database);
            sizes.add(size);
            say("");
            say(MarkdownReport.latencies(List.of(size)));
            say(MarkdownReport.throughput(size));
            requireAlive(service, directory);
            writeReport(directory);
        }

        say("Stopping the service to read its flight recording");
        service.close();
        gc = FlightRecording.gcFigures(recording, serviceUnderLoad);
        say("Restarting the service on " + MarkdownReport.count(loaded) + " views");
        try (ServerProcess restarted = ServiceProcess.start(serviceJar, database.address(), serviceData,
                ServiceProcess.Start.AGAIN, Optional.empty(), directory.resolve("service-restart.log"), teardown)) {
            double seconds = restarted.startToReady().toNanos() / 1e9;
            restart = new RestartFigures(seconds, database.views(), OneOffTargets.restart(seconds));
            say("   ready in " + seconds(restarted.startToReady()));
        }
    }

    private SizeReport measureSize(long views, Duration load, ServerProcess service, ServerProcess baseline,
                                   StaffMember administrator, RunDatabase database) throws Exception {
        long stored = database.views();
        List<Probe> probes = new ArrayList<>();
        ServiceDirectory directory;
        try (var connection = new HttpConnection(ServerProcess.HOST, service.port())) {
            directory = ServiceDirectory.discover(connection);
            probes.addAll(PublicAddresses.of(directory));
            List<String> found = new ArrayList<>();
            say("   walking the staff lists " + settings.depth() + " pages deep");
            probes.addAll(new StaffLists(connection, settings.depth(), found).probes(administrator));
            notes.addAll(found);
        }
        if (sizes.isEmpty() && settings.serviceWarmUpSeconds() > 0) {
            say("   warming the service up: every address in turn for " + settings.serviceWarmUpSeconds() + " s");
            new LoadGenerator(ServerProcess.HOST, service.port(), WARM_UP_CONNECTIONS).run(
                    RequestSource.cycling(probes.stream().map(Probe::request).toList()),
                    Duration.ofSeconds(settings.serviceWarmUpSeconds()), Duration.ZERO);
        }
        say("   timing " + probes.size() + " addresses, " + settings.samples() + " requests each, one at a time");
        var probe = new LatencyProbe(ServerProcess.HOST, service.port(), WARM_UPS, settings.samples(),
                Duration.ofSeconds(settings.sampleBudgetSeconds()));
        List<LatencyRow> latencies = new ArrayList<>();
        for (Probe address : probes) {
            Measurement measured = probe.measure(address.request());
            Optional<Measurement> atSmallest = sizes.isEmpty() ? Optional.empty() : sizes.getFirst().latencies()
                    .stream().filter(row -> row.label().equals(address.label())).findFirst()
                    .map(LatencyRow::measurement);
            List<String> said = new ArrayList<>();
            Optional.ofNullable(address.note()).ifPresent(said::add);
            if (measured.requests() + measured.errors() < settings.samples()) {
                said.add("only " + (measured.requests() + measured.errors()) + " samples in "
                        + settings.sampleBudgetSeconds() + " s");
            }
            latencies.add(new LatencyRow(address.label(), said.isEmpty() ? null : String.join("; ", said),
                    address.target(), measured, LatencyTarget.growth(measured, atSmallest).orElse(null),
                    address.target().judge(measured, atSmallest)));
        }
        boolean largest = views == settings.views().getLast();
        List<ThroughputPair> pairs = ThroughputPair.of(directory).stream()
                .filter(pair -> largest || !pair.addsViews()).toList();
        if (!largest) {
            notes.add("Requests that store views (POST /api/v1/feedback) are driven at the largest size only: the "
                    + "views they add would change the sizes measured after them.");
        } else {
            notes.add("Each view stored (POST /api/v1/feedback) gives an address, so its request also writes the "
                    + "receipt to the outbox; the service delivers the outbox at its default pace "
                    + "(BCT_MAIL_PER_SECOND, 20 a second), so most of the run's receipts go after it.");
        }
        return new SizeReport(views, stored, load.toNanos() / 1e9, latencies, throughput(pairs, service, baseline));
    }

    /**
     * Each pair, service and baseline, the same seconds each, in rounds; the first round starts with the service, the
     * next with the baseline, and so on, so that neither always runs on a machine the other has just warmed.
     */
    private List<ThroughputRow> throughput(List<ThroughputPair> pairs, ServerProcess service, ServerProcess baseline)
            throws InterruptedException {
        var onService = new LoadGenerator(ServerProcess.HOST, service.port(), settings.connections());
        var onBaseline = new LoadGenerator(ServerProcess.HOST, baseline.port(), settings.connections());
        List<List<LoadResult>> serviceRounds = new ArrayList<>();
        List<List<LoadResult>> baselineRounds = new ArrayList<>();
        pairs.forEach(pair -> {
            serviceRounds.add(new ArrayList<>());
            baselineRounds.add(new ArrayList<>());
        });
        for (int round = 1; round <= settings.rounds(); round++) {
            for (int i = 0; i < pairs.size(); i++) {
                ThroughputPair pair = pairs.get(i);
                boolean serviceFirst = round % 2 == 1;
                for (boolean onTheService : serviceFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    if (onTheService) {
                        serviceRounds.get(i).add(drive(onService, pair.request(), pair.service(), round, true));
                    } else {
                        baselineRounds.get(i).add(drive(onBaseline, pair.baselineRequest(), pair.baseline(), round,
                                false));
                    }
                }
            }
        }
        List<ThroughputRow> rows = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            ThroughputPair pair = pairs.get(i);
            rows.add(ThroughputRow.of(pair.request(), pair.baselineRequest(),
                    serviceRounds.get(i).stream().map(LoadResult::measurement).toList(),
                    baselineRounds.get(i).stream().map(LoadResult::measurement).toList(),
                    LoadResult.combine(serviceRounds.get(i)), LoadResult.combine(baselineRounds.get(i)),
                    pair.target()));
        }
        return rows;
    }

    private LoadResult drive(LoadGenerator generator, String label, RequestSource requests, int round,
                             boolean service) throws InterruptedException {
        Instant from = Instant.now();
        LoadResult result = generator.run(requests, Duration.ofSeconds(settings.warmUpSeconds()),
                Duration.ofSeconds(settings.seconds()));
        if (service) {
            serviceUnderLoad.add(new TimeWindow(from, Instant.now()));
        }
        Measurement measured = result.measurement();
        say(String.format("   round %d  %-8s %-40s %,8.0f req/s  p50 %7s  p99 %7s ms  %s", round,
                service ? "service" : "baseline", label, measured.requestsPerSecond(),
                MarkdownReport.millis(measured.millis().p50()), MarkdownReport.millis(measured.millis().p99()),
                measured.clean() ? "" : measured.failed() + " FAILED " + measured.failuresSorted()));
        return result;
    }

    private static void requireAlive(ServerProcess service, Path directory) {
        if (!service.alive()) {
            throw new IllegalStateException("The service stopped during the run; its last lines (all in "
                    + directory.resolve("service.log") + "):" + System.lineSeparator() + service.tail());
        }
    }

    private void writeReport(Path directory) throws IOException {
        var report = new RunReport(machine, settings, sizes, gc, restart, List.copyOf(notes));
        String markdown = MarkdownReport.render(report);
        Path markdownFile = directory.resolve("results.md");
        Path jsonFile = directory.resolve("results.json");
        Files.writeString(markdownFile, markdown);
        JsonReport.write(report, jsonFile);
        Files.copy(markdownFile, target.resolve("benchmark-results.md"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(jsonFile, target.resolve("benchmark-results.json"), StandardCopyOption.REPLACE_EXISTING);
        if (restart != null || !notes.stream().filter(note -> note.startsWith("The run failed")).toList().isEmpty()) {
            say("");
            say(markdown);
            say("Results: " + target.resolve("benchmark-results.md") + " and " + target.resolve("benchmark-results.json")
                    + " (this run's, with its logs and flight recording: " + directory + ")");
        }
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toNanos() / 1e9);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
