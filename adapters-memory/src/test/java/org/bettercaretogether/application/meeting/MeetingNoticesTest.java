package org.bettercaretogether.application.meeting;

import org.bettercaretogether.memory.testing.CommunityLifeWorld;
import org.bettercaretogether.memory.InMemoryMailbox;
import org.bettercaretogether.domain.meeting.Meeting;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.application.meeting.MeetingServiceTest.draft;
import static org.bettercaretogether.application.meeting.MeetingServiceTest.email;
import static org.bettercaretogether.application.meeting.MeetingServiceTest.person;

/** The wording of the messages about meetings: UK dates and times, either side of the clocks going back. */
class MeetingNoticesTest {

    private final CommunityLifeWorld world = new CommunityLifeWorld();

    private String confirmationFor(LocalDateTime start, int n) {
        Meeting meeting = world.app.scheduleMeetings().schedule(world.officer, draft("kendal", start, 10)).orElseThrow()
                .meeting().meeting();
        world.app.registerForMeeting().register(meeting.id(), person(n, 1)).orElseThrow();
        world.deliverMail();
        return world.app.mailbox().sentTo(email(n).value()).stream().map(InMemoryMailbox.Sent::body)
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void a_winter_meeting_is_described_in_gmt() {
        String body = confirmationFor(LocalDateTime.of(2026, 10, 26, 18, 0), 1);

        assertThat(body).contains("Monday 26 October 2026, 6:00pm to 8:00pm (UK time)");
    }

    @Test
    void a_summer_time_meeting_is_described_in_bst_at_the_same_hour() {
        String body = confirmationFor(LocalDateTime.of(2026, 10, 23, 18, 0), 2);

        assertThat(body).contains("Friday 23 October 2026, 6:00pm to 8:00pm (UK time)");
    }

    @Test
    void a_morning_meeting_reads_am_and_names_its_venue() {
        String body = confirmationFor(LocalDateTime.of(2026, 11, 2, 9, 30), 3);

        assertThat(body).contains("Monday 2 November 2026, 9:30am to 11:30am (UK time)")
                .contains("Kendal Town Hall, Highgate, Kendal LA9 4DL")
                .contains("You have a place at this meeting");
    }
}
