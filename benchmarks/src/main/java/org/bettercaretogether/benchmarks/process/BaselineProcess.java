package org.bettercaretogether.benchmarks.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bettercaretogether.benchmarks.baseline.BaselineServer;
import org.bettercaretogether.benchmarks.database.DatabaseAddress;

/** The {@link BaselineServer}, started from the benchmark's own jar with the service's heap, on the same database. */
public final class BaselineProcess {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(1);

    private BaselineProcess() {
    }

    public static ServerProcess start(DatabaseAddress database, Path log, Teardown teardown)
            throws InterruptedException {
        return ServerProcess.start("baseline",
                port -> List.of(JavaRuntime.java(), ServiceProcess.HEAP, "-cp", JavaRuntime.ownClassPath(),
                        BaselineServer.class.getName()),
                port -> Map.of(
                        BaselineServer.DATABASE_URL, database.jdbcUrl(),
                        BaselineServer.DATABASE_USER, database.user(),
                        BaselineServer.DATABASE_PASSWORD, database.password(),
                        BaselineServer.PORT, Integer.toString(port)),
                BaselineServer.READY, log, READY_TIMEOUT, teardown);
    }
}
