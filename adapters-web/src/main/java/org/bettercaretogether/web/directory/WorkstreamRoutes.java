package org.bettercaretogether.web.directory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Routes;

/** The service review's workstreams: {@code /workstreams[/{slug}]} and the same under {@code /api/v1}. */
final class WorkstreamRoutes implements Routes {

    private final BrowseDirectory directory;
    private final ReadPublishedFeedback published;

    WorkstreamRoutes(BrowseDirectory directory, ReadPublishedFeedback published) {
        this.directory = directory;
        this.published = published;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(WorkstreamDetails.PAGES, this::listPage);
        routes.get(WorkstreamDetails.PAGES + "/{slug}", this::page);
        routes.get(WorkstreamDetails.API, this::list);
        routes.get(WorkstreamDetails.API + "/{slug}", this::one);
    }

    private void listPage(Context ctx) {
        ctx.render("directory/workstreams.jte", Map.of("workstreams", directory.workstreams().stream().map(WorkstreamDetails::of).toList()));
    }

    private void page(Context ctx) {
        WorkstreamDetails workstream = workstream(ctx);
        ctx.render("directory/workstream.jte", Map.of("workstream", workstream,
                "feedback", FeedbackSection.workstream(published, new Slug(workstream.slug()), workstream.name())));
    }

    private void list(Context ctx) {
        ctx.json(Items.of(directory.workstreams().stream().map(WorkstreamDetails::of).toList()));
    }

    private void one(Context ctx) {
        ctx.json(workstream(ctx));
    }

    private WorkstreamDetails workstream(Context ctx) {
        return WorkstreamDetails.of(directory.workstream(new Slug(ctx.pathParam("slug"))).orElseThrow());
    }
}
