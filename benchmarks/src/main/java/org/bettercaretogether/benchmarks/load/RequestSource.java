package org.bettercaretogether.benchmarks.load;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bettercaretogether.benchmarks.http.HttpRequest;

/** The next request to send; called by every worker at once, so it must be thread-safe. */
@FunctionalInterface
public interface RequestSource {

    HttpRequest next();

    /** The same request every time. */
    static RequestSource always(HttpRequest request) {
        return () -> request;
    }

    /** Each of the requests in turn, again and again. */
    static RequestSource cycling(List<HttpRequest> requests) {
        List<HttpRequest> all = List.copyOf(requests);
        AtomicLong sent = new AtomicLong();
        return () -> all.get((int) (sent.getAndIncrement() % all.size()));
    }
}
