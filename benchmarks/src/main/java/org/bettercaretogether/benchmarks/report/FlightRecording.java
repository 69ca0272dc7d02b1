package org.bettercaretogether.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the service's flight recording (written when it stops) for its time in GC: the sum of the pauses of every
 * collection ({@code jdk.GarbageCollection}'s {@code sumOfPauses}, which for G1 includes the remark and cleanup
 * pauses of a concurrent cycle) over the recording's length, and the heap in use after collections
 * ({@code jdk.GCHeapSummary}, "After GC").
 */
public final class FlightRecording {

    private FlightRecording() {
    }

    /**
     * @param underLoad the windows in which the service was under load, for the share of GC within them
     */
    public static GcFigures gcFigures(Path recording, List<TimeWindow> underLoad) throws IOException {
        Instant first = Instant.MAX;
        Instant last = Instant.MIN;
        long collections = 0;
        Duration paused = Duration.ZERO;
        Duration pausedUnderLoad = Duration.ZERO;
        long lastAfterGc = 0;
        Instant lastAfterGcAt = Instant.MIN;
        long maxAfterGc = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getStartTime().isBefore(first)) {
                    first = event.getStartTime();
                }
                if (event.getEndTime().isAfter(last)) {
                    last = event.getEndTime();
                }
                switch (event.getEventType().getName()) {
                    case "jdk.GarbageCollection" -> {
                        collections++;
                        Duration pauses = event.getDuration("sumOfPauses");
                        paused = paused.plus(pauses);
                        if (underLoad.stream().anyMatch(window -> window.contains(event.getStartTime()))) {
                            pausedUnderLoad = pausedUnderLoad.plus(pauses);
                        }
                    }
                    case "jdk.GCHeapSummary" -> {
                        if ("After GC".equals(event.getString("when"))) {
                            long used = event.getLong("heapUsed");
                            maxAfterGc = Math.max(maxAfterGc, used);
                            if (!event.getStartTime().isBefore(lastAfterGcAt)) {
                                lastAfterGcAt = event.getStartTime();
                                lastAfterGc = used;
                            }
                        }
                    }
                    default -> { }
                }
            }
        }
        double recorded = first.isBefore(last) ? Duration.between(first, last).toNanos() / 1e9 : 0;
        double loadSeconds = underLoad.stream().mapToDouble(window -> window.length().toNanos() / 1e9).sum();
        double pausedSeconds = paused.toNanos() / 1e9;
        double share = recorded > 0 ? pausedSeconds / recorded : 0;
        double shareUnderLoad = loadSeconds > 0 ? pausedUnderLoad.toNanos() / 1e9 / loadSeconds : 0;
        return new GcFigures(recorded, collections, pausedSeconds, share, shareUnderLoad, lastAfterGc, maxAfterGc,
                OneOffTargets.gc(share));
    }
}
