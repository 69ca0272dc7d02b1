package org.bettercaretogether.web.directory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Routes;

/**
 * The clinical networks: {@code /networks/{slug}} and {@code /api/v1/networks[/{slug}]}. The list of networks
 * as a page is {@code /communities}, which groups the communities by network.
 */
final class NetworkRoutes implements Routes {

    private final BrowseDirectory directory;

    NetworkRoutes(BrowseDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(NetworkDetails.PAGES + "/{slug}", this::page);
        routes.get(NetworkDetails.API, this::list);
        routes.get(NetworkDetails.API + "/{slug}", this::one);
    }

    private void page(Context ctx) {
        ctx.render("directory/network.jte", Map.of("network", network(ctx)));
    }

    private void list(Context ctx) {
        ctx.json(Items.of(directory.networks().stream().map(NetworkDetails::of).toList()));
    }

    private void one(Context ctx) {
        ctx.json(network(ctx));
    }

    private NetworkDetails network(Context ctx) {
        return NetworkDetails.of(directory.network(new Slug(ctx.pathParam("slug"))).orElseThrow());
    }
}
