package org.bettercaretogether.web.meeting;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.security.Admission;
import org.bettercaretogether.application.security.AdmitPublicSubmission;
import org.bettercaretogether.web.platform.ClientConnection;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Map;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.application.meeting.PublicMeeting;
import org.bettercaretogether.application.meeting.RegisterForMeeting;
import org.bettercaretogether.application.meeting.RegistrationReceipt;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.OwnOrigin;
import org.bettercaretogether.web.platform.Routes;

/**
 * The public pages of meetings:
 * <ul>
 *   <li>{@code GET /meetings}: the upcoming meetings of every community and workstream, soonest first;</li>
 *   <li>{@code GET /meetings/{id}}: one meeting, with its registration form while registration is open, and once it
 *       has taken place (or views given at it were entered) how many views were given at it and the published ones;
 *       an id that is unknown or not an id at all is 404;</li>
 *   <li>{@code POST /meetings/{id}/register}: every problem at once on the page again (422, answers kept), or 303 to
 *       the registration's private page ({@code /meetings/registrations/{token}?new=1}), which confirms it; a meeting
 *       that is cancelled or has started is 409, with a page that says so.</li>
 * </ul>
 */
record MeetingRoutes(BrowseMeetings meetings, RegisterForMeeting register, AdmitPublicSubmission admit,
                     ReadPublishedFeedback published,
                     Clock clock) implements Routes {

    private static final String UNKNOWN = "There is no meeting at this address. Check you copied the whole link.";
    static final String PAGES = "/meetings";
    private static final String LIST_TEMPLATE = "meeting/meetings.jte";
    private static final String TEMPLATE = "meeting/meeting.jte";
    private static final String CLOSED_TEMPLATE = "meeting/closed.jte";

    /** A meeting's page. */
    static String page(String id) {
        return PAGES + "/" + id;
    }

    /** Why a form of a meeting sent from another site is refused: the person is sent to {@code formPage}. */
    static String notFromHere(String formPage) {
        return "The form did not come from this service. Go to " + formPage
                + " on this service and use the form there.";
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGES, this::list);
        routes.get(PAGES + "/{id}", this::meeting);
        routes.post(PAGES + "/{id}/register", this::registerForm);
    }

    private void list(Context ctx) {
        var now = clock.instant();
        ctx.render(LIST_TEMPLATE, Map.of("meetings", new MeetingsPage(meetings.upcoming().stream()
                .map(meeting -> MeetingDetails.of(meeting, now)).toList())));
    }

    private void meeting(Context ctx) {
        render(ctx, found(meetings, ctx.pathParam("id")), RegistrationForm.start(), FormErrors.none());
    }

    private void registerForm(Context ctx) {
        String id = ctx.pathParam("id");
        OwnOrigin.require(ctx, notFromHere(page(id)));
        MeetingId meetingId = parse(id);
        admitRegistration(admit, ctx, meetingId);
        RegistrationForm form = RegistrationForm.read(ctx);
        switch (form.toRegistration().flatMap(registration -> register.register(meetingId, registration))) {
            case Outcome.Done<RegistrationReceipt>(RegistrationReceipt receipt) -> ctx.redirect(
                    RegistrationRoutes.confirmation(receipt.cancelToken()), HttpStatus.SEE_OTHER);
            case Outcome.Rejected<RegistrationReceipt>(Rejection.InvalidInput invalid) -> {
                PublicMeeting meeting = found(meetings, id);
                if (!meeting.meeting().open(clock.instant())) {
                    closed(ctx, meeting); // the form is gone from the page: its errors would have nowhere to go
                    return;
                }
                FormErrors.answerStatus(ctx, invalid);
                render(ctx, meeting, form, FormErrors.onFields(invalid, RegistrationForm.NAME)
                        .inOrder(RegistrationForm.FIELDS));
            }
            case Outcome.Rejected<RegistrationReceipt>(Rejection.Conflict ignored) -> closed(ctx, found(meetings, id));
            case Outcome.Rejected<RegistrationReceipt>(Rejection.NotFound ignored) -> throw unknown();
            case Outcome.Rejected<RegistrationReceipt>(Rejection other) -> throw new RejectedException(other);
        }
    }

    /**
     * One more registration for the meeting from the client's network, or 429 with {@code Retry-After}: one address
     * cannot fill a meeting with made-up people (docs/adr/0013).
     */
    static void admitRegistration(AdmitPublicSubmission admit, Context ctx, MeetingId meeting) {
        Admission admission = admit.admitRegistration(meeting.toString(), ClientConnection.of(ctx).clientAddress());
        if (!admission.allowed()) {
            throw new RejectedException(new Rejection.Throttled(admission.retryAfter()));
        }
    }

    /** 409: registration is closed, and the page says why. */
    private void closed(Context ctx, PublicMeeting meeting) {
        ctx.status(HttpStatus.CONFLICT);
        ctx.render(CLOSED_TEMPLATE, Map.of("meeting", MeetingDetails.of(meeting, clock.instant())));
    }

    private void render(Context ctx, PublicMeeting meeting, RegistrationForm form, FormErrors errors) {
        ctx.render(TEMPLATE, Map.of("meeting", new MeetingPage(MeetingDetails.of(meeting, clock.instant()), form,
                errors, CalendarRoutes.feed(meeting), MeetingViews.of(published.givenAt(meeting.meeting().id())))));
    }

    /** The meeting with the id the address names; 404 when there is none, or the id is not one. */
    static PublicMeeting found(BrowseMeetings meetings, String id) {
        return HttpProblem.found(meetings.meeting(parse(id)), UNKNOWN);
    }

    /** An id from an address: one that is not an id names no meeting, so it is 404 like an unknown one. */
    static MeetingId parse(String id) {
        try {
            return MeetingId.parse(id);
        } catch (InvalidValueException notAnId) {
            throw unknown();
        }
    }

    static HttpProblem unknown() {
        return HttpProblem.notFound(UNKNOWN);
    }
}
