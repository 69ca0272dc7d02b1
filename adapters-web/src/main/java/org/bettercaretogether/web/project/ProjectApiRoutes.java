package org.bettercaretogether.web.project;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.FindCommunityForPlace;
import org.bettercaretogether.application.project.BrowseProjects;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.web.platform.Paging;
import org.bettercaretogether.web.platform.Routes;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Community projects in the public API: {@code GET /api/v1/projects[?near=&community=&category=&day=&free=true]
 * [&cursor=&limit=]} answers {@code {"items": [...], "next": "..."}}, listed projects by name, {@code next} absent on
 * the last page; {@code GET /api/v1/projects/{id}} one project, listed or closed. Filters are those of the page
 * ({@link ProjectFilters}); a filter that names nothing known is a 422 naming it, an unknown project a 404.
 */
record ProjectApiRoutes(BrowseProjects browse, BrowseDirectory directory, FindCommunityForPlace places)
        implements Routes {

    static final String API = ProjectJson.API;
    private static final int DEFAULT_LIMIT = 20;

    /** A page of projects in the API. */
    public record ProjectList(List<ProjectJson> items, String next) {
        public ProjectList {
            items = List.copyOf(items);
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API, this::list);
        routes.get(API + "/{id}", ctx -> ctx.json(ProjectJson.of(
                browse.project(ProjectId.parse(ctx.pathParam("id"))).orElseThrow(), communitySlugs())));
    }

    private void list(Context ctx) {
        int limit = Paging.limit(ctx, DEFAULT_LIMIT);
        var page = ProjectFilters.read(ctx).search(directory, places)
                .flatMap(chosen -> browse.find(chosen.search(), Paging.cursor(ctx), limit)).orElseThrow();
        Map<CommunityId, String> slugs = communitySlugs();
        ctx.json(new ProjectList(page.items().stream().map(entry -> ProjectJson.of(entry, slugs)).toList(),
                page.next().orElse(null)));
    }

    private Map<CommunityId, String> communitySlugs() {
        return directory.communities().stream().collect(Collectors.toMap(profile -> profile.community().id(),
                profile -> profile.community().slug().value()));
    }
}
