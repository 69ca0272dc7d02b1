package org.bettercaretogether.web.meeting;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.meeting.ScheduleMeetings;
import org.bettercaretogether.application.meeting.StaffMeeting;
import org.bettercaretogether.application.security.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.web.platform.FieldChecks.Field;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffRejections;

import static org.bettercaretogether.web.meeting.StaffMeetingRoutes.ATTENDANCE;
import static org.bettercaretogether.web.meeting.StaffMeetingRoutes.REASON;
import static org.bettercaretogether.web.meeting.StaffMeetingRoutes.STEPS;
import static org.bettercaretogether.web.meeting.StaffMeetingRoutes.SUMMARY;
import static org.bettercaretogether.web.meeting.StaffMeetingRoutes.keeper;
import static org.bettercaretogether.web.meeting.StaffMeetingRoutes.meetingId;

/**
 * Engagement officers and administrators run public meetings in the staff API, as on the staff pages
 * ({@link StaffMeetingRoutes}): {@code GET/POST /api/v1/staff/meetings}, {@code GET/PUT /api/v1/staff/meetings/{id}},
 * {@code POST /api/v1/staff/meetings/{id}/cancel} and {@code .../afterwards}. Every change quotes the version it was
 * read at (a meeting changed meanwhile is refused with 409). A meeting that has started, or is cancelled, cannot be
 * changed (409), nor can what happened be recorded before it ends (409).
 */
final class StaffMeetingApiRoutes implements Routes {

    static final String API = StaffAddresses.API + "/meetings";

    private final ScheduleMeetings meetings;

    StaffMeetingApiRoutes(ScheduleMeetings meetings) {
        this.meetings = Objects.requireNonNull(meetings, "meetings");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API, this::list);
        routes.post(API, this::scheduleFromJson);
        routes.get(API + "/{id}", this::one);
        routes.put(API + "/{id}", this::reviseFromJson);
        routes.post(API + "/{id}/cancel", this::cancelFromJson);
        routes.post(API + "/{id}/afterwards", this::recordAfterwardsFromJson);
    }

    private void list(Context ctx) {
        ctx.json(Items.of(meetings.meetings(keeper(ctx)).orElseThrow().stream().map(StaffMeetingJson::listed).toList()));
    }

    private void one(Context ctx) {
        ctx.json(StaffMeetingJson.of(meetings.meeting(keeper(ctx), meetingId(ctx)).orElseThrow()));
    }

    private void scheduleFromJson(Context ctx) {
        Actor actor = keeper(ctx);
        StaffMeetingBody body = Requests.body(ctx, StaffMeetingBody.class);
        var checks = new FieldChecks();
        StaffMeeting scheduled = StaffRejections.answer(body.draft(checks)
                .flatMap(draft -> meetings.schedule(actor, draft)), reworded(StaffMeetingBody.FIELDS));
        ctx.status(HttpStatus.CREATED).header("Location", API + "/" + scheduled.meeting().meeting().id())
                .json(StaffMeetingJson.of(scheduled));
    }

    private void reviseFromJson(Context ctx) {
        Actor actor = keeper(ctx);
        MeetingId id = meetingId(ctx);
        StaffMeetingBody body = Requests.body(ctx, StaffMeetingBody.class);
        var checks = new FieldChecks();
        long version = body.version(checks);
        Outcome<MeetingDraft> draft = body.draft(checks);
        ctx.json(StaffMeetingJson.of(StaffRejections.answer(draft
                .flatMap(valid -> meetings.revise(actor, id, version, valid)), reworded(StaffMeetingBody.FIELDS))));
    }

    private void cancelFromJson(Context ctx) {
        Actor actor = keeper(ctx);
        MeetingId id = meetingId(ctx);
        StaffMeetingSteps.Cancel body = Requests.body(ctx, StaffMeetingSteps.Cancel.class);
        var checks = new FieldChecks();
        version(checks, body.version());
        checks.required(REASON, body.reason(), "Give the reason for cancelling: it is emailed to everyone registered");
        ctx.json(StaffMeetingJson.of(StaffRejections.answer(checks.outcome(() -> body)
                .flatMap(valid -> meetings.cancel(actor, id, valid.version(), valid.reason())), reworded(STEPS))));
    }

    private void recordAfterwardsFromJson(Context ctx) {
        Actor actor = keeper(ctx);
        MeetingId id = meetingId(ctx);
        StaffMeetingSteps.Afterwards body = Requests.body(ctx, StaffMeetingSteps.Afterwards.class);
        var checks = new FieldChecks();
        version(checks, body.version());
        checks.required(ATTENDANCE, body.attendance(), "Give how many people came");
        checks.required(SUMMARY, body.summary(), "Give a summary of the meeting for the public");
        ctx.json(StaffMeetingJson.of(StaffRejections.answer(checks.outcome(() -> body)
                .flatMap(valid -> meetings.recordAfterwards(actor, id, valid.version(), valid.attendance(),
                        valid.summary())),
                reworded(STEPS))));
    }

    private static void version(FieldChecks checks, Long version) {
        checks.required(StaffMeetingBody.VERSION, version, "Give the version of the meeting you read, so that a "
                + "change made meanwhile by someone else is not overwritten");
    }

    private static UnaryOperator<Rejection> reworded(Field... fields) {
        return rejection -> StaffRejections.reworded(rejection, fields);
    }
}
