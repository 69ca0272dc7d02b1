package org.bettercaretogether.persistence.meeting;

import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.meeting.Registrations;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingHost;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.RegistrationId;
import org.bettercaretogether.domain.meeting.RegistrationStatus;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.persistence.CommunityLifeFixtures;
import org.bettercaretogether.persistence.FailureText;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.bettercaretogether.persistence.jooq.Tables.REGISTRATION;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class RegistrationsTest {

    /** Microseconds, as PostgreSQL keeps them. */
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00.654321Z");

    private static DSLContext dsl;
    private static Registrations registrations;
    private static MeetingId kendalMeeting;
    private static MeetingId barrowMeeting;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        registrations = postgres.port(Registrations.class);
        CommunityLifeFixtures.Places places = CommunityLifeFixtures.places(postgres);
        Meetings meetings = postgres.port(Meetings.class);
        kendalMeeting = meetings.add(meeting(new MeetingHost.Community(places.kendal()))).id();
        barrowMeeting = meetings.add(meeting(new MeetingHost.Community(places.barrow()))).id();
    }

    @BeforeEach
    void noRegistrations() {
        dsl.deleteFrom(REGISTRATION).execute();
    }

    @Test
    void reads_back_a_registration_with_access_needs_equal_at_version_1_by_id_and_cancel_hash() {
        Registration jo = jo(kendalMeeting, 1);

        Registration stored = registrations.add(jo);

        assertThat(stored).isEqualTo(jo.withVersion(1));
        assertThat(registrations.find(jo.id())).contains(stored);
        assertThat(registrations.findByCancelHash(jo.cancelTokenHash())).contains(stored);
        assertThat(registrations.findByCancelHash(Secrets.sha256("another token"))).isEmpty();
    }

    @Test
    void reads_back_a_registration_without_access_needs() {
        Registration sam = sam(kendalMeeting, 1, RegistrationStatus.WAITING);

        registrations.add(sam);

        assertThat(registrations.find(sam.id())).contains(sam.withVersion(1));
    }

    @Test
    void a_meetings_registrations_come_in_order_of_arrival_cancelled_ones_included() {
        Registration third = registrations.add(sam(kendalMeeting, 3, RegistrationStatus.WAITING));
        Registration first = registrations.add(jo(kendalMeeting, 1));
        Registration elsewhere = registrations.add(sam(barrowMeeting, 1, RegistrationStatus.CONFIRMED));
        Registration second = registrations.add(sam(kendalMeeting, 2, RegistrationStatus.CANCELLED));

        assertThat(registrations.of(kendalMeeting)).containsExactly(first, second, third);
        assertThat(registrations.of(barrowMeeting)).containsExactly(elsewhere);
        assertThat(registrations.of(MeetingId.random())).isEmpty();
    }

    @Test
    void a_person_s_registrations_are_found_by_their_email_address_for_every_meeting_and_removed_one_by_one() {
        Registration kendal = registrations.add(jo(kendalMeeting, 1));
        Registration barrow = registrations.add(jo(barrowMeeting, 1));
        Registration sams = registrations.add(sam(kendalMeeting, 2, RegistrationStatus.WAITING));

        List<Registration> jos = registrations.withEmail(new EmailAddress("jo.bloggs@example.org"));
        registrations.remove(kendal.id());
        registrations.remove(kendal.id());

        assertThat(jos).containsExactlyInAnyOrder(kendal, barrow);
        assertThat(registrations.of(kendalMeeting)).containsExactly(sams);
        assertThat(registrations.withEmail(new EmailAddress("jo.bloggs@example.org"))).containsExactly(barrow);
    }

    @Test
    void an_update_bumps_the_version_and_a_stale_one_changes_nothing() {
        Registration read = registrations.add(jo(kendalMeeting, 1));
        Registration cancelled = read.withStatus(RegistrationStatus.CANCELLED);

        Optional<Registration> updated = registrations.update(cancelled);
        Optional<Registration> stale = registrations.update(read.withStatus(RegistrationStatus.WAITING));

        assertThat(updated).contains(cancelled.withVersion(2));
        assertThat(stale).isEmpty();
        assertThat(registrations.find(read.id())).isEqualTo(updated);
        assertThat(registrations.update(sam(kendalMeeting, 2, RegistrationStatus.CONFIRMED).withVersion(1)))
                .as("never stored").isEmpty();
    }

    @Test
    void a_second_registration_with_the_same_place_in_a_meetings_order_is_refused_without_personal_data() {
        registrations.add(sam(kendalMeeting, 1, RegistrationStatus.CONFIRMED));
        Registration jo = jo(kendalMeeting, 1);

        Throwable refusal = catchThrowable(() -> registrations.add(jo));

        assertThat(refusal).isInstanceOf(DataAccessException.class).hasMessageContaining("registration_arrival_key");
        assertWithoutJosPersonalData(refusal);
        assertThat(registrations.find(jo.id())).isEmpty();
        assertThat(registrations.add(jo(barrowMeeting, 1))).as("arrivals are per meeting").isNotNull();
    }

    @Test
    void a_second_registration_with_the_same_cancel_hash_is_refused_without_personal_data() {
        Registration sam = registrations.add(sam(kendalMeeting, 1, RegistrationStatus.CONFIRMED));
        Registration jo = jo(barrowMeeting, 1);
        Registration sameHash = new Registration(jo.id(), jo.meeting(), jo.name(), jo.email(), jo.places(),
                jo.accessNeeds(), jo.status(), jo.registeredAt(), jo.arrival(), sam.cancelTokenHash(), 0);

        Throwable refusal = catchThrowable(() -> registrations.add(sameHash));

        assertThat(refusal).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("registration_cancel_token_hash_key");
        assertWithoutJosPersonalData(refusal);
        assertThat(registrations.find(jo.id())).isEmpty();
    }

    @Test
    void a_registration_for_a_meeting_not_stored_is_refused_without_personal_data() {
        Registration jo = jo(MeetingId.random(), 1);

        Throwable refusal = catchThrowable(() -> registrations.add(jo));

        assertThat(refusal).isInstanceOf(DataAccessException.class).hasMessageContaining("registration_meeting_fkey");
        assertWithoutJosPersonalData(refusal);
    }

    @Test
    void an_update_the_database_refuses_does_not_repeat_personal_data_either() {
        registrations.add(sam(kendalMeeting, 1, RegistrationStatus.CONFIRMED));
        Registration jo = registrations.add(jo(kendalMeeting, 2));
        Registration sameHash = new Registration(jo.id(), jo.meeting(), jo.name(), jo.email(), jo.places(),
                jo.accessNeeds(), RegistrationStatus.WAITING, jo.registeredAt(), 1, jo.cancelTokenHash(),
                jo.version());

        Throwable refusal = catchThrowable(() -> registrations.update(sameHash));

        assertThat(refusal).isInstanceOf(DataAccessException.class).hasMessageContaining("registration_arrival_key");
        assertWithoutJosPersonalData(refusal);
        assertThat(registrations.find(jo.id())).contains(jo);
    }

    private static void assertWithoutJosPersonalData(Throwable refusal) {
        assertThat(FailureText.of(refusal)).doesNotContain("Bloggs").doesNotContain("jo.bloggs")
                .doesNotContain("wheelchair");
    }

    /** Jo Bloggs, who needs a wheelchair space, for two places. */
    private static Registration jo(MeetingId meeting, int arrival) {
        return new Registration(RegistrationId.random(), meeting, "Jo Bloggs",
                new EmailAddress("jo.bloggs@example.org"), 2, Optional.of("A space for a wheelchair, please."), RegistrationStatus.CONFIRMED,
                MONDAY.plusSeconds(arrival), arrival, cancelHash(), 0);
    }

    /** Sam Jones, for one place, with no access needs. */
    private static Registration sam(MeetingId meeting, int arrival, RegistrationStatus status) {
        return new Registration(RegistrationId.random(), meeting, "Sam Jones",
                new EmailAddress("sam.jones@example.org"), 1, Optional.empty(), status, MONDAY.plusSeconds(arrival), arrival, cancelHash(), 0);
    }

    private static String cancelHash() {
        return Secrets.sha256(UUID.randomUUID().toString());
    }

    private static Meeting meeting(MeetingHost host) {
        Instant startsAt = MONDAY.plus(Duration.ofDays(30));
        return Meeting.schedule(MeetingId.random(), host, "Have your say", "What should change in your area?",
                startsAt, startsAt.plus(Duration.ofHours(2)), Optional.empty(),
                Optional.of(URI.create("https://meet.example.org/have-your-say")), 50);
    }
}
