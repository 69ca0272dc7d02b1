package org.bettercaretogether.domain.meeting;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTest {

    /** Monday 26 October 2026, 18:00 GMT: the day after the clocks go back. */
    private static final Instant START = Instant.parse("2026-10-26T18:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(2));
    private static final Instant BEFORE = START.minus(Duration.ofDays(7));
    private static final MeetingHost KENDAL = new MeetingHost.Community(CommunityId.random());
    private static final Optional<Venue> TOWN_HALL = Optional.of(new Venue("Kendal Town Hall", "Highgate, Kendal LA9 4DL",
            Set.of(AccessFeature.STEP_FREE), Optional.empty()));

    private static Meeting meeting(Instant start, Instant end, Optional<Venue> venue, Optional<URI> link, int places) {
        return Meeting.schedule(MeetingId.random(), KENDAL, "Kendal priorities", "Say what matters to you.", start, end,
                venue, link, places);
    }

    private static Meeting aMeeting() {
        return meeting(START, END, TOWN_HALL, Optional.empty(), 40);
    }

    private static void refusedFor(String field, Runnable making) {
        assertThatThrownBy(making::run)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void a_meeting_ends_after_it_starts() {
        refusedFor("endsAt", () -> meeting(START, START, TOWN_HALL, Optional.empty(), 40));
        refusedFor("endsAt", () -> meeting(START, START.minusSeconds(60), TOWN_HALL, Optional.empty(), 40));
    }

    @Test
    void a_meeting_is_at_a_venue_or_online_or_both() {
        refusedFor("venueName", () -> meeting(START, END, Optional.empty(), Optional.empty(), 40));

        assertThat(meeting(START, END, Optional.empty(), Optional.of(URI.create("https://meet.example.org/kendal")), 40)
                .onlineLink()).isPresent();
        assertThat(meeting(START, END, TOWN_HALL, Optional.of(URI.create("https://meet.example.org/kendal")), 40)
                .venue()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://meet.example.org/kendal", "ftp://meet.example.org/kendal", "javascript:alert(1)",
            "https:/kendal", "meet.example.org/kendal"})
    void an_online_link_is_an_https_address(String link) {
        refusedFor("onlineLink", () -> meeting(START, END, Optional.empty(), Optional.of(URI.create(link)), 40));
    }

    @Test
    void an_https_link_in_capitals_is_still_https() {
        assertThat(meeting(START, END, Optional.empty(), Optional.of(URI.create("HTTPS://meet.example.org/k")), 40)
                .onlineLink()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, Meeting.MOST_PLACES + 1})
    void a_meeting_has_from_1_to_10000_places(int places) {
        refusedFor("capacity", () -> meeting(START, END, TOWN_HALL, Optional.empty(), places));
    }

    @Test
    void the_bounds_of_the_places_are_allowed() {
        assertThat(meeting(START, END, TOWN_HALL, Optional.empty(), 1).capacity()).isEqualTo(1);
        assertThat(meeting(START, END, TOWN_HALL, Optional.empty(), Meeting.MOST_PLACES).capacity())
                .isEqualTo(Meeting.MOST_PLACES);
    }

    @Test
    void uk_time_is_shown_in_winter_on_the_day_after_the_clocks_go_back() {
        assertThat(aMeeting().localStart()).isEqualTo(LocalDateTime.of(2026, 10, 26, 18, 0));
        assertThat(aMeeting().localEnd()).isEqualTo(LocalDateTime.of(2026, 10, 26, 20, 0));
    }

    @Test
    void uk_time_is_shown_in_summer_time_before_the_clocks_go_back() {
        Meeting friday = meeting(Instant.parse("2026-10-23T17:00:00Z"), Instant.parse("2026-10-23T19:00:00Z"), TOWN_HALL,
                Optional.empty(), 40);

        assertThat(friday.localStart()).isEqualTo(LocalDateTime.of(2026, 10, 23, 18, 0));
        assertThat(friday.localEnd()).isEqualTo(LocalDateTime.of(2026, 10, 23, 20, 0));
    }

    @Test
    void people_may_register_until_it_starts_and_not_once_it_is_cancelled() {
        Meeting meeting = aMeeting();

        assertThat(meeting.open(START.minusSeconds(1))).isTrue();
        assertThat(meeting.open(START)).isFalse();
        assertThat(meeting.cancel("The hall is flooded.", BEFORE).open(BEFORE)).isFalse();
    }

    @Test
    void a_cancelled_meeting_keeps_its_reason() {
        Meeting cancelled = aMeeting().cancel("The hall is flooded.", BEFORE);

        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.cancellationReason()).contains("The hall is flooded.");
    }

    @Test
    void a_meeting_cannot_be_cancelled_or_changed_once_it_has_started() {
        Meeting meeting = aMeeting();

        assertThatThrownBy(() -> meeting.cancel("Too late.", START)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("already started");
        assertThatThrownBy(() -> meeting.revise("New title", "Purpose.", START.plusSeconds(3600), END.plusSeconds(3600),
                TOWN_HALL, Optional.empty(), 40, START.plusSeconds(1))).isInstanceOf(StateConflictException.class);
    }

    @Test
    void a_cancelled_meeting_cannot_be_cancelled_again_or_changed() {
        Meeting cancelled = aMeeting().cancel("The hall is flooded.", BEFORE);

        assertThatThrownBy(() -> cancelled.cancel("Again.", BEFORE)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("cancelled");
        assertThatThrownBy(() -> cancelled.revise("New title", "Purpose.", START, END, TOWN_HALL, Optional.empty(), 40,
                BEFORE)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void a_revision_before_the_start_keeps_the_rules() {
        Meeting meeting = aMeeting();

        Meeting moved = meeting.revise("Kendal priorities", "Say what matters.", START.plusSeconds(3600),
                END.plusSeconds(3600), TOWN_HALL, Optional.empty(), 60, BEFORE);
        assertThat(moved.capacity()).isEqualTo(60);
        assertThat(moved.startsAt()).isEqualTo(START.plusSeconds(3600));
        refusedFor("endsAt", () -> meeting.revise("Kendal priorities", "Purpose.", END, START, TOWN_HALL,
                Optional.empty(), 40, BEFORE));
    }

    @Test
    void attendance_and_a_summary_are_recorded_only_once_the_meeting_has_ended() {
        Meeting meeting = aMeeting();

        assertThatThrownBy(() -> meeting.recordAfterwards(30, "We talked about buses.", END.minusSeconds(1)))
                .isInstanceOf(StateConflictException.class);
        Meeting recorded = meeting.recordAfterwards(30, "We talked about buses.", END);
        assertThat(recorded.attendance()).contains(30);
        assertThat(recorded.summary()).contains("We talked about buses.");
    }

    @Test
    void a_cancelled_meeting_has_nothing_to_record() {
        Meeting cancelled = aMeeting().cancel("The hall is flooded.", BEFORE);

        assertThatThrownBy(() -> cancelled.recordAfterwards(0, "Nothing.", END.plusSeconds(60)))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void attendance_is_not_negative() {
        refusedFor("attendance", () -> aMeeting().recordAfterwards(-1, "We talked.", END));
    }

    @Test
    void a_cancellation_gives_its_reason() {
        refusedFor("cancellationReason", () -> aMeeting().cancel(null, BEFORE));
        refusedFor("cancellationReason", () -> aMeeting().cancel("  ", BEFORE));
    }

    @Test
    void a_record_afterwards_gives_a_summary() {
        refusedFor("summary", () -> aMeeting().recordAfterwards(12, null, END));
        refusedFor("summary", () -> aMeeting().recordAfterwards(12, " ", END));
    }
}
