/**
 * What a run found and how it is judged: the targets ({@link
 * org.bettercaretogether.benchmarks.report.ThroughputTarget}, {@link
 * org.bettercaretogether.benchmarks.report.LatencyTarget}, {@link org.bettercaretogether.benchmarks.report.OneOffTargets}),
 * the report's records, the machine it ran on, the service's GC from its flight recording, and the report written
 * as markdown and JSON.
 */
package org.bettercaretogether.benchmarks.report;
