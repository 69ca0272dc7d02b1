package org.bettercaretogether.web.meeting;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.meeting.PublicMeeting;
import org.bettercaretogether.application.meeting.ScheduleMeetings;
import org.bettercaretogether.application.meeting.StaffMeeting;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.MeetingStatus;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FieldChecks.Field;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.MeetingTimes;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffForms;
import org.bettercaretogether.web.platform.StaffRejections;

/**
 * Engagement officers and administrators run public meetings, as pages:
 * <ul>
 *   <li>{@code GET /staff/meetings}: every meeting, the latest first, with its places and waiting list;
 *       {@code GET/POST /staff/meetings/new}: schedule one, held by a community or for a workstream, in UK time;</li>
 *   <li>{@code GET /staff/meetings/{id}}: one meeting with its registrations — names, email addresses and access
 *       needs, which staff need to run it and nobody else sees — and the forms that change it
 *       ({@code POST /staff/meetings/{id}}: moving its time or place tells everyone registered), cancel it
 *       ({@code POST .../cancel}, asked to be confirmed first; everyone registered is told) and record, once it has
 *       ended, how many came and a public summary ({@code POST .../afterwards}).</li>
 * </ul>
 * The staff API does the same in JSON ({@link StaffMeetingApiRoutes}).
 * Every change quotes the version it was read at (a meeting changed meanwhile is refused with 409). A meeting that has
 * started, or is cancelled, cannot be changed (409), nor can what happened be recorded before it ends (409). The staff
 * side is never cached ({@code Cache-Control: no-store}), so the registrations stay off shared caches.
 */
public record StaffMeetingRoutes(ScheduleMeetings meetings, BrowseDirectory directory, Clock clock) implements Routes {

