package org.bettercaretogether.benchmarks.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.bettercaretogether.benchmarks.http.HttpRequest;
import org.bettercaretogether.benchmarks.load.RequestSource;

/**
 * Valid views for {@code POST /api/v1/feedback}, each different: about each community and workstream in turn and
 * the programme as a whole, from each kind of contributor, with its own words, an email address given with consent
 * to be contacted, and a fresh {@code Idempotency-Key}, so that every request is a new view the service must check,
 * store, and write mail for.
 */
public final class ViewSubmissions implements RequestSource {

    static final String ADDRESS = "/api/v1/feedback";
    private static final List<String> ROLES = List.of("PATIENT", "MEMBER_OF_PUBLIC", "CLINICIAN", "NHS_STAFF",
            "ELECTED_MEMBER", "VOLUNTARY_ORGANISATION", "OTHER");
    private static final List<String> TOPICS = List.of("waiting times at the hospital",
            "getting a GP appointment", "travel to clinics", "care closer to home", "support for carers",
            "mental health services for young people", "how services talk to each other");

    private final List<Map.Entry<String, String>> subjects = new ArrayList<>();
    private final String run = UUID.randomUUID().toString();
    private final AtomicLong sent = new AtomicLong();

    public ViewSubmissions(ServiceDirectory directory) {
        directory.communities().forEach(slug -> subjects.add(Map.entry("community", slug)));
        directory.workstreams().forEach(slug -> subjects.add(Map.entry("workstream", slug)));
        subjects.add(Map.entry("programme", ""));
    }

    @Override
    public HttpRequest next() {
        long n = sent.incrementAndGet();
        Map.Entry<String, String> subject = subjects.get((int) (n % subjects.size()));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("about", subject.getKey());
        if (!subject.getValue().isEmpty()) {
            view.put("slug", subject.getValue());
        }
        view.put("role", ROLES.get((int) (n % ROLES.size())));
        view.put("text", "Benchmark view " + n + ": I would like to see better " + TOPICS.get((int) (n % TOPICS.size()))
                + ", because it matters to my family and to my neighbours.");
        view.put("name", "Benchmark Contributor");
        view.put("email", "contributor-" + n + "@example.org");
        view.put("consentToContact", true);
        view.put("consentToPublish", n % 2 == 0);
        view.put("postcodeDistrict", "LA9");
        return HttpRequest.post(ADDRESS, "application/json", Json.write(view),
                Map.of("Idempotency-Key", "benchmark-" + run + "-" + n));
    }
}
