package org.bettercaretogether.benchmarks.scenario;

import static org.bettercaretogether.benchmarks.report.LatencyTarget.NONE;
import static org.bettercaretogether.benchmarks.report.LatencyTarget.SEARCH;
import static org.bettercaretogether.benchmarks.report.LatencyTarget.VIEW_SUMMARY;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bettercaretogether.benchmarks.http.HttpRequest;
import org.bettercaretogether.benchmarks.report.LatencyTarget;

/**
 * Every public page and public API list of the README's "Public pages and API", addressed with what the service's
 * own API said exists. Those that summarise views, and searches, carry their issue's target.
 */
public final class PublicAddresses {

    private PublicAddresses() {
    }

    public static List<Probe> of(ServiceDirectory directory) {
        String community = directory.community();
        String workstream = directory.workstreams().getFirst();
        List<Probe> probes = new ArrayList<>();
        // Pages
        add(probes, "/", NONE);
        add(probes, "/communities", NONE);
        add(probes, "/communities/" + community, VIEW_SUMMARY);
        add(probes, "/communities/" + community + "/you-said-we-did", VIEW_SUMMARY);
        add(probes, "/networks/" + directory.network(), NONE);
        add(probes, "/partners", NONE);
        add(probes, "/partners/" + directory.partner(), NONE);
        add(probes, "/workstreams", NONE);
        add(probes, "/workstreams/" + workstream, NONE);
        add(probes, "/workstreams/" + workstream + "/you-said-we-did", VIEW_SUMMARY);
        add(probes, "/find?place=" + URLEncoder.encode(directory.town(), StandardCharsets.UTF_8), NONE);
        add(probes, "/views", VIEW_SUMMARY);
        add(probes, "/views?community=" + community, VIEW_SUMMARY);
        add(probes, "/you-said-we-did", VIEW_SUMMARY);
        add(probes, "/priorities", NONE);
        add(probes, "/integrated-teams", NONE);
        add(probes, "/meetings", NONE);
        directory.meeting().ifPresent(meeting -> add(probes, "/meetings/" + meeting, NONE));
        add(probes, "/key-questions", NONE);
        add(probes, "/insights", VIEW_SUMMARY);
        add(probes, "/insights?community=" + community, VIEW_SUMMARY);
        // Search: a word in most views, one in many, a phrase, a town, a word with another left out
        add(probes, "/search?q=people", SEARCH);
        add(probes, "/search?q=waiting", SEARCH);
        add(probes, "/search?q=%22older+people%22", SEARCH);
        // API
        add(probes, "/api/v1/vanguard", NONE);
        add(probes, "/api/v1/partners", NONE);
        add(probes, "/api/v1/networks", NONE);
        add(probes, "/api/v1/communities", NONE);
        add(probes, "/api/v1/communities/" + community, NONE);
        add(probes, "/api/v1/communities/" + community + "/priorities", NONE);
        add(probes, "/api/v1/communities/" + community + "/meetings", NONE);
        add(probes, "/api/v1/workstreams", NONE);
        add(probes, "/api/v1/feedback", NONE);
        add(probes, "/api/v1/feedback?about=community&slug=" + community, NONE);
        add(probes, "/api/v1/scorecard", VIEW_SUMMARY);
        add(probes, "/api/v1/communities/" + community + "/scorecard", VIEW_SUMMARY);
        add(probes, "/api/v1/changes", VIEW_SUMMARY);
        add(probes, "/api/v1/communities/" + community + "/changes", VIEW_SUMMARY);
        add(probes, "/api/v1/themes", VIEW_SUMMARY);
        add(probes, "/api/v1/meetings", NONE);
        add(probes, "/api/v1/key-questions", NONE);
        add(probes, "/api/v1/priorities/comparison", NONE);
        add(probes, "/api/v1/teams/totals", NONE);
        add(probes, "/api/v1/insights", VIEW_SUMMARY);
        add(probes, "/api/v1/search?q=appointments", SEARCH);
        add(probes, "/api/v1/search?q=" + URLEncoder.encode(directory.town(), StandardCharsets.UTF_8), SEARCH);
        add(probes, "/api/v1/search?q=hospital+-parking", SEARCH);
        return List.copyOf(probes);
    }

    private static void add(List<Probe> probes, String path, LatencyTarget target) {
        probes.add(Probe.of(HttpRequest.get(path), target));
    }
}
