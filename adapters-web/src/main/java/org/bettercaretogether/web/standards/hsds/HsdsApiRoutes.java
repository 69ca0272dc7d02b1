package org.bettercaretogether.web.standards.hsds;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.project.BrowseProjects;
import org.bettercaretogether.web.platform.ClientConnection;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.Routes;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The HSDS 3.0 API reference's read operations over the directory: {@code GET /api/hsds} says which HSDS version it
 * speaks and where its OpenAPI document is; {@code /organizations} and {@code /services} are paged lists, filtered
 * by {@code ?search=} (words in the name or description) and, for services, {@code ?organization_id=}, each filter
 * narrowing the others as the reference requires; {@code /organizations/{id}} and {@code /services/{id}} give one
 * record with what belongs to it. An unknown id is a 404, a page or page size out of range a 400, both problem
 * documents as everywhere under {@code /api/}.
 */
record HsdsApiRoutes(BrowseDirectory directory, BrowseProjects projects) implements Routes {

    static final String ROOT = "/api/hsds";
    private static final String HSDS_VERSION = "3.0";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ROOT, this::about);
        routes.get(ROOT + "/organizations", this::organizations);
        routes.get(ROOT + "/organizations/{id}", ctx -> ctx.json(one(hsds(ctx).organizations(),
                HsdsOrganization::id, ctx, "organization")));
        routes.get(ROOT + "/services", this::services);
        routes.get(ROOT + "/services/{id}", ctx -> ctx.json(one(hsds(ctx).services(), HsdsService::id, ctx,
                "service")));
    }

    /** What the reference's {@code /} answers: the HSDS version, and the OpenAPI document of this API. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record About(String version, String openapiUrl) {
    }

    private void about(Context ctx) {
        ctx.json(new About(HSDS_VERSION, ClientConnection.of(ctx).origin() + "/openapi.json"));
    }

    private void organizations(Context ctx) {
        List<HsdsOrganization> found = hsds(ctx).organizations().stream()
                .filter(searched(ctx, HsdsOrganization::name, HsdsOrganization::description))
                .map(HsdsOrganization::listed).toList();
        ctx.json(HsdsPage.of(ctx, found));
    }

    private void services(Context ctx) {
        String organization = ctx.queryParam("organization_id");
        List<HsdsService> found = hsds(ctx).services().stream()
                .filter(service -> organization == null || service.organizationId().equals(organization))
                .filter(searched(ctx, HsdsService::name, HsdsService::description))
                .map(HsdsService::listed).toList();
        ctx.json(HsdsPage.of(ctx, found));
    }

    private HsdsDirectory hsds(Context ctx) {
        return HsdsDirectory.of(directory, projects, ClientConnection.of(ctx).origin());
    }

    /** Whether a record's name or description holds the words of {@code ?search=}, ignoring case; all do without it. */
    private static <T> Predicate<T> searched(Context ctx, Function<T, String> name, Function<T, String> description) {
        String words = ctx.queryParam("search");
        if (words == null || words.isBlank()) {
            return record -> true;
        }
        String wanted = words.strip().toLowerCase(Locale.ROOT);
        return record -> (name.apply(record) + " " + description.apply(record)).toLowerCase(Locale.ROOT)
                .contains(wanted);
    }

    private static <T> T one(List<T> all, Function<T, String> id, Context ctx, String what) {
        String wanted = ctx.pathParam("id");
        return all.stream().filter(record -> id.apply(record).equals(wanted)).findFirst()
                .orElseThrow(() -> HttpProblem.notFound("There is no " + what + " with this id."));
    }
}
