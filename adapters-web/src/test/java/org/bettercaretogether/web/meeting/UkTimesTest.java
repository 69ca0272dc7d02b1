package org.bettercaretogether.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.web.Answers;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * A meeting at 6pm is at 6pm on its page, in its calendar file and in the API, on either side of the clocks going
 * back (Sunday 25 October 2026): 18:00 BST on the Friday before is 17:00 UTC, 18:00 GMT on the Monday after is
 * 18:00 UTC.
 */
class UkTimesTest {

    private static final MovableClock clock = MeetingFixtures.september();

    @RegisterExtension
    static final RunningPublicWeb web = MeetingFixtures.server(clock);

    private final MeetingFixtures meetings = new MeetingFixtures(web);

    @Test
    void a_meeting_at_6pm_on_the_day_after_the_clocks_go_back_is_at_6pm_gmt() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("After the clocks go back",
                LocalDateTime.of(2026, 10, 26, 18, 0), 30));

        String page = Html.text(Answers.page(web.get(MeetingFixtures.page(id)), 200));
        assertThat(page).contains("Monday 26 October 2026, 6pm to 8pm");
        assertThat(Html.text(web.get("/meetings").body())).contains("Monday 26 October 2026, 6pm to 8pm");

        String ics = web.get(MeetingFixtures.page(id) + ".ics").body();
        assertThat(ics).contains("DTSTART;TZID=Europe/London:20261026T180000\r\n",
                "DTEND;TZID=Europe/London:20261026T200000\r\n");
        assertThat(CalendarFiles.startOf(ics, id)).isEqualTo("2026-10-26T18:00:00Z");

        JsonNode json = Answers.json(web.get("/api/v1/meetings/" + id), 200);
        assertThat(json.get("startsAt").asString()).isEqualTo("2026-10-26T18:00:00Z");
        assertThat(json.get("endsAt").asString()).isEqualTo("2026-10-26T20:00:00Z");
    }

    @Test
    void a_meeting_at_6pm_on_the_friday_before_is_at_6pm_bst_which_is_5pm_utc() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Before the clocks go back",
                LocalDateTime.of(2026, 10, 23, 18, 0), 30));

        String page = Html.text(Answers.page(web.get(MeetingFixtures.page(id)), 200));
        assertThat(page).contains("Friday 23 October 2026, 6pm to 8pm");

        String ics = web.get(MeetingFixtures.page(id) + ".ics").body();
        assertThat(ics).contains("DTSTART;TZID=Europe/London:20261023T180000\r\n");
        assertThat(CalendarFiles.startOf(ics, id)).isEqualTo("2026-10-23T17:00:00Z");

        JsonNode json = Answers.json(web.get("/api/v1/meetings/" + id), 200);
        assertThat(json.get("startsAt").asString()).isEqualTo("2026-10-23T18:00:00+01:00");
    }

    @Test
    void the_calendar_file_defines_uk_time_with_both_its_offsets() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Time zone", LocalDateTime.of(2026, 11, 2, 10, 30), 30));

        String ics = web.get(MeetingFixtures.page(id) + ".ics").body();

        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n", "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000",
                "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        assertThat(Html.text(web.get(MeetingFixtures.page(id)).body()))
                .contains("Monday 2 November 2026, 10:30am to 12:30pm");
    }
}
