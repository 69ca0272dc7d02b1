package org.bettercaretogether.web.follow;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.bettercaretogether.application.follow.FollowByEmail;
import org.bettercaretogether.application.follow.FollowByEmail.Following;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.follow.Followed;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.OwnOrigin;
import org.bettercaretogether.web.platform.PrivateAddresses;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;

import java.util.List;
import java.util.Map;

/**
 * Following by email, page by page:
 * <ul>
 *   <li>{@code GET /consultations/{slug}/follow} (and {@code /communities/...}, {@code /workstreams/...}): the form,
 *       one email address; an unknown slug is 404;</li>
 *   <li>{@code POST} to the same address: a malformed address shows the form again with an error summary (422);
 *       otherwise 303 to {@code /follow/check-your-email}, whether or not the address already followed it;</li>
 *   <li>{@code GET /follow/confirm/{token}} shows a button that {@code POST}s to the same address to confirm: a mail
 *       scanner that opens every link confirms nothing;</li>
 *   <li>{@code GET /unsubscribe/{token}} shows a button that {@code POST}s to the same address to end it; that
 *       {@code POST} is also the one a mail client sends by itself (RFC 8058: body
 *       {@code List-Unsubscribe=One-Click}, no cookie, from no page of this service), so it asks for no origin, and
 *       answers the same page whether the subscription was still there or not.</li>
 * </ul>
 * The address typed is never shown back on any page but the form it was typed into, nor logged. Both private links
 * are {@link PrivateAddresses}.
 */
record FollowRoutes(FollowByEmail follow) implements Routes {

    static final String EMAIL = "email";
    static final String CHECK_YOUR_EMAIL = "/follow/check-your-email";
    private static final String FORM = "follow/follow.jte";
    private static final String LINK = "follow/link.jte";
    private static final String SIMPLE = "platform/simple-page.jte";
    private static final Map<String, Followed.Kind> KINDS = Map.of("/consultations", Followed.Kind.CONSULTATION,
            "/communities", Followed.Kind.COMMUNITY, "/workstreams", Followed.Kind.WORKSTREAM);
    private static final String NO_SUBSCRIPTION = "No request to follow anything has this link. It may have been "
            + "confirmed or ended already, or have waited more than a week. Check you copied the whole link.";

    @Override
    public void register(RoutesConfig routes) {
        KINDS.forEach((pages, kind) -> {
            routes.get(pages + "/{slug}/follow", ctx -> form(ctx, pages, kind));
            routes.post(pages + "/{slug}/follow", ctx -> ask(ctx, pages, kind));
        });
        routes.get(CHECK_YOUR_EMAIL, this::checkYourEmail);
        routes.get(PrivateAddresses.FOLLOW_CONFIRMATIONS + "/{token}", this::confirmPage);
        routes.post(PrivateAddresses.FOLLOW_CONFIRMATIONS + "/{token}", this::confirm);
        routes.get(PrivateAddresses.UNSUBSCRIBE + "/{token}", this::unsubscribePage);
        routes.post(PrivateAddresses.UNSUBSCRIBE + "/{token}", this::unsubscribe);
    }

    private void form(Context ctx, String pages, Followed.Kind kind) {
        render(ctx, pages, followable(ctx, kind), "", FormErrors.none());
    }

    private void ask(Context ctx, String pages, Followed.Kind kind) {
        String page = pages + "/" + ctx.pathParam("slug");
        OwnOrigin.require(ctx, "The form did not come from this service. Go to " + page
                + "/follow on this service and use the form there.");
        Following following = followable(ctx, kind);
        String typed = Requests.field(ctx, EMAIL);
        switch (follow.follow(kind, Requests.slug(ctx), typed == null ? "" : typed)) {
            case Outcome.Done<Following> ignored -> ctx.redirect(CHECK_YOUR_EMAIL, HttpStatus.SEE_OTHER);
            case Outcome.Rejected<Following>(Rejection.InvalidInput invalid) -> {
                FormErrors.answerStatus(ctx, invalid);
                render(ctx, pages, following, typed, FormErrors.builder()
                        .add(EMAIL, FieldChecks.EMAIL_FORMAT).build());
            }
            case Outcome.Rejected<Following>(Rejection.NotFound ignored) -> throw unknown(kind);
            case Outcome.Rejected<Following>(Rejection other) -> throw new RejectedException(other);
        }
    }

    private void checkYourEmail(Context ctx) {
        ctx.render(SIMPLE, Map.of("title", "Check your email", "paragraphs", List.of(
                "We have sent you an email with a link. Open the link to confirm that you want these updates.",
                "Nothing will be sent to you until you confirm. If the email has not arrived in a few minutes, check "
                        + "your spam or junk folder.",
                "Every update we send has a link to stop them.")));
    }

    private void confirmPage(Context ctx) {
        Following following = HttpProblem.found(follow.subscriptionToConfirm(ctx.pathParam("token")), NO_SUBSCRIPTION);
        ctx.render(LINK, Map.of("link", following.confirmed()
                ? LinkPage.done("You are following " + following.title(), confirmedText(following))
                : new LinkPage("Confirm you want email updates", "You asked for email updates about "
                + following.title() + ".", "Confirm", ctx.path())));
    }

    private void confirm(Context ctx) {
        OwnOrigin.require(ctx, "The form did not come from this service. Open the link in your email again.");
        Following following = HttpProblem.found(follow.confirm(ctx.pathParam("token")), NO_SUBSCRIPTION);
        ctx.render(LINK, Map.of("link", LinkPage.done("You are following " + following.title(),
                confirmedText(following))));
    }

    private void unsubscribePage(Context ctx) {
        Following following = HttpProblem.found(follow.subscription(ctx.pathParam("token")),
                "There is no subscription at this link: it may have ended already. Check you copied the whole link.");
        ctx.render(LINK, Map.of("link", new LinkPage("Stop email updates", "You get email updates about "
                + following.title() + ". Unsubscribe to stop them.", "Unsubscribe", ctx.path())));
    }

    private void unsubscribe(Context ctx) {
        // Deliberately no origin check: RFC 8058's one-click POST comes from a mail client, carrying only the token.
        follow.unsubscribe(ctx.pathParam("token"));
        ctx.render(LINK, Map.of("link", LinkPage.done("You have unsubscribed",
                "You will get no more email updates from this subscription.")));
    }

    private Following followable(Context ctx, Followed.Kind kind) {
        return switch (follow.followable(kind, Requests.slug(ctx))) {
            case Outcome.Done<Following>(Following found) -> found;
            case Outcome.Rejected<Following> ignored -> throw unknown(kind);
        };
    }

    private static String confirmedText(Following following) {
        return "We will email you when there is news about " + following.title()
                + ". Every email has a link to stop them.";
    }

    private static HttpProblem unknown(Followed.Kind kind) {
        return HttpProblem.notFound("There is no " + kind.code() + " at this address. Check you copied the whole link.");
    }

    private static void render(Context ctx, String pages, Following following, String email, FormErrors errors) {
        String page = pages + "/" + ctx.pathParam("slug");
        ctx.render(FORM, Map.of("follow", new FollowPage(following.title(), page + "/follow", page, email, errors)));
    }
}
