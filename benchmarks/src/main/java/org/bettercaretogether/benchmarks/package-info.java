/**
 * The benchmark of issue 11: the service's jar against a bare baseline server, on one PostgreSQL and one JDK, at
 * growing numbers of views. {@link org.bettercaretogether.benchmarks.Benchmarks} is the command line; {@link
 * org.bettercaretogether.benchmarks.BenchmarkRun} what one run does.
 */
package org.bettercaretogether.benchmarks;
