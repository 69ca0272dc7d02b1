package org.bettercaretogether.persistence.meeting;

import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingHost;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.MeetingStatus;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.workstream.WorkstreamId;
import org.bettercaretogether.persistence.CommunityLifeFixtures;
import org.bettercaretogether.persistence.CommunityLifeFixtures.Places;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.Concurrency.PATIENCE;
import static org.bettercaretogether.persistence.Concurrency.await;
import static org.bettercaretogether.persistence.Concurrency.awaitSomeoneWaitingForALock;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.persistence.jooq.Tables.MEETING;
import static org.bettercaretogether.persistence.jooq.Tables.MEETING_ACCESS_FEATURE;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class MeetingsTest {

    /** Microseconds, as PostgreSQL keeps them. */
    private static final Instant EVENING = Instant.parse("2026-03-02T18:30:00.654321Z");
    /** The clocks go back on Sunday 25 October 2026: the next day, UK time is GMT again. */
    private static final Instant AFTER_THE_CLOCKS_GO_BACK =
            ZonedDateTime.of(2026, 10, 26, 18, 0, 0, 0, UkTime.ZONE).toInstant();
    private static final Venue TOWN_HALL = new Venue("Kendal Town Hall", "Highgate, Kendal LA9 4DL",
            Set.of(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP, AccessFeature.PUBLIC_TRANSPORT),
            Optional.of("Use the lift by the side entrance."));
    private static final URI ONLINE = URI.create("https://meet.example.org/kendal-priorities");

    private static DSLContext dsl;
    private static Transactions transactions;
    private static Meetings meetings;
    private static Places places;
    private static MeetingHost kendal;
    private static MeetingHost electiveCare;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        transactions = postgres.port(Transactions.class);
        meetings = postgres.port(Meetings.class);
        places = CommunityLifeFixtures.places(postgres);
        kendal = new MeetingHost.Community(places.kendal());
        electiveCare = new MeetingHost.Workstream(places.electiveCare());
    }

    @BeforeEach
    void noMeetings() {
        dsl.deleteFrom(MEETING).execute();
    }

    @Test
    void reads_back_a_meeting_with_every_optional_part_given_equal_at_version_1_to_the_microsecond() {
        Meeting meeting = new Meeting(MeetingId.random(), kendal, "Kendal's priorities", "Tell us what matters.",
                EVENING, EVENING.plus(Duration.ofMinutes(90)), Optional.of(TOWN_HALL), Optional.of(ONLINE), 80,
                MeetingStatus.CANCELLED, Optional.of("The hall flooded."), Optional.of(0),
                Optional.of("Nobody came: it was cancelled."), 0);

        Meeting stored = meetings.add(meeting);

        assertThat(stored).isEqualTo(meeting.withVersion(1));
        assertThat(meetings.find(meeting.id())).contains(stored);
        assertThat(stored.startsAt().getNano()).isEqualTo(654_321_000);
    }

    @Test
    void reads_back_a_meeting_online_only_and_one_at_a_venue_with_nothing_else_said() {
        Meeting online = scheduled(electiveCare, EVENING, Optional.empty(), Optional.of(ONLINE));
        Meeting plainVenue = scheduled(kendal, EVENING, Optional.of(new Venue("Barrow library", "Ramsden Square",
                Set.of(), Optional.empty())), Optional.empty());

        meetings.add(online);
        meetings.add(plainVenue);

        assertThat(meetings.find(online.id())).contains(online.withVersion(1));
        assertThat(meetings.find(plainVenue.id())).contains(plainVenue.withVersion(1));
    }

    @Test
    void a_meeting_at_six_in_the_evening_uk_time_the_day_after_the_clocks_go_back_is_kept_as_that_instant() {
        Meeting meeting = scheduled(kendal, AFTER_THE_CLOCKS_GO_BACK, Optional.of(TOWN_HALL), Optional.empty());

        meetings.add(meeting);

        Meeting read = meetings.find(meeting.id()).orElseThrow();
        assertThat(read.startsAt()).isEqualTo(Instant.parse("2026-10-26T18:00:00Z"));
        assertThat(read.localStart()).isEqualTo(LocalDateTime.of(2026, 10, 26, 18, 0));
        assertThat(dsl.fetchValue("select to_char(starts_at at time zone 'Europe/London', 'YYYY-MM-DD HH24:MI') "
                + "from meeting where id = ?", meeting.id().value()))
                .as("the database itself holds 18:00 UK time").isEqualTo("2026-10-26 18:00");
    }

    @Test
    void a_hosts_meetings_come_by_start_and_all_meetings_by_start() {
        Meeting kendalLater = meetings.add(scheduled(kendal, EVENING.plusSeconds(7200), Optional.of(TOWN_HALL),
                Optional.empty()));
        Meeting workstream = meetings.add(scheduled(electiveCare, EVENING.plusSeconds(3600), Optional.empty(),
                Optional.of(ONLINE)));
        Meeting kendalEarlier = meetings.add(scheduled(kendal, EVENING, Optional.of(TOWN_HALL), Optional.empty()));
        Meeting barrow = meetings.add(scheduled(new MeetingHost.Community(places.barrow()), EVENING.minusSeconds(60),
                Optional.empty(), Optional.of(ONLINE)));

        assertThat(meetings.of(kendal)).containsExactly(kendalEarlier, kendalLater);
        assertThat(meetings.of(electiveCare)).containsExactly(workstream);
        assertThat(meetings.all()).containsExactly(barrow, kendalEarlier, workstream, kendalLater);
    }

    @Test
    void an_update_bumps_the_version_and_replaces_what_the_venue_offers() {
        Meeting stored = meetings.add(scheduled(kendal, EVENING, Optional.of(TOWN_HALL), Optional.empty()));
        Venue library = new Venue("Kendal library", "Stricklandgate", Set.of(AccessFeature.PARKING), Optional.empty());
        Meeting moved = stored.revise(stored.title(), stored.purpose(), EVENING.plusSeconds(86_400),
                EVENING.plusSeconds(90_000), Optional.of(library), Optional.of(ONLINE), 40, EVENING.minusSeconds(60));

        Optional<Meeting> updated = meetings.update(moved);

        assertThat(updated).contains(moved.withVersion(2));
        assertThat(meetings.find(stored.id())).isEqualTo(updated);
        assertThat(dsl.fetchCount(MEETING_ACCESS_FEATURE)).as("the town hall's features are gone").isOne();
    }

    @Test
    void a_meeting_changed_by_someone_else_since_it_was_read_is_not_overwritten() {
        Meeting read = meetings.add(scheduled(kendal, EVENING, Optional.of(TOWN_HALL), Optional.empty()));
        Meeting first = meetings.update(read.cancel("The hall flooded.", EVENING.minusSeconds(60))).orElseThrow();

        Optional<Meeting> stale = meetings.update(read.revise("Another title", read.purpose(), read.startsAt(),
                read.endsAt(), read.venue(), read.onlineLink(), 10, EVENING.minusSeconds(60)));

        assertThat(stale).isEmpty();
        assertThat(meetings.find(read.id())).contains(first);
        assertThat(meetings.update(scheduled(kendal, EVENING, Optional.empty(), Optional.of(ONLINE)).withVersion(1)))
                .as("never stored").isEmpty();
    }

    @Test
    void a_meeting_for_a_workstream_not_in_the_directory_is_refused_and_leaves_nothing_behind() {
        Meeting nowhere = scheduled(new MeetingHost.Workstream(WorkstreamId.random()), EVENING, Optional.of(TOWN_HALL),
                Optional.empty());

        assertThatThrownBy(() -> meetings.add(nowhere)).hasMessageContaining("meeting_workstream_fkey");
        assertThat(meetings.find(nowhere.id())).isEmpty();
        assertThat(dsl.fetchCount(MEETING_ACCESS_FEATURE)).isZero();
    }

    @Test
    void an_unknown_meeting_is_neither_found_nor_locked() {
        MeetingId unknown = MeetingId.random();

        assertThat(meetings.find(unknown)).isEmpty();
        assertThat(transactions.inTransaction(() -> meetings.lock(unknown))).isEmpty();
    }

    @Test
    void a_meeting_locked_in_one_transaction_makes_another_locking_it_wait_until_the_first_commits() throws Exception {
        Meeting stored = meetings.add(scheduled(kendal, EVENING, Optional.of(TOWN_HALL), Optional.empty()));
        CountDownLatch firstLocked = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);

        try (ExecutorService requests = Executors.newFixedThreadPool(2)) {
            Future<Meeting> first = requests.submit(() -> transactions.inTransaction(() -> {
                Meeting locked = meetings.lock(stored.id()).orElseThrow();
                firstLocked.countDown();
                await(firstMayCommit);
                return meetings.update(locked.revise(locked.title(), locked.purpose(), locked.startsAt(),
                        locked.endsAt(), locked.venue(), locked.onlineLink(), 20, EVENING.minusSeconds(60)))
                        .orElseThrow();
            }));
            await(firstLocked);
            Future<Meeting> second = requests.submit(() -> transactions.inTransaction(
                    () -> meetings.lock(stored.id()).orElseThrow()));

            awaitSomeoneWaitingForALock(dsl);
            assertThat(second).as("the second waits while the first holds the meeting").isNotDone();
            firstMayCommit.countDown();

            Meeting changedByFirst = first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .as("the second sees the meeting as the first left it").isEqualTo(changedByFirst);
            assertThat(changedByFirst.capacity()).isEqualTo(20);
        }
    }

    private static Meeting scheduled(MeetingHost host, Instant startsAt, Optional<Venue> venue, Optional<URI> link) {
        return Meeting.schedule(MeetingId.random(), host, "Have your say", "What should change in your area?",
                startsAt, startsAt.plus(Duration.ofHours(2)), venue, link, 50);
    }
}
