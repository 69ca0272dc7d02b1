package org.bettercaretogether.web.directory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.FindCommunityForPlace;
import org.bettercaretogether.domain.community.PlaceQuery;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Routes;

import static org.bettercaretogether.web.directory.DirectoryRoutes.network;
import static org.bettercaretogether.web.directory.DirectoryRoutes.partner;
import static org.bettercaretogether.web.directory.DirectoryRoutes.workstream;

/**
 * The directory in the public API, as on its pages ({@link DirectoryRoutes}): {@code /api/v1/vanguard}, the
 * programme itself; {@code /api/v1/partners[/{id}]}, {@code /api/v1/networks[/{slug}]} and
 * {@code /api/v1/workstreams[/{slug}]}; and {@code GET /api/v1/places/{query}}, the community for a place, as the
 * page {@code /find} finds it ({@link PlaceRoutes}). The API leaves every failure to the error handling: a place that
 * cannot be one is a 400 naming the field, no match a 404. The communities have routes of their own
 * ({@link CommunityApiRoutes}).
 */
record DirectoryApiRoutes(BrowseDirectory directory, FindCommunityForPlace places) implements Routes {

    @Override
    public void register(RoutesConfig routes) {
        routes.get(VanguardDetails.API, this::vanguard);
        routes.get(PartnerDetails.API, this::partners);
        routes.get(PartnerDetails.API + "/{id}", ctx -> ctx.json(partner(directory, ctx)));
        routes.get(NetworkDetails.API, this::networks);
        routes.get(NetworkDetails.API + "/{slug}", ctx -> ctx.json(network(directory, ctx)));
        routes.get(WorkstreamDetails.API, this::workstreams);
        routes.get(WorkstreamDetails.API + "/{slug}", ctx -> ctx.json(workstream(directory, ctx)));
        routes.get(PlaceMatchesJson.API + "/{query}", this::find);
    }

    private void vanguard(Context ctx) {
        ctx.json(VanguardDetails.of(directory.vanguard().orElseThrow()));
    }

    private void partners(Context ctx) {
        ctx.json(Items.of(directory.partners(), PartnerDetails::of));
    }

    private void networks(Context ctx) {
        ctx.json(Items.of(directory.networks(), NetworkDetails::of));
    }

    private void workstreams(Context ctx) {
        ctx.json(Items.of(directory.workstreams(), WorkstreamDetails::of));
    }

    private void find(Context ctx) {
        ctx.json(PlaceMatchesJson.of(places.find(PlaceQuery.parse(ctx.pathParam("query"))).orElseThrow()));
    }
}
