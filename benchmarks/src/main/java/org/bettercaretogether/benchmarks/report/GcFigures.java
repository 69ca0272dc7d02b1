package org.bettercaretogether.benchmarks.report;

/**
 * The service's garbage collection over its flight recording.
 *
 * @param recordedSeconds      from the recording's first event to its last
 * @param collections          garbage collections recorded
 * @param pausedSeconds        the sum of their pauses
 * @param share                {@code pausedSeconds / recordedSeconds}
 * @param shareUnderLoad       the same within the throughput measurements only (the service idles meanwhile)
 * @param heapUsedAfterLastGc  the heap in use after the last collection, in bytes
 * @param maxHeapUsedAfterGc   the most heap in use after any collection, in bytes
 */
public record GcFigures(double recordedSeconds, long collections, double pausedSeconds, double share,
                        double shareUnderLoad, long heapUsedAfterLastGc, long maxHeapUsedAfterGc, Verdict verdict) {
}
