package org.bettercaretogether.application.meeting;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.memory.testing.CommunityLifeWorld;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.MeetingStatus;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.RegistrationStatus;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.invalidFields;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.problems;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.rejection;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.slug;

/**
 * Meetings from scheduling to the notes afterwards. The clock stands at Thursday 1 October 2026; the meeting is in
 * Kendal on Monday 26 October 2026, 18:00 to 20:00 UK time — the day after the clocks go back, so 18:00 GMT.
 */
class MeetingServiceTest {

    static final LocalDateTime MONDAY_26_OCTOBER_6PM = LocalDateTime.of(2026, 10, 26, 18, 0);
    static final Instant MONDAY_26_OCTOBER_6PM_INSTANT = Instant.parse("2026-10-26T18:00:00Z");
    static final Optional<Venue> TOWN_HALL = Optional.of(new Venue("Kendal Town Hall", "Highgate, Kendal LA9 4DL",
            Set.of(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP), Optional.empty()));

    private final CommunityLifeWorld world = new CommunityLifeWorld();
    private final ScheduleMeetings schedule = world.app.scheduleMeetings();
    private final RegisterForMeeting register = world.app.registerForMeeting();
    private final BrowseMeetings browse = world.app.browseMeetings();

    static MeetingDraft draft(String community, LocalDateTime start, int places) {
        return new MeetingDraft(Optional.of(new Slug(community)), Optional.empty(), "Kendal priorities evening",
                "Tell us what should come first for Kendal.", start, start.plusHours(2), TOWN_HALL, Optional.empty(),
                places);
    }

    static NewRegistration person(int n, int places) {
        return new NewRegistration("Person " + n, email(n), places, Optional.empty());
    }

    static EmailAddress email(int n) {
        return new EmailAddress("person" + n + "@example.org");
    }

    private Meeting scheduleKendal(int places) {
        return schedule.schedule(world.officer, draft("kendal", MONDAY_26_OCTOBER_6PM, places)).orElseThrow()
                .meeting().meeting();
    }

    private RegistrationReceipt registerPerson(Meeting meeting, int n, int places) {
        return register.register(meeting.id(), person(n, places)).orElseThrow();
    }

    private Meeting current(MeetingId id) {
        return browse.meeting(id).orElseThrow().meeting();
    }

    private PublicMeeting publicMeeting(MeetingId id) {
        return browse.meeting(id).orElseThrow();
    }

    private List<String> subjectsFor(int n) {
        return world.subjectsSentTo(email(n).value());
    }

    private MeetingDraft revised(Meeting meeting, LocalDateTime start, int places) {
        return new MeetingDraft(Optional.of(slug("kendal")), Optional.empty(), meeting.title(), meeting.purpose(), start,
                start.plusHours(2), meeting.venue(), meeting.onlineLink(), places);
    }

    // ---- scheduling ----

    @Test
    void a_meeting_is_scheduled_in_uk_time_for_a_community() {
        StaffMeeting scheduled = schedule.schedule(world.officer, draft("kendal", MONDAY_26_OCTOBER_6PM, 40)).orElseThrow();

        Meeting meeting = scheduled.meeting().meeting();
        assertThat(meeting.startsAt()).isEqualTo(MONDAY_26_OCTOBER_6PM_INSTANT);
        assertThat(meeting.localStart()).isEqualTo(MONDAY_26_OCTOBER_6PM);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(scheduled.meeting().hostName()).isEqualTo("Kendal");
        assertThat(scheduled.meeting().hostKind()).isEqualTo("community");
        assertThat(scheduled.meeting().hostSlug()).isEqualTo("kendal");
        assertThat(scheduled.meeting().placesLeft()).isEqualTo(40);
        assertThat(scheduled.registrations()).isEmpty();
        assertThat(world.audited("meeting.scheduled")).hasSize(1);
    }

