package org.bettercaretogether.web.meeting;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.security.AdmitPublicSubmission;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.application.meeting.PublicMeeting;
import org.bettercaretogether.application.meeting.RegisterForMeeting;
import org.bettercaretogether.application.meeting.RegistrationReceipt;
import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.IdempotentRequests;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.PrivateAddresses;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;

/**
 * Meetings in the JSON API:
 * <ul>
 *   <li>{@code GET /api/v1/meetings}: the upcoming meetings, soonest first; {@code GET /api/v1/meetings/{id}}, with
 *       how many views were given at it and the published ones;
 *       {@code GET /api/v1/communities/{slug}/meetings} and {@code GET /api/v1/workstreams/{slug}/meetings}: a
 *       host's meetings, upcoming first then past ({@link MeetingJson});</li>
 *   <li>{@code POST /api/v1/meetings/{id}/registrations} with {@link RegistrationRequest}: 201 with the status, the
 *       number waiting ahead and the private link ({@link RegistrationJson}); 422 naming every field at fault; 409
 *       when the meeting is cancelled or has started. With an {@code Idempotency-Key}, a retry within a day answers
 *       200 with the first answer and {@code Idempotent-Replayed: true}, and nothing is registered twice; the same
 *       key on a different registration is refused (422);</li>
 *   <li>{@code GET} and {@code DELETE /api/v1/registrations/{token}}: where a registration stands, and cancelling it
 *       (which answers where it then stands).</li>
 * </ul>
 * An unknown meeting, host or registration (or an address that cannot name one) is 404. A registration takes only
 * {@code application/json} (else 415) and refuses members it does not know (400).
 */
record MeetingApiRoutes(BrowseMeetings meetings, RegisterForMeeting register, AdmitPublicSubmission admit,
                        ReadPublishedFeedback published,
                        Clock clock) implements Routes {

    static final String API = "/api/v1/meetings";

    /** A meeting in the API. */
    static String meeting(String id) {
        return API + "/" + id;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API, this::upcoming);
        routes.get(API + "/{id}", this::one);
        routes.get("/api/v1/communities/{slug}/meetings", this::ofCommunity);
        routes.get("/api/v1/workstreams/{slug}/meetings", this::ofWorkstream);
        routes.post(API + "/{id}/registrations", this::registerJson);
        routes.get(PrivateAddresses.REGISTRATION_API + "/{token}", this::registration);
        routes.delete(PrivateAddresses.REGISTRATION_API + "/{token}", this::cancel);
    }

    private void upcoming(Context ctx) {
        ctx.json(Items.of(json(meetings.upcoming())));
    }

    private void one(Context ctx) {
        PublicMeeting meeting = MeetingRoutes.found(meetings, ctx.pathParam("id"));
        ctx.json(MeetingJson.of(meeting, clock.instant(),
                MeetingViewsJson.of(published.givenAt(meeting.meeting().id()))));
    }

    private void ofCommunity(Context ctx) {
        ctx.json(Items.of(json(meetings.ofCommunity(slug(ctx)).orElseThrow())));
    }

    private void ofWorkstream(Context ctx) {
        ctx.json(Items.of(json(meetings.ofWorkstream(slug(ctx)).orElseThrow())));
    }

    private void registerJson(Context ctx) {
        MeetingId id = MeetingRoutes.parse(ctx.pathParam("id"));
        Requests.requireJson(ctx, "the registration");
        MeetingRoutes.admitRegistration(admit, ctx, id);
        RegistrationRequest request =
                Requests.strictBody(ctx, RegistrationRequest.class, RegistrationRequest.MEMBERS, "a registration");
        Optional<IdempotencyKey> key = IdempotentRequests.key(ctx);
        RegistrationReceipt receipt = switch (request.toRegistration()
                .flatMap(registration -> register.register(id, registration, key))) {
            case Outcome.Done<RegistrationReceipt>(RegistrationReceipt done) -> done;
            case Outcome.Rejected<RegistrationReceipt>(Rejection.NotFound ignored) -> throw MeetingRoutes.unknown();
            case Outcome.Rejected<RegistrationReceipt>(Rejection.Conflict closed) -> throw HttpProblem.conflict(
                    closed.message() + " Registration is closed.");
            case Outcome.Rejected<RegistrationReceipt>(Rejection other) -> throw new RejectedException(other);
        };
        // The answer holds the private link: no cache may keep it.
        IdempotentRequests.answered(ctx, receipt.replayed());
        ctx.header("Cache-Control", "no-store")
                .header("Location", PrivateAddresses.REGISTRATION_API + "/" + receipt.cancelToken())
                .json(RegistrationJson.of(receipt, request.places()));
    }

    private void registration(Context ctx) {
        String token = ctx.pathParam("token");
        ctx.json(RegistrationJson.of(RegistrationRoutes.standing(register.registration(token)), token,
                clock.instant()));
    }

    private void cancel(Context ctx) {
        String token = ctx.pathParam("token");
        ctx.json(RegistrationJson.of(RegistrationRoutes.standing(register.cancel(token)), token, clock.instant()));
    }

    private List<MeetingJson> json(List<PublicMeeting> found) {
        var now = clock.instant();
        return found.stream().map(meeting -> MeetingJson.of(meeting, now)).toList();
    }

    /** A slug from an address: one that cannot be a slug names nothing, so it is 404 like an unknown one. */
    private static Slug slug(Context ctx) {
        try {
            return Requests.slug(ctx);
        } catch (InvalidValueException notASlug) {
            throw HttpProblem.notFound("There is nothing at this address.");
        }
    }
}
