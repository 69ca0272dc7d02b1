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
 * The service as the README recommends running it in production, with a small heap, on the run's database, with the
 * limit on public submissions raised so the load test measures work rather than refusals, and with the class cache the
 * JDK offers. On JDK 25 and later that is the ahead-of-time cache: the first start is a training run
 * ({@code -XX:AOTCacheOutput}) that writes it as it stops, and every start after it ({@code -XX:AOTCache}) finds its
 * classes loaded and linked already. On JDK 21 to 24 it is a class-data archive ({@code -XX:+AutoCreateSharedArchive}),
 * written as the first start stops and read by the starts after it.
 */
public final class ServiceProcess {

    /** The heap the targets are set for. */
    public static final String HEAP = "-Xmx256m";
    /** High enough that no load test of a few minutes reaches it; README "Configuration" gives the form. */
    static final String SUBMISSION_LIMIT = "100000000/1m";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    /** The first JDK whose ahead-of-time cache can be written by a training run alone (JEP 514). */
    static final int AHEAD_OF_TIME_CACHE_SINCE = 25;

    /** Which start of the run this is: the first writes the class cache that the others read. */
    public enum Start {
        FIRST, AGAIN
    }

    private ServiceProcess() {
    }

    /**
     * Starts the service and waits until {@code /health/ready} answers 200.
     *
     * @param recording where to write a flight recording of the whole life of the process, if anywhere
     */
    public static ServerProcess start(Path bctJar, DatabaseAddress database, Path dataDirectory, Start start,
                                      Optional<Path> recording, Path log, Teardown teardown)
            throws InterruptedException {
        try {
            // the JVM writes its class-data archive only into a folder that exists, and says nothing when it cannot
            Files.createDirectories(dataDirectory);
        } catch (IOException cannotMake) {
            throw new UncheckedIOException(cannotMake);
        }
        List<String> command = new ArrayList<>(List.of(JavaRuntime.java(), HEAP));
        command.addAll(classCache(dataDirectory, start, recording.isPresent(), Runtime.version().feature()));
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

    /**
     * The options that make {@code start} write or read the class cache in {@code dataDirectory}, on a JDK of version
     * {@code jdk}.
     */
    static List<String> classCache(Path dataDirectory, Start start, boolean recorded, int jdk) {
        if (jdk < AHEAD_OF_TIME_CACHE_SINCE) {
            return List.of("-XX:+AutoCreateSharedArchive",
                    "-XX:SharedArchiveFile=" + dataDirectory.resolve("bct.jsa"));
        }
        Path cache = dataDirectory.resolve("bct.aot");
        if (start == Start.FIRST) {
            return List.of("-XX:AOTCacheOutput=" + cache);
        }
        // A flight recording adds a module that the cache was not made with, and the JVM then refuses the cache with
        // errors in the log; the recorded start is not the timed one, so it goes without.
        return recorded ? List.of() : List.of("-XX:AOTCache=" + cache);
    }
}
