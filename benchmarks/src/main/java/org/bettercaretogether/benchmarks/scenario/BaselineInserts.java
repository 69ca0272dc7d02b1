package org.bettercaretogether.benchmarks.scenario;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bettercaretogether.benchmarks.http.HttpRequest;
import org.bettercaretogether.benchmarks.load.RequestSource;

/** The baseline's twin of a submission: {@code POST /insert} with a small JSON body of its own words each time. */
public final class BaselineInserts implements RequestSource {

    static final String ADDRESS = "/insert";
    private final AtomicLong sent = new AtomicLong();

    @Override
    public HttpRequest next() {
        long n = sent.incrementAndGet();
        return HttpRequest.post(ADDRESS, "application/json",
                Json.write(Map.of("text", "Benchmark item " + n + ": words of about the length of a short view.")),
                Map.of());
    }
}
