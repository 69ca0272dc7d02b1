package org.bettercaretogether.benchmarks.report;

/**
 * The service started again on the data it already had, at the largest size.
 *
 * @param seconds from starting its process to the first 200 of {@code /health/ready}
 * @param views   the views the database held
 */
public record RestartFigures(double seconds, long views, Verdict verdict) {
}
