package org.bettercaretogether.web.moderation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bettercaretogether.application.feedback.FeedbackForStaff;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.feedback.ModerateFeedback;
import org.bettercaretogether.application.feedback.RespondToFeedback;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffDates;
import org.bettercaretogether.web.platform.StaffRejections;

import static org.bettercaretogether.web.moderation.ViewRoutes.VERSION;
import static org.bettercaretogether.web.moderation.ViewRoutes.id;
import static org.bettercaretogether.web.moderation.ViewRoutes.optional;
import static org.bettercaretogether.web.moderation.ViewRoutes.partner;
import static org.bettercaretogether.web.moderation.ViewRoutes.reason;
import static org.bettercaretogether.web.moderation.ViewRoutes.themeIds;

/**
 * One view, whole, and the changes staff make to it, in the staff API, as on its page ({@link ViewRoutes}):
 * {@code GET /api/v1/staff/feedback/{id}} ({@link StaffFeedbackJson}) and
 * {@code POST /api/v1/staff/feedback/{id}/{publish, withhold, themes, assign, safeguarding, response, close}}
 * (bodies {@link ViewChanges}), each answering the view as changed. Each change quotes the version of the view it
 * was made on. {@link ModerateFeedback} and {@link RespondToFeedback} decide who may: moderators publish, withhold and
 * flag; moderators and engagement officers tag and assign; a responder of the assigned partner answers; they and
 * moderators close.
 */
record ViewApiRoutes(ModerateFeedback moderate, RespondToFeedback respond, ManageThemes themes,
                     Clock clock) implements Routes {

    @Override
    public void register(RoutesConfig routes) {
        String api = ModerationAddresses.API_VIEW + "/";
        routes.get(ModerationAddresses.API_VIEW, this::one);
        routes.post(api + ModerationAction.PUBLISH.segment(), this::publishFromJson);
        routes.post(api + ModerationAction.WITHHOLD.segment(), this::withholdFromJson);
        routes.post(api + ModerationAction.THEMES.segment(), this::tagThemesFromJson);
        routes.post(api + ModerationAction.ASSIGN.segment(), this::assignFromJson);
        routes.post(api + ModerationAction.SAFEGUARDING.segment(), this::flagSafeguardingFromJson);
        routes.post(api + ModerationAction.RESPOND.segment(), this::answerFromJson);
        routes.post(api + ModerationAction.CLOSE.segment(), this::closeFromJson);
    }

    private void one(Context ctx) {
        ctx.json(json(moderate.view(StaffAccess.actor(ctx), id(ctx)).orElseThrow()));
    }

    private void publishFromJson(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.MODERATOR, Role.ADMIN);
        var body = Requests.body(ctx, ViewChanges.Publish.class);
        answer(ctx, moderate.publish(actor, id(ctx), version(body.version()), orEmpty(body.publicText())), Map.of());
    }

    private void withholdFromJson(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.MODERATOR, Role.ADMIN);
        var body = Requests.body(ctx, ViewChanges.Withhold.class);
        long version = version(body.version());
        WithholdReason reason = reason(orEmpty(body.reason())).orElseThrow(() -> invalid("reason", "must be one of "
                + String.join(", ", Arrays.stream(WithholdReason.values()).map(Enum::name).toList())));
        answer(ctx, moderate.withhold(actor, id(ctx), version, reason, optional(orEmpty(body.note()))), Map.of());
    }

    private void tagThemesFromJson(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.MODERATOR, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
        var body = Requests.body(ctx, ViewChanges.Themes.class);
        long version = version(body.version());
        if (body.themes() == null) {
            throw invalid("themes", "is required: the ids of the view's themes (an empty list takes them all off)");
        }
        Set<ThemeId> ids = themeIds(body.themes()).orElseThrow(() -> invalid("themes", "must be the ids of themes"));
        answer(ctx, moderate.tagThemes(actor, id(ctx), version, ids), Map.of());
    }

    private void assignFromJson(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.MODERATOR, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
        var body = Requests.body(ctx, ViewChanges.Assign.class);
        long version = version(body.version());
        PartnerId partner = partner(orEmpty(body.partner())).orElseThrow(() -> invalid("partner",
                "must be the id of a partner organisation"));
        answer(ctx, moderate.assign(actor, id(ctx), version, partner), Map.of());
    }

    private void flagSafeguardingFromJson(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.MODERATOR, Role.ADMIN);
        var body = Requests.body(ctx, ViewChanges.Safeguarding.class);
        answer(ctx, moderate.flagSafeguarding(actor, id(ctx), version(body.version()), orEmpty(body.note())), Map.of());
    }

    private void answerFromJson(Context ctx) {
        var body = Requests.body(ctx, ViewChanges.Answer.class);
        answer(ctx, respond.respond(StaffAccess.actor(ctx), id(ctx), version(body.version()), orEmpty(body.text())),
                Map.of("response", "text"));
    }

    private void closeFromJson(Context ctx) {
        var body = Requests.body(ctx, ViewChanges.Close.class);
        answer(ctx, respond.close(StaffAccess.actor(ctx), id(ctx), version(body.version()),
                optional(orEmpty(body.reason()))), Map.of());
    }

    /** The view as changed; a refusal with its fields named as the body names them. */
    private void answer(Context ctx, Outcome<FeedbackForStaff> outcome, Map<String, String> bodyFields) {
        ctx.json(json(StaffRejections.answer(outcome, rejection -> FieldChecks.renamed(rejection, bodyFields))));
    }

    private StaffFeedbackJson json(FeedbackForStaff view) {
        Map<ThemeId, String> names = themes.themes().stream().collect(Collectors.toMap(Theme::id, Theme::name));
        return StaffFeedbackJson.of(view, names, StaffDates.today(clock));
    }

    /** The version a change must quote, so that a change made meanwhile by someone else is not overwritten. */
    private static long version(Long version) {
        if (version == null) {
            throw invalid(VERSION, "is required: give the version of the view you read, so that a change made "
                    + "meanwhile by someone else is not overwritten");
        }
        return version;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static RejectedException invalid(String field, String rule) {
        return new RejectedException(Rejection.InvalidInput.of(field, rule));
    }
}
