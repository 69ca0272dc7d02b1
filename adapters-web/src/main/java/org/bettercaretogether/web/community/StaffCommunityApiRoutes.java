package org.bettercaretogether.web.community;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import org.bettercaretogether.application.community.CommunityStory;
import org.bettercaretogether.application.community.ShapeCommunities;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.community.DevelopmentStage;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.FieldChecks.Field;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffApi;

import static org.bettercaretogether.web.community.StaffCommunityRoutes.INTO;
import static org.bettercaretogether.web.community.StaffCommunityRoutes.NAME;
import static org.bettercaretogether.web.community.StaffCommunityRoutes.SLUG;
import static org.bettercaretogether.web.community.StaffCommunityRoutes.STAGE;
import static org.bettercaretogether.web.community.StaffCommunityRoutes.newSlug;
import static org.bettercaretogether.web.community.StaffCommunityRoutes.slug;
import static org.bettercaretogether.web.community.StaffCommunityRoutes.stage;

/**
 * Engagement officers and administrators follow each community through time in the staff API, as on its staff page
 * ({@link StaffCommunityRoutes}): {@code POST /api/v1/staff/communities/{slug}/stage}, {@code .../rename} and
 * {@code .../merge}, each answering the community's story. {@link ShapeCommunities} decides who may, refuses a day in
 * the future, an address another community has or had, and a change to a community already merged (409). Each
 * handler first makes sure the person may use the API of communities.
 */
record StaffCommunityApiRoutes(ShapeCommunities communities) implements Routes {

    static final String API = StaffAddresses.API + "/communities";

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/{slug}/stage", this::recordStageFromJson);
        routes.post(API + "/{slug}/rename", this::renameFromJson);
        routes.post(API + "/{slug}/merge", this::mergeFromJson);
    }

    private void recordStageFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        Slug slug = slug(ctx);
        answer(ctx, CommunityShapingJson.Stage.class, (body, checks) -> {
            Optional<DevelopmentStage> stage = stage(checks, STAGE, body.stage(), "Give the stage the community "
                    + "reached: one of " + String.join(", ", Arrays.stream(DevelopmentStage.values()).map(Enum::name)
                    .toList()));
            checks.required("reachedOn", body.reachedOn(), "Give the day the community reached the stage");
            return checks.outcome(stage::orElseThrow)
                    .flatMap(reached -> communities.recordStage(actor, slug, reached, body.reachedOn()));
        }, new Field("effectiveOn", "reachedOn", "The day"), new Field("stageReachedOn", "reachedOn", "The day"));
    }

    private void renameFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        Slug slug = slug(ctx);
        answer(ctx, CommunityShapingJson.Rename.class, (body, checks) -> {
            checks.required(NAME, body.name(), "Give the community's new name");
            Optional<Slug> newSlug = newSlug(checks, body.name(), body.slug());
            checks.required("effectiveOn", body.effectiveOn(), "Give the day the new name takes effect");
            return checks.outcome(newSlug::orElseThrow)
                    .flatMap(address -> communities.rename(actor, slug, body.name(), address, body.effectiveOn()));
        }, new Field(NAME, NAME, "The new name"), new Field(SLUG, SLUG, "The new address"),
                new Field("effectiveOn", "effectiveOn", "The day"));
    }

    private void mergeFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        Slug slug = slug(ctx);
        answer(ctx, CommunityShapingJson.Merge.class, (body, checks) -> {
            Optional<Slug> into = Optional.empty();
            if (checks.required(INTO, body.into(), "Give the address of the community it joins")) {
                into = checks.check(INTO, "The community it joins", () -> new Slug(body.into().strip()));
            }
            checks.required("effectiveOn", body.effectiveOn(), "Give the day the merger takes effect");
            return checks.outcome(into::orElseThrow)
                    .flatMap(target -> communities.merge(actor, slug, target, body.effectiveOn()));
        }, new Field(INTO, INTO, "The community it joins"), new Field("effectiveOn", "effectiveOn", "The day"));
    }

    /** The community's story once the change sent as a {@code type} is made, its problems in the API's words. */
    private static <B> void answer(Context ctx, Class<B> type, StaffApi.Change<B, CommunityStory> change,
                                   Field... fields) {
        ctx.json(StaffStoryJson.of(StaffApi.changed(ctx, type, StaffApi.reworded(fields), change)));
    }
}
