package org.bettercaretogether.web.directory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Routes;

/** The partner organisations: {@code /partners}, {@code /partners/{id}} and the same under {@code /api/v1}. */
final class PartnerRoutes implements Routes {

    private final BrowseDirectory directory;

    PartnerRoutes(BrowseDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PartnerDetails.PAGES, this::listPage);
        routes.get(PartnerDetails.PAGES + "/{id}", this::page);
        routes.get(PartnerDetails.API, this::list);
        routes.get(PartnerDetails.API + "/{id}", this::one);
    }

    private void listPage(Context ctx) {
        ctx.render("directory/partners.jte", Map.of("partners", directory.partners().stream().map(PartnerDetails::of).toList()));
    }

    private void page(Context ctx) {
        ctx.render("directory/partner.jte", Map.of("partner", partner(ctx)));
    }

    private void list(Context ctx) {
        ctx.json(Items.of(directory.partners().stream().map(PartnerDetails::of).toList()));
    }

    private void one(Context ctx) {
        ctx.json(partner(ctx));
    }

    private PartnerDetails partner(Context ctx) {
        return PartnerDetails.of(directory.partner(PartnerId.parse(ctx.pathParam("id"))).orElseThrow());
    }
}
