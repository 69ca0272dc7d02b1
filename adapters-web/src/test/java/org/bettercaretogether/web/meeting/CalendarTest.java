package org.bettercaretogether.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import net.fortuna.ical4j.model.component.VEvent;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.meeting.StaffMeeting;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.Answers;
import org.bettercaretogether.web.ConsultationsGiven;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Meetings as calendar files: one meeting to add, and a community's feed to subscribe to, which also holds the
 * closing moments of the consultations about the community.
 */
class CalendarTest {

    private static final MovableClock clock = MeetingFixtures.september();

    @RegisterExtension
    static final RunningPublicWeb web = MeetingFixtures.server(clock);

    private final MeetingFixtures meetings = new MeetingFixtures(web);

    @Test
    void a_meeting_downloads_as_a_valid_calendar_file_with_one_event() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal calendar", 40));

        HttpResponse<String> response = web.get(MeetingFixtures.page(id) + ".ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/calendar; charset=utf-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"meeting-2026-10-26.ics\"");
        String ics = response.body();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nVERSION:2.0\r\n").doesNotContain("METHOD:");
        assertThat(CalendarFiles.validate(ics).hasErrors()).as(CalendarFiles.validate(ics).toString()).isFalse();
        assertThat(CalendarFiles.parse(ics).getComponents("VEVENT")).hasSize(1);
        VEvent event = CalendarFiles.event(ics, id);
        assertThat(CalendarFiles.value(event, "SUMMARY")).isEqualTo("Kendal calendar");
        assertThat(CalendarFiles.value(event, "DESCRIPTION"))
                .isEqualTo("Tell us what matters to you about health and care in Kendal.\nEveryone is welcome.");
        assertThat(CalendarFiles.value(event, "LOCATION"))
                .isEqualTo("Kendal Town Hall, Highgate, Kendal LA9 4DL");
        assertThat(CalendarFiles.value(event, "URL")).isEqualTo(web.uri(MeetingFixtures.page(id)).toString());
        assertThat(CalendarFiles.value(event, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(Html.links(web.get(MeetingFixtures.page(id)).body()))
                .contains(new Html.Link(MeetingFixtures.page(id) + ".ics", "Add to your calendar (.ics file)"));
    }

    @Test
    void the_event_keeps_its_uid_and_raises_its_sequence_when_the_meeting_changes_or_is_cancelled() {
        StaffMeeting scheduled = meetings.kendal("Kendal moving", 40);
        MeetingId id = MeetingFixtures.id(scheduled);
        VEvent first = CalendarFiles.event(web.get(MeetingFixtures.page(id) + ".ics").body(), id);

        var moved = new MeetingDraft(Optional.of(new Slug("kendal")), Optional.empty(), "Kendal moving",
                "Moved to the Tuesday.", LocalDateTime.of(2026, 10, 27, 18, 0), LocalDateTime.of(2026, 10, 27, 20, 0),
                Optional.of(MeetingFixtures.TOWN_HALL), Optional.empty(), 40);
        web.application().scheduleMeetings().revise(meetings.officer(), id,
                scheduled.meeting().meeting().version(), moved).orElseThrow();
        String afterMove = web.get(MeetingFixtures.page(id) + ".ics").body();
        VEvent second = CalendarFiles.event(afterMove, id);
        meetings.cancel(id, "The speaker is ill.");
        String afterCancel = web.get(MeetingFixtures.page(id) + ".ics").body();
        VEvent third = CalendarFiles.event(afterCancel, id);

        assertThat(CalendarFiles.value(second, "UID")).isEqualTo(CalendarFiles.value(first, "UID"));
        assertThat(CalendarFiles.value(third, "UID")).isEqualTo(CalendarFiles.value(first, "UID"));
        assertThat(Integer.parseInt(CalendarFiles.value(second, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(CalendarFiles.value(first, "SEQUENCE")));
        assertThat(Integer.parseInt(CalendarFiles.value(third, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(CalendarFiles.value(second, "SEQUENCE")));
        assertThat(afterMove).contains("DTSTART;TZID=Europe/London:20261027T180000");
        assertThat(afterCancel).contains("\r\nSTATUS:CANCELLED\r\n");
        assertThat(CalendarFiles.value(third, "SUMMARY")).isEqualTo("Cancelled: Kendal moving");
        assertThat(CalendarFiles.value(third, "DESCRIPTION")).contains("The speaker is ill.");
    }

    @Test
    void a_cancelled_meeting_says_so_on_its_page_in_the_list_and_in_the_api() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal cancelled", 40));
        meetings.cancel(id, "The room is not available.");

        String html = Answers.page(web.get(MeetingFixtures.page(id)), 200);
        assertThat(Html.text(html)).contains("This meeting is cancelled. The room is not available.", "Cancelled");
        assertThat(html).doesNotContain("Register for this meeting");
        assertThat(Answers.json(web.get("/api/v1/meetings/" + id), 200).get("status").asString())
                .isEqualTo("CANCELLED");
        assertThat(Answers.json(web.get("/api/v1/meetings/" + id), 200).get("registrationOpen").asBoolean())
                .isFalse();
        // Listed until the day it was to be held, marked, so that people who planned to come can see it.
        assertThat(Html.text(web.get("/meetings").body())).contains("Kendal cancelled").contains("Cancelled");
    }

    @Test
    void a_meeting_held_only_online_has_its_link_as_its_location() {
        MeetingId id = MeetingFixtures.id(meetings.schedule(new MeetingDraft(Optional.empty(),
                Optional.of(new Slug("elective-care")), "Elective care online", "Planned operations: tell us.",
                LocalDateTime.of(2026, 10, 1, 12, 0), LocalDateTime.of(2026, 10, 1, 13, 30), Optional.empty(),
                Optional.of(MeetingFixtures.ONLINE), 100)));

        VEvent event = CalendarFiles.event(web.get(MeetingFixtures.page(id) + ".ics").body(), id);

        assertThat(CalendarFiles.value(event, "LOCATION")).isEqualTo(MeetingFixtures.ONLINE.toString());
        assertThat(Html.text(web.get("/meetings").body())).contains("Elective care online",
                "Thursday 1 October 2026, midday to 1:30pm", "Online");
        String feed = web.get("/workstreams/elective-care/meetings.ics").body();
        assertThat(CalendarFiles.event(feed, id)).isNotNull();
    }

    @Test
    void a_community_feed_holds_every_meeting_of_that_community_and_no_other() {
        MeetingId first = MeetingFixtures.id(meetings.kendal("Kendal feed one", 40));
        MeetingId second = MeetingFixtures.id(meetings.kendal("Kendal feed two", LocalDateTime.of(2026, 11, 9, 14, 0),
                40));
        meetings.cancel(second, "Moved online.");
        MeetingId elsewhere = MeetingFixtures.id(meetings.schedule(new MeetingDraft(Optional.of(new Slug("lancaster")),
                Optional.empty(), "Lancaster feed", "Lancaster's own.", LocalDateTime.of(2026, 10, 5, 18, 0),
                LocalDateTime.of(2026, 10, 5, 19, 0), Optional.of(MeetingFixtures.TOWN_HALL), Optional.empty(), 10)));

        HttpResponse<String> response = web.get("/communities/kendal/meetings.ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/calendar; charset=utf-8");
        String ics = response.body();
        assertThat(CalendarFiles.validate(ics).hasErrors()).isFalse();
        assertThat(CalendarFiles.event(ics, first).getSummary().getValue()).isEqualTo("Kendal feed one");
        assertThat(CalendarFiles.value(CalendarFiles.event(ics, second), "STATUS")).isEqualTo("CANCELLED");
        assertThat(ics).doesNotContain(elsewhere.toString()).contains("X-WR-CALNAME:Kendal meetings");
        // The community's page and its other pages still answer beside the feed.
        assertThat(web.get("/communities/kendal").statusCode()).isEqualTo(200);
        assertThat(web.get("/communities/kendal/you-said-we-did").statusCode()).isEqualTo(200);
        assertThat(web.get("/meetings/" + first).headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
    }

    @Test
    void a_feed_holds_the_closing_moment_of_each_consultation_about_it_still_to_close_under_a_lasting_uid() {
        var given = new ConsultationsGiven(web);
        Instant now = clock.instant();
        // closes after the clocks go back (25 October 2026): 17:00 UTC is 17:00 in London
        ConsultationSummary open = given.scheduled(ViewAbout.community(new Slug("grange")),
                "Grange evening clinics", now.minus(Duration.ofDays(1)), Instant.parse("2026-10-30T17:00:00Z"));
        // closes in summer time: 16:00 UTC is 17:00 in London
        ConsultationSummary upcoming = given.scheduled(ViewAbout.workstream(new Slug("elective-care")),
                "Operations closer to home", now.plus(Duration.ofDays(2)), Instant.parse("2026-09-30T16:00:00Z"));
        ConsultationSummary closed = given.scheduled(ViewAbout.community(new Slug("grange")),
                "Grange parking", now.minus(Duration.ofDays(1)), now.plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(2));
        String openUid = open.consultation().id() + "-closes@bettercaretogether";

        String community = web.get("/communities/grange/meetings.ics").body();
        String workstream = web.get("/workstreams/elective-care/meetings.ics").body();
        given.run().extend(given.officer(), open.consultation().id(), open.consultation().version(),
                Instant.parse("2026-11-06T17:00:00Z"), "Asked for at the Grange meeting").orElseThrow();
        String extended = web.get("/communities/grange/meetings.ics").body();

        assertThat(CalendarFiles.validate(community).hasErrors()).as(community).isFalse();
        VEvent closing = CalendarFiles.withUid(community, openUid);
        assertThat(CalendarFiles.value(closing, "SUMMARY")).isEqualTo("Closes: Grange evening clinics");
        assertThat(CalendarFiles.value(closing, "URL"))
                .isEqualTo(web.uri("/consultations/" + open.consultation().slug()).toString());
        assertThat(community).contains("DTSTART;TZID=Europe/London:20261030T170000")
                .doesNotContain(closed.consultation().id().toString(), "Operations closer to home");
        assertThat(CalendarFiles.value(CalendarFiles.withUid(workstream, upcoming.consultation().id()
                + "-closes@bettercaretogether"), "SUMMARY")).isEqualTo("Closes: Operations closer to home");
        assertThat(workstream).contains("DTSTART;TZID=Europe/London:20260930T170000");
        VEvent moved = CalendarFiles.withUid(extended, openUid);
        assertThat(Integer.parseInt(CalendarFiles.value(moved, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(CalendarFiles.value(closing, "SEQUENCE")));
        assertThat(extended).contains("DTSTART;TZID=Europe/London:20261106T170000")
                .doesNotContain("DTSTART;TZID=Europe/London:20261030T170000");
    }

    @Test
    void a_community_with_no_meetings_has_a_valid_empty_feed() {
        String ics = web.get("/communities/millom/meetings.ics").body();

        assertThat(CalendarFiles.validate(ics).hasErrors()).as(ics).isFalse();
        assertThat(CalendarFiles.parse(ics).getComponents("VEVENT")).isEmpty();
    }

    @Test
    void an_unknown_meeting_or_community_has_no_calendar() {
        for (String path : new String[] {"/meetings/" + MeetingId.random() + ".ics", "/meetings/nothing.ics",
                "/communities/atlantis/meetings.ics", "/communities/Not%20A%20Slug/meetings.ics",
                "/workstreams/atlantis/meetings.ics"}) {
            assertThat(Answers.page(web.get(path), 404)).as(path).contains("Page not found");
        }
    }
}