    static final String PAGES = StaffAddresses.PAGES + "/meetings";
    private static final String SAVED = "saved";
    static final String REASON = "reason";
    static final String ATTENDANCE = "attendance";
    static final String SUMMARY = "summary";
    private static final String CONFIRMED = "confirmed";
    private static final Map<String, String> NOTICES = Map.of(
            "scheduled", "The meeting has been scheduled.",
            "revised", "The meeting has been saved.",
            "moved", "The meeting has been saved. Everyone registered is being emailed its new time or place.",
            "cancelled", "The meeting has been cancelled. Everyone registered is being emailed.",
            "recorded", "The attendance and summary have been recorded.");
    /** The fields of the steps after scheduling, as the application, the form and the API name them. */
    static final Field[] STEPS = {
            new Field("cancellationReason", REASON, "The reason"), new Field(ATTENDANCE, ATTENDANCE, "Attendance"),
            new Field(SUMMARY, SUMMARY, "The summary")};

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGES, this::listPage);
        routes.get(PAGES + "/new", this::newForm);   // before /{id}, which would otherwise take "new"
        routes.post(PAGES + "/new", this::schedule);
        routes.get(PAGES + "/{id}", this::page);
        routes.post(PAGES + "/{id}", this::revise);
        routes.post(PAGES + "/{id}/cancel", this::cancel);
        routes.post(PAGES + "/{id}/afterwards", this::recordAfterwards);
    }

    private void listPage(Context ctx) {
        List<PublicMeeting> all = meetings.meetings(StaffAccess.engagementOfficer(ctx)).orElseThrow();
        Instant now = clock.instant();
        ctx.render("staff-life/meetings.jte", Map.of("meetings", new StaffMeetingsPage(all.stream().map(shown -> {
            Meeting meeting = shown.meeting();
            Status status = Status.of(meeting, now);
            return new StaffMeetingsPage.Row(meeting.title(), PAGES + "/" + meeting.id(), shown.hostName(),
                    MeetingTimes.when(meeting), meeting.capacity(), meeting.capacity() - shown.placesLeft(),
                    shown.placesLeft(), shown.waiting(), status.text(), status.tag());
        }).toList())));
    }

    private void newForm(Context ctx) {
        StaffAccess.engagementOfficer(ctx);
        render(ctx, null, StaffMeetingForm.empty(), FormErrors.none(), "", "", "", FormErrors.none());
    }

    private void schedule(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        StaffMeetingForm form = StaffMeetingForm.read(ctx);
        StaffForms.answer(ctx, checks -> form.body(checks, null).draft(checks, true)
                        .flatMap(draft -> meetings.schedule(actor, draft)),
                scheduled -> saved(scheduled, "scheduled"),
                refused -> render(ctx, null, form, StaffMeetingForm.errors(refused), "", "", "", FormErrors.none()));
    }

    private void page(Context ctx) {
        StaffMeeting current = meetings.meeting(StaffAccess.engagementOfficer(ctx), meetingId(ctx)).orElseThrow();
        render(ctx, current, StaffMeetingForm.of(current.meeting()), FormErrors.none(), "", "", "", FormErrors.none());
    }

    private void revise(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        MeetingId id = meetingId(ctx);
        StaffMeeting current = meetings.meeting(actor, id).orElseThrow();
        StaffMeetingForm form = StaffMeetingForm.read(ctx);
        long version = StaffRejections.version(form.version());
        StaffForms.answer(ctx, checks -> form.body(checks, version).draft(checks, true)
                        .flatMap(draft -> meetings.revise(actor, id, version, draft)),
                revised -> saved(revised, moved(current.meeting().meeting(), revised.meeting().meeting())
                        ? "moved" : "revised"),
                refused -> render(ctx, current, form, StaffMeetingForm.errors(refused), "", "", "", FormErrors.none()));
    }

    private void cancel(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        MeetingId id = meetingId(ctx);
        long version = StaffRejections.version(Requests.field(ctx, StaffMeetingBody.VERSION));
        String reason = Requests.field(ctx, REASON);
        StaffMeeting current = meetings.meeting(actor, id).orElseThrow();
        if (reason.isEmpty()) {
            ctx.status(422);
            render(ctx, current, StaffMeetingForm.of(current.meeting()), FormErrors.none(), reason, "", "",
                    FormErrors.builder().add(REASON, "Enter the reason for cancelling: it is emailed to everyone "
                            + "registered").build());
            return;
        }
        if (!"yes".equals(Requests.field(ctx, CONFIRMED))) {
            Meeting meeting = current.meeting().meeting();
            ctx.render("staff-life/meeting-cancel.jte", Map.of("cancel", new StaffMeetingCancelPage(
                    meeting.id().toString(), meeting.title(), MeetingTimes.when(meeting),
                    (int) current.registrations().stream().filter(Registration::active).count(),
                    Long.toString(version), reason)));
            return;
        }
        StaffForms.answer(ctx, meetings.cancel(actor, id, version, reason),
                cancelled -> saved(cancelled, "cancelled"),
                refused -> render(ctx, current, StaffMeetingForm.of(current.meeting()), FormErrors.none(), reason, "",
                        "", FormErrors.onFields(StaffRejections.reworded(refused, STEPS), REASON)));
    }

    private void recordAfterwards(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        MeetingId id = meetingId(ctx);
        long version = StaffRejections.version(Requests.field(ctx, StaffMeetingBody.VERSION));
        String attendance = Requests.field(ctx, ATTENDANCE);
        String summary = Requests.field(ctx, SUMMARY);
        var checks = new FieldChecks();
        if (checks.required(ATTENDANCE, attendance, "Enter how many people came") && !attendance.matches("[0-9]{1,6}")) {
            checks.add(ATTENDANCE, "Attendance must be a whole number, like 24");
        }
        checks.required(SUMMARY, summary, "Enter a summary of the meeting for the public");
        StaffForms.answer(ctx, checks.outcome(() -> Integer.parseInt(attendance))
                        .flatMap(came -> meetings.recordAfterwards(actor, id, version, came, summary)),
                recorded -> saved(recorded, "recorded"), refused -> {
                    StaffMeeting current = meetings.meeting(actor, id).orElseThrow();
                    render(ctx, current, StaffMeetingForm.of(current.meeting()), FormErrors.none(), "", attendance,
                            summary, FormErrors.onFields(StaffRejections.reworded(refused, STEPS), ATTENDANCE)
                                    .inOrder(List.of(ATTENDANCE, SUMMARY)));
                });
    }

    /** Whether the time or the place changed, which everyone registered is told of. */
    private static boolean moved(Meeting was, Meeting is) {
        return !was.startsAt().equals(is.startsAt()) || !was.endsAt().equals(is.endsAt())
                || !was.venue().equals(is.venue()) || !was.onlineLink().equals(is.onlineLink());
    }

    private static String saved(StaffMeeting meeting, String what) {
        return PAGES + "/" + meeting.meeting().meeting().id() + "?" + SAVED + "=" + what;
    }

    private void render(Context ctx, StaffMeeting current, StaffMeetingForm form, FormErrors errors, String reason,
                        String attendance, String summary, FormErrors others) {
        StaffMeetingPage.Summary shown = null;
        List<StaffMeetingPage.Registrant> registrants = List.of();
        if (current != null) {
            shown = summary(current.meeting());
            registrants = current.registrations().stream().sorted(Comparator.comparingInt(Registration::arrival))
                    .map(registration -> new StaffMeetingPage.Registrant(registration.arrival(), registration.name(),
                            registration.email().value(), registration.places(),
                            registration.accessNeeds().orElse("None given"), registration.status().title(),
                            Formats.dateTime(registration.registeredAt()))).toList();
        }
        var choices = new StaffMeetingPage.Choices(
                directory.communities().stream().map(profile -> new Choice(profile.community().slug().value(),
                        profile.community().name())).toList(),
                directory.workstreams().stream().map(profile -> new Choice(profile.workstream().slug().value(),
                        profile.workstream().name())).toList(),
                Arrays.stream(AccessFeature.values()).map(feature -> new Choice(feature.name(), feature.title()))
                        .toList());
        ctx.render(current == null ? "staff-life/meeting-new.jte" : "staff-life/meeting.jte", Map.of("meeting",
                new StaffMeetingPage(shown, registrants, form, errors, choices, reason, attendance, summary, others,
                        NOTICES.get(Objects.requireNonNullElse(ctx.queryParam(SAVED), "")))));
    }

    private StaffMeetingPage.Summary summary(PublicMeeting shown) {
        Meeting meeting = shown.meeting();
        Instant now = clock.instant();
        Status status = Status.of(meeting, now);
        boolean scheduled = meeting.status() == MeetingStatus.SCHEDULED;
        return new StaffMeetingPage.Summary(meeting.id().toString(), Long.toString(meeting.version()),
                meeting.title(), meeting.purpose(),
                shown.hostName() + (shown.hostKind().equals(StaffMeetingForm.WORKSTREAM) ? " (workstream)" : ""),
                MeetingTimes.when(meeting), status.text(), status.tag(),
                meeting.venue().map(Venue::name).orElse(null), meeting.venue().map(Venue::address).orElse(null),
                meeting.venue().map(venue -> venue.access().stream().sorted().map(AccessFeature::title).toList())
                        .orElse(List.of()),
                meeting.venue().flatMap(Venue::accessNotes).orElse(null),
                meeting.onlineLink().map(Object::toString).orElse(null), meeting.capacity(),
                meeting.capacity() - shown.placesLeft(), shown.placesLeft(), shown.waiting(),
                meeting.cancellationReason().orElse(null), meeting.attendance().map(String::valueOf).orElse(null),
                meeting.summary().orElse(null), meeting.open(now),
                scheduled && !now.isBefore(meeting.endsAt()));
    }

    /** Where a meeting stands for staff, and the GOV.UK tag it is shown in. */
    private record Status(String text, String tag) {

        static Status of(Meeting meeting, Instant now) {
            if (meeting.status() == MeetingStatus.CANCELLED) {
                return new Status("Cancelled", "govuk-tag govuk-tag--red");
            }
            if (!now.isBefore(meeting.endsAt())) {
                return new Status("Ended", "govuk-tag govuk-tag--grey");
            }
            if (!now.isBefore(meeting.startsAt())) {
                return new Status("Under way", "govuk-tag govuk-tag--yellow");
            }
            return new Status("Scheduled", "govuk-tag govuk-tag--blue");
        }
    }

    // --- reading ---

    static MeetingId meetingId(Context ctx) {
        return MeetingId.parse(ctx.pathParam("id"));
    }
}
