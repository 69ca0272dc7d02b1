package org.bettercaretogether.benchmarks.report;

import java.util.List;
import org.bettercaretogether.benchmarks.load.Measurement;

/**
 * One request of the service against its baseline twin, measured in rounds under the same closed loop.
 *
 * @param service  the service's rounds taken together
 * @param baseline the baseline's rounds taken together
 * @param ratio    the service's requests per second over the baseline's
 */
public record ThroughputRow(String request, String baselineRequest, List<Measurement> serviceRounds,
                            List<Measurement> baselineRounds, Measurement service, Measurement baseline,
                            double ratio, ThroughputTarget target, Verdict verdict) {

    public ThroughputRow {
        serviceRounds = List.copyOf(serviceRounds);
        baselineRounds = List.copyOf(baselineRounds);
    }

    public static ThroughputRow of(String request, String baselineRequest, List<Measurement> serviceRounds,
                                   List<Measurement> baselineRounds, Measurement service, Measurement baseline,
                                   ThroughputTarget target) {
        return new ThroughputRow(request, baselineRequest, serviceRounds, baselineRounds, service, baseline,
                ThroughputTarget.ratio(service, baseline), target, target.judge(service, baseline));
    }
}