    @Test
    void a_summer_time_meeting_is_an_hour_earlier_in_utc() {
        Meeting friday = schedule.schedule(world.officer, draft("kendal", LocalDateTime.of(2026, 10, 23, 18, 0), 40))
                .orElseThrow().meeting().meeting();

        assertThat(friday.startsAt()).isEqualTo(Instant.parse("2026-10-23T17:00:00Z"));
        assertThat(friday.localStart()).isEqualTo(LocalDateTime.of(2026, 10, 23, 18, 0));
    }

    @Test
    void a_meeting_for_a_workstream_is_held_by_it() {
        MeetingDraft forElectiveCare = new MeetingDraft(Optional.empty(), Optional.of(slug("elective-care")),
                "Planned operations", "Where should planned operations happen?", MONDAY_26_OCTOBER_6PM,
                MONDAY_26_OCTOBER_6PM.plusHours(2), Optional.empty(),
                Optional.of(URI.create("https://meet.example.org/elective")), 100);

        PublicMeeting meeting = schedule.schedule(world.officer, forElectiveCare).orElseThrow().meeting();

        assertThat(meeting.hostKind()).isEqualTo("workstream");
        assertThat(meeting.hostSlug()).isEqualTo("elective-care");
        assertThat(browse.ofWorkstream(slug("elective-care")).orElseThrow()).hasSize(1);
    }

    @Test
    void a_meeting_starts_in_the_future() {
        assertThat(invalidFields(schedule.schedule(world.officer,
                draft("kendal", LocalDateTime.of(2026, 9, 30, 18, 0), 40)))).containsExactly("start");
        assertThat(browse.upcoming()).isEmpty();
    }

    @Test
    void an_unknown_community_or_workstream_is_invalid_input() {
        assertThat(invalidFields(schedule.schedule(world.officer, draft("atlantis", MONDAY_26_OCTOBER_6PM, 40))))
                .containsExactly("community");
        assertThat(invalidFields(schedule.schedule(world.officer, new MeetingDraft(Optional.empty(),
                Optional.of(slug("atlantis")), "Title", "Purpose.", MONDAY_26_OCTOBER_6PM,
                MONDAY_26_OCTOBER_6PM.plusHours(1), TOWN_HALL, Optional.empty(), 10)))).containsExactly("workstream");
        assertThat(browse.upcoming()).isEmpty();
    }

