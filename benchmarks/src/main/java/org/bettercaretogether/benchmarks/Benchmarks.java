package org.bettercaretogether.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bettercaretogether.benchmarks.database.DatabaseAddress;
import org.bettercaretogether.benchmarks.report.RunSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark's command line: {@code java -jar benchmarks/target/bct-benchmarks.jar [options]}. See the README's
 * "Performance" section, and {@link BenchmarkRun} for what one run does.
 */
@Command(name = "bct-benchmarks", mixinStandardHelpOptions = true, sortOptions = false,
        version = "Better Care Together benchmarks 0.1.0",
        description = {"Measures bootstrap/target/bct.jar against a bare Javalin + JDBC server on the same PostgreSQL "
                + "and JDK, at each number of views, and writes the results under benchmarks/target/."})
public final class Benchmarks implements Callable<Integer> {

    @Option(names = "--views", split = ",", paramLabel = "N", defaultValue = "10000,100000,1000000",
            description = "The data sizes, loaded with bct sample-data in increasing order (default: ${DEFAULT-VALUE}).")
    List<Long> views;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "SECONDS",
            description = "Each throughput measurement, service or baseline (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warm-up", defaultValue = "5", paramLabel = "SECONDS",
            description = "The warm-up before each throughput measurement (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--service-warm-up", defaultValue = "20", paramLabel = "SECONDS",
            description = "The service's warm-up before the first size's single requests: every address in turn, "
                    + "so that the smallest size is not measured on a cold JVM (default: ${DEFAULT-VALUE}).")
    int serviceWarmUp;

    @Option(names = "--rounds", defaultValue = "2", paramLabel = "N",
            description = "Rounds of each pair, service and baseline alternating (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--connections", defaultValue = "32", paramLabel = "N",
            description = "Workers of the closed loop, each with its own connection (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--samples", defaultValue = "40", paramLabel = "N",
            description = "Single requests timed per address, one at a time (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--sample-budget", defaultValue = "60", paramLabel = "SECONDS",
            description = "An address still being sampled after this long gets no more samples once it has five "
                    + "(default: ${DEFAULT-VALUE}).")
    int sampleBudget;

    @Option(names = "--depth", defaultValue = "500", paramLabel = "PAGES",
            description = "How many pages deep the staff lists are timed (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "The sample data's seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--database-url", paramLabel = "JDBC-URL",
            description = "Use this PostgreSQL (e.g. jdbc:postgresql://localhost:5432/postgres) instead of the "
                    + "embedded one; the run creates a database of its own on it, and drops it at the end.")
    String databaseUrl;

    @Option(names = "--database-user", defaultValue = "postgres", paramLabel = "USER",
            description = "With --database-url: a user who may create databases (default: ${DEFAULT-VALUE}).")
    String databaseUser;

    @Option(names = "--database-password", defaultValue = "${env:PGPASSWORD:-}", paramLabel = "PASSWORD",
            description = "With --database-url: its password (default: the environment variable PGPASSWORD, which "
                    + "keeps it off the command line).")
    String databasePassword;

    @Option(names = "--keep-database", description = "With --database-url: keep the run's database at the end.")
    boolean keepDatabase;

    @Option(names = "--bct-jar", paramLabel = "JAR",
            description = "The service's jar (default: bootstrap/target/bct.jar of this repository).")
    Path serviceJar;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Benchmarks())
                .setExecutionExceptionHandler((failure, commandLine, parsed) -> {
                    // An expected failure (a missing jar or command, a server that did not start) says what to do;
                    // anything else is a fault of the benchmark, and its stack trace helps.
                    if (!(failure instanceof IllegalStateException)) {
                        failure.printStackTrace();
                    }
                    commandLine.getErr().println("bct-benchmarks: " + failure.getMessage());
                    return 1;
                })
                .execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<Long> sizes = views.stream().distinct().sorted().toList();
        if (sizes.isEmpty() || sizes.getFirst() < 1 || seconds < 1 || warmUp < 0 || serviceWarmUp < 0 || rounds < 1
                || connections < 1 || samples < 1 || sampleBudget < 1 || depth < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--views must be positive; --seconds, --rounds, --connections, --samples, --sample-budget and "
                            + "--depth at least 1; the warm-ups not negative");
        }
        RepositoryLayout layout = RepositoryLayout.locate();
        Optional<DatabaseAddress> external = Optional.ofNullable(databaseUrl)
                .map(url -> new DatabaseAddress(url, databaseUser, databasePassword));
        var settings = new RunSettings(sizes, seconds, warmUp, serviceWarmUp, rounds, connections, samples,
                BenchmarkRun.WARM_UPS, sampleBudget, depth, seed, external.isPresent() ? "external" : "embedded");
        new BenchmarkRun(settings, layout.root(), layout.target(),
                serviceJar == null ? layout.serviceJar() : serviceJar.toAbsolutePath(), external, keepDatabase).run();
        return 0;
    }
}
