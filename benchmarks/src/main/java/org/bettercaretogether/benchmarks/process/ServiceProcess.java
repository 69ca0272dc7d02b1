package org.bettercaretogether.benchmarks.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bettercaretogether.benchmarks.database.DatabaseAddress;

/**
 * The service as the README recommends running it in production, {@code java -XX:+AutoCreateSharedArchive
 * -XX:SharedArchiveFile=... -jar bootstrap/target/bct.jar serve}, with a small heap, on the run's database, with the
 * limit on public submissions raised so the load test measures work rather than refusals. The class-data archive is
 * written when the first service stops, and read by every start after it (the restart).
 */
public final class ServiceProcess {

    /** The heap the targets are set for. */
    public static final String HEAP = "-Xmx256m";
    /** High enough that no load test of a few minutes reaches it; README "Configuration" gives the form. */
    static final String SUBMISSION_LIMIT = "100000000/1m";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private ServiceProcess() {
    }

    /**
     * Starts the service and waits until {@code /health/ready} answers 200.
     *
     * @param recording where to write a flight recording of the whole life of the process, if anywhere
     */
    public static ServerProcess start(Path bctJar, DatabaseAddress database, Path dataDirectory,
                                      Optional<Path> recording, Path log, Teardown teardown)
            throws InterruptedException {
        try {
            // the JVM writes its class-data archive only into a folder that exists, and says nothing when it cannot
            Files.createDirectories(dataDirectory);
        } catch (IOException cannotMake) {
            throw new UncheckedIOException(cannotMake);
        }
        List<String> command = new ArrayList<>(List.of(JavaRuntime.java(), HEAP, "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + dataDirectory.resolve("bct.jsa")));
        // The default settings (about 1 % overhead) also let the recording be opened in a profiler afterwards; the
        // size is raised from the JDK's 250 MB so that a long run keeps its first minutes.
        recording.ifPresent(file -> command.add("-XX:StartFlightRecording=filename=" + file
                + ",settings=default,maxsize=4g,dumponexit=true"));
        command.addAll(List.of("-jar", bctJar.toString(), "serve"));
        return ServerProcess.start("service", port -> command, port -> Map.of(
                "BCT_DATABASE_URL", database.jdbcUrl(),
                "BCT_DATABASE_USER", database.user(),
                "BCT_DATABASE_PASSWORD", database.password(),
                "BCT_PORT", Integer.toString(port),
                "BCT_DATA_DIR", dataDirectory.toString(),
                "BCT_LIMIT_PUBLIC_SUBMISSIONS_PER_ADDRESS", SUBMISSION_LIMIT), "/health/ready", log, READY_TIMEOUT,
                teardown);
    }
}
