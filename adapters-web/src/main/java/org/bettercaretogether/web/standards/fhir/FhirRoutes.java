package org.bettercaretogether.web.standards.fhir;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.web.platform.ClientConnection;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.Routes;

/**
 * FHIR's read and search interactions over the directory: {@code GET /fhir/Organization} and
 * {@code GET /fhir/Location} search (every one, or those matching {@code _id}, {@code name} (starting with, ignoring
 * case), and for organizations {@code identifier} ({@code system|value} or a value alone) and {@code partof}, for
 * locations {@code organization}), answering a searchset bundle; {@code /fhir/Organization/{id}} and
 * {@code /fhir/Location/{id}} read one. Other parameters are ignored, as FHIR lets a server do, and the bundle's
 * {@code self} link names only those used. An unknown id is a 404 {@code OperationOutcome}.
 */
record FhirRoutes(BrowseDirectory directory) implements Routes {

    static final String BASE = "/fhir";
    static final String MEDIA_TYPE = "application/fhir+json; charset=utf-8";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BASE + "/" + FhirOrganization.TYPE, this::organizations);
        routes.get(BASE + "/" + FhirOrganization.TYPE + "/{id}",
                ctx -> answer(ctx, read(FhirDirectory.of(directory).organizations(), FhirOrganization.TYPE, ctx)));
        routes.get(BASE + "/" + FhirLocation.TYPE, this::locations);
        routes.get(BASE + "/" + FhirLocation.TYPE + "/{id}",
                ctx -> answer(ctx, read(FhirDirectory.of(directory).locations(), FhirLocation.TYPE, ctx)));
    }

    private void organizations(Context ctx) {
        Search search = new Search(ctx);
        List<FhirOrganization> found = FhirDirectory.of(directory).organizations().stream()
                .filter(search.by("_id", (organization, id) -> organization.id().equals(id)))
                .filter(search.by("name", (organization, name) -> startsWith(organization.name(), name)))
                .filter(search.by("identifier", FhirRoutes::identifies))
                .filter(search.by("partof", (organization, parent) -> organization.partOf() != null
                        && references(organization.partOf().reference(), FhirOrganization.TYPE, parent)))
                .toList();
        answer(ctx, FhirBundle.searchset(base(ctx), search.self(base(ctx), FhirOrganization.TYPE), found));
    }

    private void locations(Context ctx) {
        Search search = new Search(ctx);
        List<FhirLocation> found = FhirDirectory.of(directory).locations().stream()
                .filter(search.by("_id", (location, id) -> location.id().equals(id)))
                .filter(search.by("name", (location, name) -> startsWith(location.name(), name)))
                .filter(search.by("organization", (location, organization) ->
                        references(location.managingOrganization().reference(), FhirOrganization.TYPE, organization)))
                .toList();
        answer(ctx, FhirBundle.searchset(base(ctx), search.self(base(ctx), FhirLocation.TYPE), found));
    }

    private static <T extends FhirResource> T read(List<T> all, String type, Context ctx) {
        String id = ctx.pathParam("id");
        return all.stream().filter(resource -> resource.id().equals(id)).findFirst()
                .orElseThrow(() -> HttpProblem.notFound("There is no " + type + " with this id."));
    }

    private static void answer(Context ctx, Object resource) {
        ctx.contentType(MEDIA_TYPE).result(ctx.jsonMapper().toJsonString(resource, resource.getClass()));
    }

    /** The FHIR base as the client addressed the service, for the absolute addresses a bundle holds. */
    private static String base(Context ctx) {
        return ClientConnection.of(ctx).origin() + BASE;
    }

    private static boolean startsWith(String name, String wanted) {
        return name.toLowerCase(Locale.ROOT).startsWith(wanted.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code reference} ("Organization/abc") is the resource {@code wanted} names, by id or as a reference. */
    private static boolean references(String reference, String type, String wanted) {
        return reference.equals(wanted) || reference.equals(type + "/" + wanted);
    }

    /** FHIR's token search on identifiers: {@code system|value}, {@code |value}, {@code system|} or a value. */
    private static boolean identifies(FhirOrganization organization, String token) {
        if (organization.identifier() == null) {
            return false;
        }
        int bar = token.indexOf('|');
        String system = bar < 0 ? null : token.substring(0, bar);
        String value = bar < 0 ? token : token.substring(bar + 1);
        return organization.identifier().stream().anyMatch(identifier ->
                (system == null || system.isEmpty() || identifier.system().equals(system))
                        && (value.isEmpty() || identifier.value().equalsIgnoreCase(value)));
    }

    /** The search parameters a request gives, and those of them the search used. */
    private static final class Search {

        private final Context ctx;
        private final Map<String, String> used = new LinkedHashMap<>();

        Search(Context ctx) {
            this.ctx = ctx;
        }

        /** Keeps the resources that {@code matches} the parameter's value, or all when the request does not give it. */
        <T> Predicate<T> by(String parameter, BiPredicate<T, String> matches) {
            String value = ctx.queryParam(parameter);
            if (value == null || value.isEmpty()) {
                return resource -> true;
            }
            used.put(parameter, value);
            return resource -> matches.test(resource, value);
        }

        /** The search as made, with the parameters used: the bundle's {@code self} link. */
        String self(String base, String type) {
            List<String> query = new ArrayList<>();
            used.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return base + "/" + type + (query.isEmpty() ? "" : "?" + String.join("&", query));
        }
    }
}
