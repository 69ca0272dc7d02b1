package org.bettercaretogether.web.moderation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.FeedbackForStaff;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.feedback.ModerateFeedback;
import org.bettercaretogether.application.feedback.RespondToFeedback;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.StaffDates;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffForms;

/**
 * One view, whole, and the changes staff make to it, as a page: {@code GET /staff/feedback/{id}}, the view, with the
 * forms the person may use on it now; {@code POST /staff/feedback/{id}/{publish, withhold, themes, assign,
 * safeguarding, response, close}}, each back to the page (303) with a notice, or the page again with an error summary
 * (422), or with the news that the view changed meanwhile or no longer allows the change (409). The staff API does
 * the same in JSON ({@link ViewApiRoutes}).
 * Each change quotes the version of the view it was made on. {@link ModerateFeedback} and {@link RespondToFeedback}
 * decide who may: moderators publish, withhold and flag; moderators and engagement officers tag and assign; a
 * responder of the assigned partner answers; they and moderators close.
 */
record ViewRoutes(ModerateFeedback moderate, RespondToFeedback respond, ManageThemes themes, BrowseDirectory directory,
                  Clock clock) implements Routes {

    static final String VERSION = "version";
    /** What a form's version that is not a number stands for: no version a view has, so the change is stale. */
    private static final long UNREADABLE_VERSION = -1;

    @Override
    public void register(RoutesConfig routes) {
        String page = ModerationAddresses.VIEW + "/";
        routes.get(ModerationAddresses.VIEW, this::page);
        routes.post(page + ModerationAction.PUBLISH.segment(), this::publish);
        routes.post(page + ModerationAction.WITHHOLD.segment(), this::withhold);
        routes.post(page + ModerationAction.THEMES.segment(), this::tagThemes);
        routes.post(page + ModerationAction.ASSIGN.segment(), this::assign);
        routes.post(page + ModerationAction.SAFEGUARDING.segment(), this::flagSafeguarding);
        routes.post(page + ModerationAction.RESPOND.segment(), this::answer);
        routes.post(page + ModerationAction.CLOSE.segment(), this::close);
    }

    private void page(Context ctx) {
        Actor actor = StaffAccess.actor(ctx);
        FeedbackForStaff view = moderate.view(actor, id(ctx)).orElseThrow();
        String notice = ModerationAction.done(ctx.queryParam(ModerationAction.DONE)).map(ModerationAction::notice).orElse(null);
        render(ctx, actor, view, ViewPage.Typed.of(view), notice, FormErrors.none());
    }

    private void publish(Context ctx) {
        Actor actor = StaffAccess.actor(ctx);
        String text = Requests.field(ctx, "public-text");
        decide(ctx, ModerationAction.PUBLISH, typed -> typed.publishing(text),
                version -> moderate.publish(actor, id(ctx), version, text));
    }

    private void withhold(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.MODERATOR, Role.ADMIN);
        String reason = Requests.field(ctx, "withhold-reason");
        String note = Requests.field(ctx, "withhold-note");
        decide(ctx, ModerationAction.WITHHOLD, typed -> typed.withholding(reason, note), version -> reason(reason)
                .map(why -> moderate.withhold(actor, id(ctx), version, why, optional(note)))
                .orElseGet(() -> Outcome.rejected(Rejection.InvalidInput.of("reason",
                        "Select why the view is kept from the public"))));
    }

    private void tagThemes(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.MODERATOR, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
        Set<String> tagged = Set.copyOf(ctx.formParams("themes"));
        decide(ctx, ModerationAction.THEMES, typed -> typed.tagging(tagged), version -> themeIds(tagged)
                .map(ids -> moderate.tagThemes(actor, id(ctx), version, ids))
                .orElseGet(() -> Outcome.rejected(Rejection.InvalidInput.of("themes", "Select themes from the list"))));
    }

    private void assign(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.MODERATOR, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
        String partner = Requests.field(ctx, "partner");
        decide(ctx, ModerationAction.ASSIGN, typed -> typed.assigning(partner), version -> partner(partner)
                .map(to -> moderate.assign(actor, id(ctx), version, to))
                .orElseGet(() -> Outcome.rejected(Rejection.InvalidInput.of("partner",
                        "Select the partner organisation that is to answer the view"))));
    }

    private void flagSafeguarding(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.MODERATOR, Role.ADMIN);
        String note = Requests.field(ctx, "safeguarding-note");
        decide(ctx, ModerationAction.SAFEGUARDING, typed -> typed.flagging(note), version -> note.isEmpty()
                ? Outcome.rejected(Rejection.InvalidInput.of("note", "Describe why someone may be at risk"))
                : moderate.flagSafeguarding(actor, id(ctx), version, note));
    }

    private void answer(Context ctx) {
        Actor actor = StaffAccess.actor(ctx);
        String text = Requests.field(ctx, "response");
        decide(ctx, ModerationAction.RESPOND, typed -> typed.answering(text),
                version -> respond.respond(actor, id(ctx), version, text));
    }

    private void close(Context ctx) {
        Actor actor = StaffAccess.actor(ctx);
        String reason = Requests.field(ctx, "close-reason");
        decide(ctx, ModerationAction.CLOSE, typed -> typed.closing(reason),
                version -> respond.close(actor, id(ctx), version, optional(reason)));
    }

    /**
     * Makes the change with the version the form was read at: done, back to the page with its notice; refused for its
     * input or because the view changed meanwhile, the page again as it is now, with what was typed and why.
     */
    private void decide(Context ctx, ModerationAction action, UnaryOperator<ViewPage.Typed> typed,
                        LongFunction<Outcome<FeedbackForStaff>> change) {
        StaffForms.answer(ctx, change.apply(formVersion(ctx)),
                changed -> ModerationAddresses.view(changed.feedback().id()) + "?" + ModerationAction.DONE + "="
                        + action.segment(),
                refused -> {
                    Actor actor = StaffAccess.actor(ctx);
                    FeedbackForStaff current = moderate.view(actor, id(ctx)).orElseThrow();
                    render(ctx, actor, current, typed.apply(ViewPage.Typed.of(current)), null, errors(action, refused));
                }, Rejection.Conflict.class);
    }

    /** A change refused for its input, against the form's fields; one refused for the view's state, against its version. */
    private static FormErrors errors(ModerationAction action, Rejection rejection) {
        if (rejection instanceof Rejection.Conflict conflict) {
            return new FormErrors(List.of(new FieldError(VERSION, conflict.message())));
        }
        Rejection.InvalidInput invalid = (Rejection.InvalidInput) rejection;
        Map<String, String> fields = invalid.problems().stream().map(problem -> problem.field()).distinct()
                .collect(Collectors.toMap(field -> field, action::formField));
        return FormErrors.of(rejection, fields, action.mainField());
    }

    private void render(Context ctx, Actor actor, FeedbackForStaff view, ViewPage.Typed typed, String notice,
                        FormErrors errors) {
        ctx.render("moderation/view.jte", Map.of("view", ViewPage.of(view, actor, themes.themes(),
                directory.partners(), StaffDates.today(clock), typed, notice, errors)));
    }

    // --- reading what was sent ---

    private static long formVersion(Context ctx) {
        String version = Requests.field(ctx, VERSION);
        return version.matches("[0-9]{1,18}") ? Long.parseLong(version) : UNREADABLE_VERSION;
    }

    static Optional<WithholdReason> reason(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(WithholdReason.values()).filter(reason -> reason.name().equals(name)).findFirst();
    }

    static Optional<Set<ThemeId>> themeIds(Collection<String> texts) {
        Set<ThemeId> ids = new HashSet<>();
        for (String text : texts) {
            try {
                ids.add(ThemeId.parse(text == null ? "" : text));
            } catch (InvalidValueException notAnId) {
                return Optional.empty();
            }
        }
        return Optional.of(ids);
    }

    static Optional<PartnerId> partner(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(PartnerId.parse(text));
        } catch (InvalidValueException notAnId) {
            return Optional.empty();
        }
    }

    static Optional<String> optional(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    static FeedbackId id(Context ctx) {
        return FeedbackId.parse(ctx.pathParam("id"));
    }
}
