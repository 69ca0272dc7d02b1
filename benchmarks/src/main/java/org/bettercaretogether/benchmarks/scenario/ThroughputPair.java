package org.bettercaretogether.benchmarks.scenario;

import java.util.List;
import org.bettercaretogether.benchmarks.http.HttpRequest;
import org.bettercaretogether.benchmarks.load.RequestSource;
import org.bettercaretogether.benchmarks.report.ThroughputTarget;

/**
 * A request of the service and its twin on the baseline, driven by the same load and compared.
 *
 * @param request         how the report names the service's request
 * @param baselineRequest how it names the baseline's
 * @param addsViews       whether the service's request stores views (so it would change the sizes measured after it)
 */
public record ThroughputPair(String request, RequestSource service, String baselineRequest, RequestSource baseline,
                             ThroughputTarget target, boolean addsViews) {

    /** The pairs of issue 11: one-row JSON, three pages against a small page, and a submission against an insert. */
    public static List<ThroughputPair> of(ServiceDirectory directory) {
        String community = directory.community();
        HttpRequest page = HttpRequest.get("/html");
        return List.of(
                get("/api/v1/communities/" + community, HttpRequest.get("/json/" + community), ThroughputTarget.JSON),
                get("/communities/" + community, page, ThroughputTarget.PAGE),
                get("/", page, ThroughputTarget.PAGE),
                get("/partners", page, ThroughputTarget.PAGE),
                new ThroughputPair("POST " + ViewSubmissions.ADDRESS, new ViewSubmissions(directory),
                        "POST " + BaselineInserts.ADDRESS, new BaselineInserts(), ThroughputTarget.SUBMISSION, true));
    }

    private static ThroughputPair get(String path, HttpRequest baseline, ThroughputTarget target) {
        HttpRequest request = HttpRequest.get(path);
        return new ThroughputPair(request.label(), RequestSource.always(request), baseline.label(),
                RequestSource.always(baseline), target, false);
    }
}
