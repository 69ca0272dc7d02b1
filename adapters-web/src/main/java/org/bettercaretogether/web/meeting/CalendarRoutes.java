package org.bettercaretogether.web.meeting;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bettercaretogether.application.consultation.BrowseConsultations;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.application.meeting.PublicMeeting;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.ClientConnection;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;

/**
 * Meetings for calendar apps, as iCalendar files ({@link MeetingCalendar}):
 * <ul>
 *   <li>{@code GET /meetings/{id}.ics}: one meeting, to add to a calendar;</li>
 *   <li>{@code GET /communities/{slug}/meetings.ics} and {@code GET /workstreams/{slug}/meetings.ics}: every meeting
 *       of a community or workstream, to come and past, with the closing moment of each consultation about it that
 *       is open or coming up ("Closes: {title}"), as a feed a calendar app can subscribe to.</li>
 * </ul>
 * An unknown meeting, community or workstream (or an address that cannot name one) is 404.
 *
 * <p>These are declared before the meeting's page: {@code /meetings/{id}} would otherwise take
 * {@code /meetings/{id}.ics} too, with {@code {id}} ending in ".ics".
 */
record CalendarRoutes(BrowseMeetings meetings, BrowseConsultations consultations, Clock clock) implements Routes {

    private static final String UNKNOWN_HOST = "There is no community or workstream at this address.";
    private static final String SUFFIX = ".ics";
    private static final String FEED = "/meetings.ics";
    private static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    /** A meeting's calendar file. */
    static String meeting(String id) {
        return MeetingRoutes.page(id) + SUFFIX;
    }

    /** The feed of every meeting of the meeting's host, or null when the host is no longer known. */
    static String feed(PublicMeeting meeting) {
        if (meeting.hostSlug().isBlank()) {
            return null;
        }
        return (meeting.hostKind().equals("workstream") ? "/workstreams/" : "/communities/") + meeting.hostSlug()
                + FEED;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(MeetingRoutes.PAGES + "/{id}" + SUFFIX, this::one);
        routes.get("/communities/{slug}" + FEED, this::community);
        routes.get("/workstreams/{slug}" + FEED, this::workstream);
    }

    private void one(Context ctx) {
        PublicMeeting meeting = MeetingRoutes.found(meetings, ctx.pathParam("id"));
        send(ctx, List.of(meeting), List.of(), Optional.empty(),
                "meeting-" + meeting.meeting().localStart().toLocalDate() + SUFFIX);
    }

    private void community(Context ctx) {
        Slug slug = slug(ctx);
        List<PublicMeeting> found = HttpProblem.found(meetings.ofCommunity(slug), UNKNOWN_HOST);
        send(ctx, found, consultations.stillToClose(ViewAbout.community(slug)), Optional.of(feedName(found)),
                slug + "-meetings" + SUFFIX);
    }

    private void workstream(Context ctx) {
        Slug slug = slug(ctx);
        List<PublicMeeting> found = HttpProblem.found(meetings.ofWorkstream(slug), UNKNOWN_HOST);
        send(ctx, found, consultations.stillToClose(ViewAbout.workstream(slug)), Optional.of(feedName(found)),
                slug + "-meetings" + SUFFIX);
    }

    private void send(Context ctx, List<PublicMeeting> shown, List<ConsultationSummary> closings,
                      Optional<String> name, String filename) {
        String body = MeetingCalendar.of(shown.stream().map(PublicMeeting::meeting).toList(), closings, name,
                ClientConnection.of(ctx).origin(), clock.instant());
        ctx.contentType(CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .result(body.getBytes(StandardCharsets.UTF_8));
    }

    /** What a calendar app calls a subscribed feed: "Kendal meetings (Better Care Together)". */
    private static String feedName(List<PublicMeeting> found) {
        return found.isEmpty() ? "Better Care Together meetings"
                : found.getFirst().hostName() + " meetings (Better Care Together)";
    }

    /** A slug from an address: one that cannot be a slug names nothing, so it is 404 like an unknown one. */
    private static Slug slug(Context ctx) {
        try {
            return Requests.slug(ctx);
        } catch (InvalidValueException notASlug) {
            throw unknownHost();
        }
    }

    private static HttpProblem unknownHost() {
        return HttpProblem.notFound(UNKNOWN_HOST);
    }
}
