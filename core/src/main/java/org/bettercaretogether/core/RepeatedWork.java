package org.bettercaretogether.core;

import org.bettercaretogether.application.shared.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Work the service repeats on a thread of its own while it runs, one run at a time, each starting an interval after
 * the last one ended. A run that fails (the database briefly unreachable, say) is logged by the kind of failure and
 * the next one tries again; while the database is away, the service has said so once already, so a run that finds it
 * away says nothing more. Closing it stops between two runs: it lets the one under way finish (for up to 10 s), tells
 * it that the service is stopping, so that it does not go on to more, and starts no other.
 */
public final class RepeatedWork implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RepeatedWork.class);
    private static final long LONGEST_WAIT_SECONDS = 10;

    /** One run of the work, told whether the service is stopping, so that it stops between two steps. */
    public interface Run {
        void run(BooleanSupplier stopping);
    }

    private final ScheduledExecutorService schedule;
    private final AtomicBoolean stopping;

    private RepeatedWork(ScheduledExecutorService schedule, AtomicBoolean stopping) {
        this.schedule = schedule;
        this.stopping = stopping;
    }

    /**
     * Runs {@code work} first after {@code interval}, then an {@code interval} after each run ends, on a thread named
     * {@code thread}; a failed run is logged as "{@code what} failed".
     */
    public static RepeatedWork every(Duration interval, String thread, String what, Run work) {
        return every(interval, interval, thread, what, work);
    }

    /** As {@link #every(Duration, String, String, Run)}, the first run after {@code first} rather than an interval. */
    public static RepeatedWork every(Duration first, Duration interval, String thread, String what, Run work) {
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name(thread).daemon(true).factory());
        AtomicBoolean stopping = new AtomicBoolean();
        schedule.scheduleWithFixedDelay(() -> runOnce(what, work, stopping), first.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return new RepeatedWork(schedule, stopping);
    }

    private static void runOnce(String what, Run work, AtomicBoolean stopping) {
        try {
            work.run(stopping::get);
        } catch (StoreUnavailableException away) {
            log.debug("{} waits for the database to be back", what);
        } catch (RuntimeException failure) {
            log.warn("{} failed; the next run will try again: {}", what, failure.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        stopping.set(true);
        schedule.shutdown();
        try {
            if (!schedule.awaitTermination(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS)) {
                schedule.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            schedule.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
