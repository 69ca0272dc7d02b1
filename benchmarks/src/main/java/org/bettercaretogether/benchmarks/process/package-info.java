/**
 * The processes of a run: the service ({@code bct.jar serve}), the baseline server, {@code bct.jar sample-data},
 * each a child process on the benchmark's own JDK with its output in a log file, and the {@link
 * org.bettercaretogether.benchmarks.process.Teardown} that stops them all, also on failure or Ctrl+C.
 */
package org.bettercaretogether.benchmarks.process;
