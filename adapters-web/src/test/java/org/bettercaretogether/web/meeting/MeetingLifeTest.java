package org.bettercaretogether.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.bettercaretogether.application.meeting.StaffMeeting;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.web.Answers;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * A meeting over time: open until it starts, closed to registration while under way, and afterwards showing how
 * many came and what was discussed. (Its own server: the test moves the clock.)
 */
class MeetingLifeTest {

    private static final MovableClock clock = MeetingFixtures.september();

    @RegisterExtension
    static final RunningPublicWeb web = MeetingFixtures.server(clock);

    private final MeetingFixtures meetings = new MeetingFixtures(web);

    @Test
    void a_meeting_closes_when_it_starts_and_shows_what_happened_once_it_is_over() {
        StaffMeeting scheduled = meetings.kendal("Kendal over time", 30);
        MeetingId id = MeetingFixtures.id(scheduled);
        String registration = meetings.register(id, "Olu Early", "olu@example.org", 1);
        assertThat(web.get(registration).body()).contains("Cancel my registration");

        moveTo("2026-10-26T18:30:00Z");

        String underWay = Answers.page(web.get(MeetingFixtures.page(id)), 200);
        assertThat(Html.text(underWay)).contains("This meeting has started. Registration is closed.", "Under way");
        assertThat(underWay).doesNotContain("Register for this meeting");
        var late = web.browser().post(MeetingFixtures.page(id) + "/register", "name", "Pat Late",
                "email", "pat@example.org", "places", "1");
        assertThat(Html.text(Answers.page(late, 409))).contains("has already started");
        Answers.problem(web.postJson("/api/v1/meetings/" + id + "/registrations",
                "{\"name\": \"Pat Late\", \"email\": \"pat@example.org\", \"places\": 1}"), 409);
        assertThat(meetings.registrations(id)).hasSize(1);
        assertThat(web.get(registration).body()).doesNotContain("Cancel my registration");
        assertThat(web.get("/meetings").body()).contains("Kendal over time");

        moveTo("2026-10-27T09:00:00Z");
        web.application().scheduleMeetings().recordAfterwards(meetings.officer(), id,
                scheduled.meeting().meeting().version(), 23, "We talked about the minor injuries unit.\n"
                        + "The team will report back in spring.").orElseThrow();

        String over = Html.text(Answers.page(web.get(MeetingFixtures.page(id)), 200));
        assertThat(over).contains("After the meeting", "23 people came.", "We talked about the minor injuries unit.",
                "The team will report back in spring.", "Taken place");
        assertThat(Html.text(web.get("/meetings").body())).doesNotContain("Kendal over time")
                .contains("There are no meetings planned at the moment.");
        assertThat(Answers.json(web.get("/api/v1/meetings"), 200).get("items")).isEmpty();
        JsonNode ofKendal = Answers.json(web.get("/api/v1/communities/kendal/meetings"), 200).get("items");
        assertThat(ofKendal).hasSize(1);
        assertThat(ofKendal.get(0).get("attendance").asInt()).isEqualTo(23);
        assertThat(ofKendal.get(0).get("summary").asString()).startsWith("We talked about");
        assertThat(ofKendal.get(0).get("registrationOpen").asBoolean()).isFalse();
        assertThat(CalendarFiles.event(web.get("/communities/kendal/meetings.ics").body(), id)).isNotNull();
    }

    private static void moveTo(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }
}
