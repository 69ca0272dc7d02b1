package org.bettercaretogether.persistence.staff;

import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.staff.SessionStage;
import org.bettercaretogether.application.staff.StaffSession;
import org.bettercaretogether.application.staff.StaffSessions;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.persistence.FailureText;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.StaffFixtures;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_SESSION;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class StaffSessionsTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-03-02T09:00:00.123456Z");
    private static final Duration ABSOLUTE = Duration.ofHours(12);

    private static DSLContext dsl;
    private static StaffSessions sessions;
    private static StaffMemberId amina;
    private static StaffMemberId ben;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        sessions = postgres.port(StaffSessions.class);
        StaffFixtures.AminaAndBen staff = StaffFixtures.aminaAndBen(postgres);
        amina = staff.amina();
        ben = staff.ben();
    }

    @BeforeEach
    void noSessions() {
        dsl.deleteFrom(STAFF_SESSION).execute();
    }

    @Test
    void reads_back_a_stored_session_equal_by_the_hash_of_its_token() {
        StaffSession session = session(amina, SIGNED_IN);

        sessions.add(session);

        assertThat(sessions.find(session.tokenHash())).contains(session);
        assertThat(sessions.find(Secrets.sha256("some other token"))).isEmpty();
    }

    @Test
    void touching_a_session_records_when_it_was_last_used_and_never_moves_that_back() {
        StaffSession session = session(amina, SIGNED_IN);
        sessions.add(session);
        Instant later = SIGNED_IN.plus(Duration.ofMinutes(7));

        sessions.touch(session.tokenHash(), later);
        sessions.touch(session.tokenHash(), SIGNED_IN.plus(Duration.ofMinutes(3)));

        assertThat(sessions.find(session.tokenHash())).contains(new StaffSession(session.tokenHash(), amina,
                session.csrfToken(), SIGNED_IN, later, session.expiresAt(), SessionStage.COMPLETE));
    }

    @Test
    void removing_a_session_ends_it_and_no_other() {
        StaffSession first = session(amina, SIGNED_IN);
        StaffSession second = session(amina, SIGNED_IN.plusSeconds(60));
        sessions.add(first);
        sessions.add(second);

        sessions.remove(first.tokenHash());

        assertThat(sessions.find(first.tokenHash())).isEmpty();
        assertThat(sessions.find(second.tokenHash())).contains(second);
    }

    @Test
    void removing_all_of_one_person_leaves_everyone_elses() {
        StaffSession aminaAtWork = session(amina, SIGNED_IN);
        StaffSession aminaAtHome = session(amina, SIGNED_IN.plusSeconds(3600));
        StaffSession bens = session(ben, SIGNED_IN);
        sessions.add(aminaAtWork);
        sessions.add(aminaAtHome);
        sessions.add(bens);

        sessions.removeAllOf(amina);

        assertThat(sessions.find(aminaAtWork.tokenHash())).isEmpty();
        assertThat(sessions.find(aminaAtHome.tokenHash())).isEmpty();
        assertThat(sessions.find(bens.tokenHash())).contains(bens);
    }

    @Test
    void removes_the_sessions_that_ended_at_or_before_now_and_counts_them() {
        Instant now = SIGNED_IN.plus(ABSOLUTE).plusSeconds(30);
        StaffSession endedLongAgo = session(amina, SIGNED_IN.minus(Duration.ofDays(2)));
        StaffSession endsNow = session(amina, now.minus(ABSOLUTE));
        StaffSession endsAMicrosecondLater = session(ben, now.minus(ABSOLUTE).plus(1, ChronoUnit.MICROS));
        StaffSession fresh = session(ben, now.minusSeconds(5));
        List.of(endedLongAgo, endsNow, endsAMicrosecondLater, fresh).forEach(sessions::add);

        int removed = sessions.removeExpired(now);

        assertThat(removed).isEqualTo(2);
        assertThat(sessions.find(endedLongAgo.tokenHash())).isEmpty();
        assertThat(sessions.find(endsNow.tokenHash())).isEmpty();
        assertThat(sessions.find(endsAMicrosecondLater.tokenHash())).contains(endsAMicrosecondLater);
        assertThat(sessions.find(fresh.tokenHash())).contains(fresh);
        assertThat(sessions.removeExpired(now)).isZero();
    }

    @Test
    void a_token_in_clear_is_refused_in_place_of_its_hash_and_not_repeated_in_the_error() {
        String token = Secrets.token("bct_session_");
        StaffSession clear = new StaffSession(token, amina, "csrf-" + token, SIGNED_IN, SIGNED_IN,
                SIGNED_IN.plus(ABSOLUTE), SessionStage.COMPLETE);

        Throwable refusal = catchThrowable(() -> sessions.add(clear));

        assertThat(refusal).isNotNull().hasMessageContaining("staff_session_token_hash_sha256");
        assertThat(FailureText.of(refusal)).doesNotContain(token);
        assertThat(dsl.fetchCount(STAFF_SESSION)).isZero();
    }

    @Test
    void a_second_session_under_the_same_hash_is_refused_without_repeating_the_hash() {
        StaffSession session = session(amina, SIGNED_IN);
        sessions.add(session);

        Throwable refusal = catchThrowable(() -> sessions.add(new StaffSession(session.tokenHash(), ben, "other",
                SIGNED_IN, SIGNED_IN, SIGNED_IN.plus(ABSOLUTE), SessionStage.COMPLETE)));

        assertThat(refusal).isNotNull().hasMessageContaining("staff_session_pkey");
        assertThat(FailureText.of(refusal)).doesNotContain(session.tokenHash());
        assertThat(sessions.find(session.tokenHash())).contains(session);
    }

    /** A session as signing in makes one: a fresh token, of which only the hash is given to the store. */
    private static StaffSession session(StaffMemberId staff, Instant signedIn) {
        String token = Secrets.token("");
        return new StaffSession(Secrets.sha256(token), staff, Secrets.token(""), signedIn, signedIn,
                signedIn.plus(ABSOLUTE), SessionStage.COMPLETE);
    }
}
