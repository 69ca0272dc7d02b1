package org.bettercaretogether.benchmarks.report;

/**
 * Where and on what a run happened, for its report.
 *
 * @param cores              processors the JVM sees
 * @param memoryBytes        the machine's memory
 * @param commit             the repository's commit ({@code git rev-parse}), "unknown" outside a repository
 * @param uncommittedChanges whether tracked files differed from that commit
 */
public record Machine(int cores, long memoryBytes, String cpu, String os, String jdk, String postgres,
                      String date, String commit, boolean uncommittedChanges) {
}
