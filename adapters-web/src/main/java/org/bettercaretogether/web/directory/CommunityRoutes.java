package org.bettercaretogether.web.directory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.bettercaretogether.application.community.ShapeCommunities;
import org.bettercaretogether.application.consultation.BrowseConsultations;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.application.onlineconsultation.ReadOnlineConsultationGuides;
import org.bettercaretogether.application.project.BrowseProjects;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;

/**
 * The pages of the Integrated Care Communities: {@code /communities} (grouped by clinical network) and
 * {@code /communities/{slug}} (the community's life: its facts, local priorities, integrated team, upcoming meetings,
 * community projects, the consultations about it open or coming up, history and what people told it). The public API answers them in JSON ({@link CommunityApiRoutes}).
 *
 * <p>A community's former address, after a renaming, or the address of one merged into another (once the merger
 * has taken effect), answers {@code 301 Moved Permanently} to the same page or resource at the community's current
 * address, so links and bookmarks keep working ({@link #current}). Merged communities are left out of the lists by
 * the directory.
 */
record CommunityRoutes(BrowseDirectory directory, ReadPublishedFeedback published, ReadPriorities priorities,
                       ReadTeams teams, BrowseMeetings meetings, ShapeCommunities shaping, BrowseProjects projects,
                       ReadOnlineConsultationGuides onlineConsultations, BrowseConsultations consultations,
                       Clock clock) implements Routes {

    /**
     * How long a client may keep a redirect from a former address: a day, not for ever, because a renaming can be
     * followed by another that takes an address back.
     */
    private static final String REDIRECT_CACHING = "public, max-age=86400";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(CommunityDetails.PAGES, this::listPage);
        routes.get(CommunityDetails.PAGES + "/{slug}", this::page);
    }

    private void listPage(Context ctx) {
        ctx.render("directory/communities.jte", Map.of("networks", directory.networks().stream().map(NetworkDetails::of).toList()));
    }

    private void page(Context ctx) {
        current(shaping, ctx, CommunityDetails.PAGES, "").ifPresent(slug -> {
            CommunityProfile profile = directory.community(slug).orElseThrow();
            CommunityDetails community = CommunityDetails.of(profile);
            ctx.render("directory/community.jte", Map.of("community", community,
                    "priorities", PrioritySection.community(priorities, slug, community.name()),
                    "team", TeamSection.community(teams, slug),
                    "meetings", MeetingsSection.of(community.name(), community.slug(),
                            meetings.ofCommunity(slug).orElseThrow(), clock.instant()),
                    "history", HistorySection.of(shaping.story(slug).orElseThrow()),
                    "projects", ProjectsSection.of(projects, profile.community().id(), community.name(),
                            community.slug()),
                    "onlineConsultations", OnlineConsultationSection.community(onlineConsultations,
                            profile.community().id(), community.name()),
                    "consultations", OpenConsultation.stillToClose(consultations.stillToClose(ViewAbout.community(slug))),
                    "feedback", FeedbackSection.community(published, slug, community.name())));
        });
    }

    /**
     * The community address in the path, when it is a current community's own (or no community's: the handler then
     * answers 404); otherwise empty, having answered 301 to {@code base/{current}rest}, with the query kept.
     */
    static Optional<Slug> current(ShapeCommunities shaping, Context ctx, String base, String rest) {
        Slug asked = Requests.slug(ctx);
        Optional<Slug> now = shaping.whereIs(asked);
        if (now.isEmpty()) {
            return Optional.of(asked);
        }
        String query = ctx.queryString();
        ctx.header("Cache-Control", REDIRECT_CACHING);
        ctx.redirect(base + "/" + now.get() + rest + (query == null || query.isEmpty() ? "" : "?" + query),
                HttpStatus.MOVED_PERMANENTLY);
        return Optional.empty();
    }
}
