package org.bettercaretogether.web.feedback;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.application.feedback.PublishedPage;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.feedback.Subjects;
import org.bettercaretogether.application.feedback.SubmissionReceipt;
import org.bettercaretogether.application.feedback.SubmitFeedback;
import org.bettercaretogether.application.feedback.TrackFeedback;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.IdempotentRequests;
import org.bettercaretogether.web.platform.PrivateAddresses;
import org.bettercaretogether.web.platform.PublishedItem;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Paging;
import org.bettercaretogether.web.platform.Routes;

import static org.bettercaretogether.web.feedback.PublishedRoutes.parameter;
import static org.bettercaretogether.web.feedback.TrackRoutes.tracked;

/**
 * The public side of the feedback loop in the JSON API, as on its pages ({@link ShareRoutes}, {@link TrackRoutes},
 * {@link PublishedRoutes}):
 * <ul>
 *   <li>{@code POST /api/v1/feedback}: a view ({@link ViewRequest}), answered 201 with the reference and the tracking
 *       link ({@link Receipt}); with an {@code Idempotency-Key}, a retry answers 200 with the same body and
 *       {@code Idempotent-Replayed: true}, and the same key on a different view is refused (422);</li>
 *   <li>{@code GET /api/v1/track/{token}}: where the view with that private link stands ({@link Tracking}), 404 for
 *       a token that matches none;</li>
 *   <li>{@code GET /api/v1/feedback[?about=community&slug=kendal][&cursor=...][&limit=20]}: the published views,
 *       newest first ({@link PublishedList});</li>
 *   <li>{@code GET /api/v1/scorecard} and {@code GET /api/v1/communities/{slug}/scorecard}: the listening scorecards
 *       of the programme and of one community ({@link Scorecard}).</li>
 * </ul>
 * A view is taken only as {@code application/json} (else 415), which no cross-site HTML form can send without the
 * browser asking first; members it does not know are refused (400), so that a misspelt one is not silently dropped.
 * A community or workstream that does not exist is 404; a malformed slug, an unknown {@code about} or a missing
 * {@code slug} is 400; a cursor this service did not give or a limit out of range is refused by the use case (422).
 */
record FeedbackApiRoutes(SubmitFeedback submit, TrackFeedback track,
                         ReadPublishedFeedback published) implements Routes {

    static final String API = "/api/v1/feedback";
    static final String SCORECARD_API = "/api/v1/scorecard";
    static final String COMMUNITY_SCORECARD_API = "/api/v1/communities/{slug}/scorecard";
    static final int DEFAULT_LIMIT = 20;

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API, this::shareJson);
        routes.get(PrivateAddresses.TRACKING_API + "/{token}", this::trackJson);
        routes.get(API, this::list);
        routes.get(SCORECARD_API, this::programmeScorecard);
        routes.get(COMMUNITY_SCORECARD_API, this::communityScorecard);
    }

    private void shareJson(Context ctx) {
        Requests.requireJson(ctx, "the view");
        ViewRequest request = Requests.strictBody(ctx, ViewRequest.class, ViewRequest.MEMBERS, "a view");
        Optional<IdempotencyKey> key = IdempotentRequests.key(ctx);
        SubmissionReceipt receipt = request.toView(Subjects.FIELD, submit::subjectProblem)
                .flatMap(view -> submit.submit(view, key))
                .orElseThrow();
        IdempotentRequests.answered(ctx, receipt.replayed());
        // The answer holds the private tracking link: no cache may keep it.
        ctx.header("Cache-Control", "no-store").json(Receipt.of(receipt));
    }

    private void trackJson(Context ctx) {
        ctx.json(Tracking.of(tracked(track, ctx.pathParam("token"))));
    }

    private void list(Context ctx) {
        int limit = Paging.limit(ctx, DEFAULT_LIMIT);
        PublishedPage page = published.published(about(ctx), Paging.cursor(ctx).map(String::strip), limit)
                .orElseThrow();
        ctx.json(new PublishedList(page.items().stream().map(PublishedItem::of).toList(), page.next().orElse(null)));
    }

    private void programmeScorecard(Context ctx) {
        ctx.json(Scorecard.of(published.programmeScorecard()));
    }

    private void communityScorecard(Context ctx) {
        ctx.json(Scorecard.of(published.communityScorecard(Requests.slug(ctx)).orElseThrow()));
    }

    /** The subject {@code about} and {@code slug} name; none when {@code about} is not given. */
    private static Optional<ViewAbout> about(Context ctx) {
        String about = parameter(ctx, "about").toLowerCase(Locale.ROOT);
        String slug = parameter(ctx, "slug");
        if (about.isEmpty()) {
            if (!slug.isEmpty()) {
                throw invalid("about", "Give about (community, workstream or network) with the slug");
            }
            return Optional.empty();
        }
        ViewAbout.Kind kind = Arrays.stream(ViewAbout.Kind.values()).filter(k -> k.key().equals(about)).findFirst()
                .orElseThrow(() -> invalid("about", "About must be one of programme, community, workstream or network"));
        if (kind == ViewAbout.Kind.PROGRAMME) {
            if (!slug.isEmpty()) {
                throw invalid("slug", "Leave out the slug for views about the programme as a whole");
            }
            return Optional.of(ViewAbout.programme());
        }
        if (slug.isEmpty()) {
            throw invalid("slug", "Give the slug of the " + kind.title() + " the views are about");
        }
        return Optional.of(new ViewAbout(kind, Optional.of(new Slug(slug))));
    }

    private static HttpProblem invalid(String field, String message) {
        return HttpProblem.invalidFields(List.of(new FieldError(field, message)));
    }
}
