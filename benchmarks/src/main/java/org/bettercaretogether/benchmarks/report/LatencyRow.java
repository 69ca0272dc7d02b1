package org.bettercaretogether.benchmarks.report;

import org.bettercaretogether.benchmarks.load.Measurement;

/**
 * One address timed request by request at one data size.
 *
 * @param label  what it is, such as {@code GET /views} or {@code GET /api/v1/staff/feedback, 500 pages deep}
 * @param note   what the reader should know about this figure, such as the page a short list ended at; or null
 * @param growth its median over its median at the smallest size; null at the smallest size itself
 */
public record LatencyRow(String label, String note, LatencyTarget target, Measurement measurement, Double growth,
                         Verdict verdict) {
}
