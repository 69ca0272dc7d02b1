package org.bettercaretogether.benchmarks.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bettercaretogether.benchmarks.http.HttpConnection;
import org.bettercaretogether.benchmarks.http.HttpRequest;
import tools.jackson.databind.JsonNode;

/**
 * What a run needs to know of the service's data to address its pages, found through its public API rather than
 * assumed: the communities (Kendal's, when there is one, is the one measured), a town it serves, a network, a
 * partner, the workstreams and a meeting.
 *
 * @param meeting empty when the service lists no meeting
 */
public record ServiceDirectory(List<String> communities, String community, String town, String network,
                               String partner, List<String> workstreams, Optional<String> meeting) {

    /** The community the figures were taken for. */
    static final String PREFERRED_COMMUNITY = "kendal";

    public ServiceDirectory {
        communities = List.copyOf(communities);
        workstreams = List.copyOf(workstreams);
    }

    public static ServiceDirectory discover(HttpConnection service) throws IOException {
        List<String> communities = new ArrayList<>();
        String chosen = null;
        String town = null;
        for (JsonNode community : items(service, "/api/v1/communities")) {
            String slug = community.path("slug").asString();
            communities.add(slug);
            if (chosen == null || slug.equals(PREFERRED_COMMUNITY)) {
                chosen = slug;
                town = community.path("towns").path(0).asString(community.path("name").asString());
            }
        }
        List<String> workstreams = new ArrayList<>();
        items(service, "/api/v1/workstreams").forEach(workstream -> workstreams.add(workstream.path("slug").asString()));
        Optional<String> meeting = items(service, "/api/v1/meetings").stream().findFirst()
                .map(item -> item.path("id").asString());
        if (chosen == null || workstreams.isEmpty()) {
            throw new IllegalStateException("The service lists no community or no workstream: was the reference "
                    + "data loaded?");
        }
        return new ServiceDirectory(communities, chosen, town, first(service, "/api/v1/networks", "slug"),
                first(service, "/api/v1/partners", "id"), workstreams, meeting);
    }

    private static List<JsonNode> items(HttpConnection service, String path) throws IOException {
        List<JsonNode> items = new ArrayList<>();
        Json.get(service, HttpRequest.get(path)).path("items").forEach(items::add);
        return items;
    }

    private static String first(HttpConnection service, String path, String field) throws IOException {
        return items(service, path).stream().findFirst().map(item -> item.path(field).asString())
                .orElseThrow(() -> new IllegalStateException(path + " lists nothing"));
    }
}
