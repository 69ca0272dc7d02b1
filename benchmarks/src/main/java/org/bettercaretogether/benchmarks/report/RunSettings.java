package org.bettercaretogether.benchmarks.report;

import java.util.List;

/**
 * What a run was asked to do, as given on the command line (or defaulted), and stated in its report.
 *
 * @param views          the data sizes, in increasing order
 * @param seconds        each throughput measurement, service or baseline
 * @param warmUpSeconds  the warm-up before each throughput measurement
 * @param serviceWarmUpSeconds the service's warm-up before its first single requests, every address in turn
 * @param rounds         how many times each pair is measured, service and baseline alternating
 * @param connections    the closed loop's workers, each with its own connection
 * @param samples        single requests timed per address, after {@code warmUps} untimed ones
 * @param sampleBudgetSeconds the time after which an address is sampled no more (once it has five samples)
 * @param depth          how many pages deep the staff lists are measured
 * @param seed           the sample data's seed (each appended step adds its index)
 * @param database       "embedded" or "external"
 */
public record RunSettings(List<Long> views, int seconds, int warmUpSeconds, int serviceWarmUpSeconds, int rounds,
                          int connections, int samples, int warmUps, int sampleBudgetSeconds, int depth, long seed,
                          String database) {

    public RunSettings {
        views = List.copyOf(views);
    }
}
