package org.bettercaretogether.web.meeting;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.bettercaretogether.application.meeting.ScheduleMeetings;
import org.bettercaretogether.application.meeting.StaffMeeting;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffApi;

import static org.bettercaretogether.web.meeting.StaffMeetingRoutes.ATTENDANCE;
import static org.bettercaretogether.web.meeting.StaffMeetingRoutes.REASON;
import static org.bettercaretogether.web.meeting.StaffMeetingRoutes.STEPS;
import static org.bettercaretogether.web.meeting.StaffMeetingRoutes.SUMMARY;
import static org.bettercaretogether.web.meeting.StaffMeetingRoutes.meetingId;

/**
 * Engagement officers and administrators run public meetings in the staff API, as on the staff pages
 * ({@link StaffMeetingRoutes}): {@code GET/POST /api/v1/staff/meetings}, {@code GET/PUT /api/v1/staff/meetings/{id}},
 * {@code POST /api/v1/staff/meetings/{id}/cancel} and {@code .../afterwards}. Every change quotes the version it was
 * read at (a meeting changed meanwhile is refused with 409). A meeting that has started, or is cancelled, cannot be
 * changed (409), nor can what happened be recorded before it ends (409).
 */
record StaffMeetingApiRoutes(ScheduleMeetings meetings) implements Routes {

    static final String API = StaffAddresses.API + "/meetings";
    /** The problems of a meeting's fields, and of the steps after scheduling, in the words of the API. */
    private static final UnaryOperator<Rejection> FIELDS = StaffApi.reworded(StaffMeetingBody.FIELDS);
    private static final UnaryOperator<Rejection> STEP_FIELDS = StaffApi.reworded(STEPS);

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
        Actor actor = StaffAccess.engagementOfficer(ctx);
        ctx.json(Items.of(meetings.meetings(actor).orElseThrow(), StaffMeetingJson::listed));
    }

    private void one(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        ctx.json(StaffMeetingJson.of(meetings.meeting(actor, meetingId(ctx)).orElseThrow()));
    }

    private void scheduleFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        StaffMeeting scheduled = StaffApi.changed(ctx, StaffMeetingBody.class, FIELDS,
                (body, checks) -> body.draft(checks).flatMap(draft -> meetings.schedule(actor, draft)));
        StaffApi.created(ctx, API + "/" + scheduled.meeting().meeting().id(), StaffMeetingJson.of(scheduled));
    }

    private void reviseFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        MeetingId id = meetingId(ctx);
        ctx.json(StaffMeetingJson.of(StaffApi.changed(ctx, StaffMeetingBody.class, FIELDS, (body, checks) -> {
            long version = body.version(checks);
            return body.draft(checks).flatMap(draft -> meetings.revise(actor, id, version, draft));
        })));
    }

    private void cancelFromJson(Context ctx) {
        step(ctx, StaffMeetingSteps.Cancel.class, (body, checks) -> checks.required(REASON, body.reason(),
                        "Give the reason for cancelling: it is emailed to everyone registered"),
                (actor, id, body) -> meetings.cancel(actor, id, body.version(), body.reason()));
    }

    private void recordAfterwardsFromJson(Context ctx) {
        step(ctx, StaffMeetingSteps.Afterwards.class, (body, checks) -> {
            checks.required(ATTENDANCE, body.attendance(), "Give how many people came");
            checks.required(SUMMARY, body.summary(), "Give a summary of the meeting for the public");
        }, (actor, id, body) -> meetings.recordAfterwards(actor, id, body.version(), body.attendance(),
                body.summary()));
    }

    /** A step after scheduling, made by {@code step} once the version and what {@code check} asks for are given. */
    private <B extends StaffMeetingSteps.Step> void step(Context ctx, Class<B> type, BiConsumer<B, FieldChecks> check,
                                                         MakeStep<B> step) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        MeetingId id = meetingId(ctx);
        ctx.json(StaffMeetingJson.of(StaffApi.changed(ctx, type, STEP_FIELDS, (body, checks) -> {
            checks.version(StaffMeetingBody.VERSION, body.version(), "meeting");
            check.accept(body, checks);
            return checks.outcome(() -> body).flatMap(valid -> step.make(actor, id, valid));
        })));
    }

    /** A step after scheduling, once what it takes is there. */
    @FunctionalInterface
    private interface MakeStep<B> {

        Outcome<StaffMeeting> make(Actor actor, MeetingId id, B body);
    }
}
