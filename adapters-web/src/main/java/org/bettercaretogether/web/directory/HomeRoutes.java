package org.bettercaretogether.web.directory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.web.platform.Routes;

/** The programme itself: the home page and {@code /api/v1/vanguard}. */
final class HomeRoutes implements Routes {

    private final BrowseDirectory directory;

    HomeRoutes(BrowseDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(VanguardDetails.PAGE, this::page);
        routes.get(VanguardDetails.API, this::vanguard);
    }

    private void page(Context ctx) {
        ctx.render("directory/home.jte", Map.of(
                "vanguard", VanguardDetails.of(directory.vanguard().orElseThrow()),
                "partners", directory.partners().stream().map(PartnerDetails::of).toList(),
                "networks", directory.networks().stream().map(NetworkDetails::of).toList()));
    }

    private void vanguard(Context ctx) {
        ctx.json(VanguardDetails.of(directory.vanguard().orElseThrow()));
    }
}