    @Test
    void a_time_repeated_when_the_clocks_go_back_is_the_first_of_the_two() {
        Meeting early = schedule.schedule(world.officer, draft("kendal", LocalDateTime.of(2026, 10, 25, 1, 30), 10))
                .orElseThrow().meeting().meeting();

        assertThat(early.startsAt()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void only_engagement_officers_and_administrators_run_meetings() {
        assertThat(rejection(schedule.schedule(world.moderator, draft("kendal", MONDAY_26_OCTOBER_6PM, 40))))
                .isInstanceOf(Rejection.Forbidden.class);
        Meeting meeting = scheduleKendal(40);
        assertThat(rejection(schedule.cancel(world.moderator, meeting.id(), meeting.version(), "No hall.")))
                .isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(schedule.meeting(world.moderator, meeting.id()))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(schedule.meeting(world.admin, meeting.id())).isInstanceOf(Outcome.Done.class);
    }

    // ---- registering ----

    @Test
    void people_get_places_until_they_are_taken_then_wait_in_order() {
        Meeting meeting = scheduleKendal(3);

        List<RegistrationReceipt> receipts = IntStream.rangeClosed(1, 5).mapToObj(n -> registerPerson(meeting, n, 1))
                .toList();

        assertThat(receipts).extracting(RegistrationReceipt::status).containsExactly(RegistrationStatus.CONFIRMED,
                RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING,
                RegistrationStatus.WAITING);
        assertThat(receipts).extracting(RegistrationReceipt::waitingAhead).containsExactly(0, 0, 0, 0, 1);
        assertThat(publicMeeting(meeting.id()).placesLeft()).isZero();
        assertThat(publicMeeting(meeting.id()).waiting()).isEqualTo(2);
    }

    @Test
    void a_registration_asking_for_more_places_than_are_left_waits_and_so_does_everyone_after_it() {
        Meeting meeting = scheduleKendal(3);

        registerPerson(meeting, 1, 2);
        RegistrationReceipt pair = registerPerson(meeting, 2, 2);
        RegistrationReceipt single = registerPerson(meeting, 3, 1);

        assertThat(pair.status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(single.status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(single.waitingAhead()).isEqualTo(1);
        assertThat(publicMeeting(meeting.id()).placesLeft()).isEqualTo(1);
        assertThat(publicMeeting(meeting.id()).waiting()).isEqualTo(2);
    }

    @Test
    void each_person_is_told_whether_they_have_a_place_or_are_waiting() {
        Meeting meeting = scheduleKendal(1);
        registerPerson(meeting, 1, 1);
        registerPerson(meeting, 2, 1);

        world.deliverMail();

        assertThat(subjectsFor(1)).containsExactly("Your place at Kendal priorities evening");
        assertThat(subjectsFor(2)).containsExactly("You are on the waiting list for Kendal priorities evening");
    }

    @Test
    void a_public_meeting_tells_nothing_of_who_registered() {
        Meeting meeting = scheduleKendal(5);
        RegistrationReceipt receipt = registerPerson(meeting, 1, 2);

        assertThat(receipt.toString()).doesNotContain("Person 1").doesNotContain(receipt.cancelToken());
        assertThat(publicMeeting(meeting.id()).toString()).doesNotContain("Person 1").doesNotContain("example.org");
        assertThat(publicMeeting(meeting.id()).placesLeft()).isEqualTo(3);
        assertThat(publicMeeting(meeting.id()).waiting()).isZero();
    }

    @Test
    void asking_for_more_places_than_the_meeting_has_is_refused_so_it_cannot_block_those_behind() {
        Meeting meeting = scheduleKendal(3);

        assertThat(invalidFields(register.register(meeting.id(), person(1, 4)))).containsExactly("places");
        assertThat(registerPerson(meeting, 2, 3).status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void nobody_registers_for_a_cancelled_meeting() {
        Meeting meeting = scheduleKendal(10);
        schedule.cancel(world.officer, meeting.id(), meeting.version(), "The hall is flooded.").orElseThrow();

        assertThat(rejection(register.register(meeting.id(), person(1, 1)))).isInstanceOf(Rejection.Conflict.class);
        assertThat(schedule.meeting(world.officer, meeting.id()).orElseThrow().registrations()).isEmpty();
    }

    @Test
    void nobody_registers_once_the_meeting_has_started() {
        Meeting meeting = scheduleKendal(10);
        world.moveTo(MONDAY_26_OCTOBER_6PM_INSTANT);

        assertThat(rejection(register.register(meeting.id(), person(1, 1)))).isInstanceOf(Rejection.Conflict.class);
        assertThat(rejection(register.register(MeetingId.random(), person(1, 1)))).isInstanceOf(Rejection.NotFound.class);
    }

    // ---- cancelling a registration ----

    @Test
    void a_cancelled_place_goes_to_the_first_person_waiting_who_is_told() {
        Meeting meeting = scheduleKendal(2);
        RegistrationReceipt first = registerPerson(meeting, 1, 1);
        registerPerson(meeting, 2, 1);
        registerPerson(meeting, 3, 1);
        registerPerson(meeting, 4, 1);

        RegistrationStanding cancelled = register.cancel(first.cancelToken()).orElseThrow();

        assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
        world.deliverMail();
        assertThat(subjectsFor(3)).hasSize(2).last().asString().startsWith("A place has become free");
        assertThat(subjectsFor(4)).noneMatch(subject -> subject.startsWith("A place has become free"));
        assertThat(subjectsFor(1)).last().asString().startsWith("You have cancelled");
        assertThat(publicMeeting(meeting.id()).placesLeft()).isZero();
        assertThat(publicMeeting(meeting.id()).waiting()).isEqualTo(1);
    }

    @Test
    void a_person_waiting_sees_where_they_stand_by_their_link() {
        Meeting meeting = scheduleKendal(1);
        RegistrationReceipt first = registerPerson(meeting, 1, 1);
        registerPerson(meeting, 2, 1);
        RegistrationReceipt third = registerPerson(meeting, 3, 1);

        assertThat(register.registration(third.cancelToken()).orElseThrow().waitingAhead()).isEqualTo(1);
        register.cancel(first.cancelToken()).orElseThrow();
        RegistrationStanding now = register.registration(third.cancelToken()).orElseThrow();
        assertThat(now.status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(now.waitingAhead()).isZero();
    }

    @Test
    void cancelling_twice_is_harmless() {
        Meeting meeting = scheduleKendal(1);
        RegistrationReceipt first = registerPerson(meeting, 1, 1);
        registerPerson(meeting, 2, 1);
        registerPerson(meeting, 3, 1);
        register.cancel(first.cancelToken()).orElseThrow();
        world.deliverMail();
        int sentBefore = world.app.mailbox().sent().size();

        RegistrationStanding again = register.cancel(first.cancelToken()).orElseThrow();

        assertThat(again.status()).isEqualTo(RegistrationStatus.CANCELLED);
        world.deliverMail();
        assertThat(world.app.mailbox().sent()).hasSize(sentBefore);
        assertThat(publicMeeting(meeting.id()).placesLeft()).isZero();
        assertThat(publicMeeting(meeting.id()).waiting()).isEqualTo(1);
    }

    @Test
    void an_unknown_or_blank_link_finds_no_registration() {
        Meeting meeting = scheduleKendal(1);
        registerPerson(meeting, 1, 1);

        for (String token : new String[] {"r_not-a-token", "", "   ", null, "x".repeat(500)}) {
            assertThat(rejection(register.cancel(token))).isInstanceOf(Rejection.NotFound.class);
            assertThat(rejection(register.registration(token))).isInstanceOf(Rejection.NotFound.class);
        }
        assertThat(publicMeeting(meeting.id()).placesLeft()).isZero();
    }

    // ---- staff changing the meeting ----

    @Test
    void places_may_not_go_below_those_confirmed() {
        Meeting meeting = scheduleKendal(5);
        registerPerson(meeting, 1, 2);
        registerPerson(meeting, 2, 2);

        assertThat(invalidFields(schedule.revise(world.officer, meeting.id(), meeting.version(),
                revised(meeting, MONDAY_26_OCTOBER_6PM, 3)))).containsExactly("capacity");
        assertThat(current(meeting.id()).capacity()).isEqualTo(5);
        assertThat(schedule.revise(world.officer, meeting.id(), meeting.version(),
                revised(meeting, MONDAY_26_OCTOBER_6PM, 4)).orElseThrow().meeting().placesLeft()).isZero();
    }

    @Test
    void more_places_go_to_those_waiting_in_order_and_they_are_told() {
        Meeting meeting = scheduleKendal(2);
        IntStream.rangeClosed(1, 5).forEach(n -> registerPerson(meeting, n, 1));

        StaffMeeting bigger = schedule.revise(world.officer, meeting.id(), meeting.version(),
                revised(meeting, MONDAY_26_OCTOBER_6PM, 4)).orElseThrow();

        assertThat(bigger.registrations()).extracting(Registration::status).containsExactly(
                RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED,
                RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING);
        world.deliverMail();
        assertThat(subjectsFor(3)).last().asString().startsWith("A place has become free");
        assertThat(subjectsFor(4)).last().asString().startsWith("A place has become free");
        assertThat(subjectsFor(5)).noneMatch(subject -> subject.startsWith("A place has become free"));
        assertThat(subjectsFor(1)).noneMatch(subject -> subject.startsWith("Changed:"));
    }

    @Test
    void a_new_time_is_told_once_to_everyone_still_registered() {
        Meeting meeting = scheduleKendal(1);
        registerPerson(meeting, 1, 1);
        registerPerson(meeting, 2, 1);
        RegistrationReceipt third = registerPerson(meeting, 3, 1);
        register.cancel(third.cancelToken()).orElseThrow();

        schedule.revise(world.officer, meeting.id(), meeting.version(),
                revised(meeting, MONDAY_26_OCTOBER_6PM.plusDays(1), 1)).orElseThrow();

        world.deliverMail();
        assertThat(subjectsFor(1)).filteredOn(s -> s.startsWith("Changed:"))
                .containsExactly("Changed: Kendal priorities evening");
        assertThat(subjectsFor(2)).filteredOn(s -> s.startsWith("Changed:")).hasSize(1);
        assertThat(subjectsFor(3)).noneMatch(s -> s.startsWith("Changed:"));
        assertThat(current(meeting.id()).localStart()).isEqualTo(MONDAY_26_OCTOBER_6PM.plusDays(1));
        assertThat(world.audited("meeting.revised")).hasSize(1);
    }

    @Test
    void a_meeting_cannot_be_moved_into_the_past() {
        Meeting meeting = scheduleKendal(10);

        assertThat(invalidFields(schedule.revise(world.officer, meeting.id(), meeting.version(),
                revised(meeting, LocalDateTime.of(2026, 9, 30, 18, 0), 10)))).containsExactly("start");
        assertThat(current(meeting.id()).startsAt()).isEqualTo(MONDAY_26_OCTOBER_6PM_INSTANT);
    }

    @Test
    void a_change_from_a_stale_version_is_a_conflict() {
        Meeting meeting = scheduleKendal(10);
        schedule.revise(world.officer, meeting.id(), meeting.version(), revised(meeting, MONDAY_26_OCTOBER_6PM, 20))
                .orElseThrow();

        assertThat(rejection(schedule.revise(world.officer, meeting.id(), meeting.version(),
                revised(meeting, MONDAY_26_OCTOBER_6PM, 30)))).isInstanceOf(Rejection.Conflict.class);
        assertThat(rejection(schedule.cancel(world.officer, meeting.id(), meeting.version(), "No hall.")))
                .isInstanceOf(Rejection.Conflict.class);
        assertThat(current(meeting.id()).capacity()).isEqualTo(20);
    }

    @Test
    void cancelling_the_meeting_tells_everyone_still_registered_once() {
        Meeting meeting = scheduleKendal(1);
        registerPerson(meeting, 1, 1);
        registerPerson(meeting, 2, 1);
        RegistrationReceipt third = registerPerson(meeting, 3, 1);
        register.cancel(third.cancelToken()).orElseThrow();

        StaffMeeting cancelled = schedule.cancel(world.officer, meeting.id(), meeting.version(), "The hall is flooded.")
                .orElseThrow();

        assertThat(cancelled.meeting().meeting().status()).isEqualTo(MeetingStatus.CANCELLED);
        world.deliverMail();
        assertThat(subjectsFor(1)).filteredOn(s -> s.startsWith("Cancelled:"))
                .containsExactly("Cancelled: Kendal priorities evening");
        assertThat(subjectsFor(2)).filteredOn(s -> s.startsWith("Cancelled:")).hasSize(1);
        assertThat(subjectsFor(3)).noneMatch(s -> s.startsWith("Cancelled:"));
        assertThat(world.app.mailbox().sentTo(email(1).value()).getLast().body()).contains("The hall is flooded.");
        assertThat(browse.upcoming()).singleElement()
                .satisfies(listed -> assertThat(listed.meeting().status()).isEqualTo(MeetingStatus.CANCELLED));
    }

    @Test
    void a_cancelled_meeting_cannot_be_cancelled_again_or_changed() {
        Meeting meeting = scheduleKendal(10);
        Meeting cancelled = schedule.cancel(world.officer, meeting.id(), meeting.version(), "The hall is flooded.")
                .orElseThrow().meeting().meeting();

        assertThat(rejection(schedule.cancel(world.officer, meeting.id(), cancelled.version(), "Again.")))
                .isInstanceOf(Rejection.Conflict.class);
        assertThat(rejection(schedule.revise(world.officer, meeting.id(), cancelled.version(),
                revised(meeting, MONDAY_26_OCTOBER_6PM, 20)))).isInstanceOf(Rejection.Conflict.class);
    }

    @Test
    void a_meeting_that_has_started_cannot_be_cancelled_or_changed() {
        Meeting meeting = scheduleKendal(10);
        world.moveTo(MONDAY_26_OCTOBER_6PM_INSTANT.plusSeconds(60));

        assertThat(rejection(schedule.cancel(world.officer, meeting.id(), meeting.version(), "Too late.")))
                .isInstanceOf(Rejection.Conflict.class);
        assertThat(current(meeting.id()).status()).isEqualTo(MeetingStatus.SCHEDULED);
    }

    @Test
    void attendance_and_a_summary_are_recorded_once_the_meeting_has_ended() {
        Meeting meeting = scheduleKendal(10);

        assertThat(rejection(schedule.recordAfterwards(world.officer, meeting.id(), meeting.version(), 25,
                "We talked about buses."))).isInstanceOf(Rejection.Conflict.class);
        world.moveTo(MONDAY_26_OCTOBER_6PM_INSTANT.plus(Duration.ofHours(2)));

        Meeting recorded = schedule.recordAfterwards(world.officer, meeting.id(), meeting.version(), 25,
                "We talked about buses.").orElseThrow().meeting().meeting();
        assertThat(recorded.attendance()).contains(25);
        assertThat(recorded.summary()).contains("We talked about buses.");
    }

    // ---- browsing ----

    @Test
    void upcoming_meetings_are_soonest_first_and_a_communitys_past_ones_come_after() {
        Meeting later = scheduleKendal(10);
        Meeting sooner = schedule.schedule(world.officer, draft("kendal", LocalDateTime.of(2026, 10, 5, 18, 0), 10))
                .orElseThrow().meeting().meeting();
        schedule.schedule(world.officer, draft("lakes", LocalDateTime.of(2026, 10, 10, 18, 0), 10)).orElseThrow();

        assertThat(browse.upcoming()).extracting(PublicMeeting::hostSlug).containsExactly("kendal", "lakes", "kendal");
        world.moveTo(Instant.parse("2026-10-06T09:00:00Z"));
        assertThat(browse.ofCommunity(slug("kendal")).orElseThrow()).extracting(m -> m.meeting().id())
                .containsExactly(later.id(), sooner.id());
        assertThat(browse.upcoming()).extracting(PublicMeeting::hostSlug).containsExactly("lakes", "kendal");
        assertThat(rejection(browse.ofCommunity(slug("atlantis")))).isInstanceOf(Rejection.NotFound.class);
    }

    @Test
    void the_refusal_of_a_time_the_clocks_skip_says_why() {
        CommunityLifeWorld march = new CommunityLifeWorld(Instant.parse("2026-03-01T10:00:00Z"));

        Outcome<StaffMeeting> skipped = march.app.scheduleMeetings().schedule(march.officer,
                draft("kendal", LocalDateTime.of(2026, 3, 29, 1, 30), 10));

        assertThat(problems(skipped)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("start");
            assertThat(problem.problem()).contains("does not exist in the UK");
        });
        assertThat(march.app.browseMeetings().upcoming()).isEmpty();
    }
}
