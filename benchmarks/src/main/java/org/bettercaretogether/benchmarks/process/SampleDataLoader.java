package org.bettercaretogether.benchmarks.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bettercaretogether.benchmarks.database.DatabaseAddress;

/**
 * Fills the run's database with {@code java -jar bct.jar sample-data --views N --seed S [--append]}, as a child
 * process on the same JDK: the first size on the empty database, each later one by appending the difference. It
 * keeps the sample staff's sign-in details, which the command prints once.
 */
public final class SampleDataLoader {

    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration HELP_TIMEOUT = Duration.ofMinutes(1);

    private final Path bctJar;
    private final DatabaseAddress database;
    private final long seed;
    private final Path logDirectory;
    private final Teardown teardown;
    private final List<StaffMember> staff = new ArrayList<>();

    public SampleDataLoader(Path bctJar, DatabaseAddress database, long seed, Path logDirectory, Teardown teardown) {
        this.bctJar = bctJar;
        this.database = database;
        this.seed = seed;
        this.logDirectory = logDirectory;
        this.teardown = teardown;
    }

    /**
     * Fails at once, before anything is started, when {@code bct.jar} is missing or has no {@code sample-data}
     * command (its {@code help sample-data} fails).
     */
    public static void requireCommand(Path bctJar, Path logDirectory, Teardown teardown) throws InterruptedException {
        if (!Files.isRegularFile(bctJar)) {
            throw new IllegalStateException(bctJar + " does not exist. Build it first: ./mvnw -q package -DskipTests "
                    + "(the benchmark command in the README builds it with the benchmarks).");
        }
        try {
            ChildProcess.runToEnd("bct help sample-data", List.of(JavaRuntime.java(), "-jar", bctJar.toString(),
                    "help", "sample-data"), Map.of(), logDirectory.resolve("sample-data-help.log"), line -> { },
                    HELP_TIMEOUT, teardown);
        } catch (ChildProcessFailed missing) {
            throw new IllegalStateException(bctJar + " has no working 'sample-data' command (bct help sample-data "
                    + "exited with " + missing.exitCode() + "). The benchmark loads its views with it; build a bct.jar "
                    + "that has it (issue 11, item 1). What bct said:" + System.lineSeparator() + missing.tail());
        }
    }

    /**
     * Loads views until the database holds {@code views} sample views, given that it holds {@code already} of them.
     * Each step has its own seed ({@code seed + step}), so that appended views are not the same views again.
     *
     * @return how long the command took
     */
    public Duration loadUpTo(long views, long already, int step) throws InterruptedException {
        long adding = views - already;
        if (adding <= 0) {
            throw new IllegalArgumentException("Sizes must grow: " + views + " after " + already);
        }
        List<String> command = new ArrayList<>(List.of(JavaRuntime.java(), "-jar", bctJar.toString(), "sample-data",
                "--views", Long.toString(adding), "--seed", Long.toString(seed + step)));
        if (already > 0) {
            command.add("--append");
        }
        Path log = logDirectory.resolve("sample-data-" + views + ".log");
        List<StaffMember> printed = new ArrayList<>();
        long started = System.nanoTime();
        ChildProcess.runToEnd("bct sample-data", command, Map.of(
                "BCT_DATABASE_URL", database.jdbcUrl(),
                "BCT_DATABASE_USER", database.user(),
                "BCT_DATABASE_PASSWORD", database.password()), log, line -> StaffMember.parse(line).ifPresentOrElse(
                        printed::add, () -> System.out.println("    sample-data | " + line)),
                LOAD_TIMEOUT, teardown);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (!printed.isEmpty()) { // printed once: an --append run may print none, and the first ones stay valid
            staff.clear();
            staff.addAll(printed);
        }
        return took;
    }

    /** The sample staff member holding {@code role}, as last printed. */
    public StaffMember staffHolding(String role) {
        return staff.stream().filter(member -> member.holds(role)).findFirst().orElseThrow(() ->
                new IllegalStateException("sample-data printed no staff member with the role " + role + " (lines like "
                        + "'  ADMIN  name@example.org  password: ...  token: ...'); the staff lists cannot be measured"));
    }
}
