package org.bettercaretogether.web.directory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.feedback.FeedbackSection;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Routes;

/**
 * The Integrated Care Communities: {@code /communities} (grouped by clinical network),
 * {@code /communities/{slug}} and the same under {@code /api/v1}.
 */
final class CommunityRoutes implements Routes {

    private final BrowseDirectory directory;
    private final ReadPublishedFeedback published;

    CommunityRoutes(BrowseDirectory directory, ReadPublishedFeedback published) {
        this.directory = directory;
        this.published = published;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(CommunityView.PAGES, this::listPage);
        routes.get(CommunityView.PAGES + "/{slug}", this::page);
        routes.get(CommunityView.API, this::list);
        routes.get(CommunityView.API + "/{slug}", this::one);
    }

    private void listPage(Context ctx) {
        ctx.render("directory/communities.jte", Map.of("networks", directory.networks().stream().map(NetworkView::of).toList()));
    }

    private void page(Context ctx) {
        CommunityView community = community(ctx);
        ctx.render("directory/community.jte", Map.of("community", community,
                "feedback", FeedbackSection.community(published, new Slug(community.slug()), community.name())));
    }

    private void list(Context ctx) {
        ctx.json(Items.of(directory.communities().stream().map(CommunityView::of).toList()));
    }

    private void one(Context ctx) {
        ctx.json(community(ctx));
    }

    private CommunityView community(Context ctx) {
        return CommunityView.of(directory.community(new Slug(ctx.pathParam("slug"))).orElseThrow());
    }
}
