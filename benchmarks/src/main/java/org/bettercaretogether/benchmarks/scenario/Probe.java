package org.bettercaretogether.benchmarks.scenario;

import org.bettercaretogether.benchmarks.http.HttpRequest;
import org.bettercaretogether.benchmarks.report.LatencyTarget;

/**
 * An address to time request by request.
 *
 * @param label   how the report names it, the same at every size (no cursor, no token)
 * @param request what is sent, with its headers
 * @param note    what the reader should know about it at this size, or null
 */
public record Probe(String label, HttpRequest request, LatencyTarget target, String note) {

    public static Probe of(HttpRequest request, LatencyTarget target) {
        return new Probe(request.label(), request, target, null);
    }
}
