package org.bettercaretogether.persistence;

import org.bettercaretogether.persistence.CommunityLifeFixtures.Places;
import org.bettercaretogether.persistence.jooq.tables.records.IntegratedTeamRoleRecord;
import org.bettercaretogether.persistence.jooq.tables.records.MeetingRecord;
import org.bettercaretogether.persistence.jooq.tables.records.RegistrationRecord;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bettercaretogether.persistence.CheckViolations.assertRefusedBy;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_HISTORY;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_HISTORY_RENAMING;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_HISTORY_STAGE;
import static org.bettercaretogether.persistence.jooq.Tables.INTEGRATED_TEAM;
import static org.bettercaretogether.persistence.jooq.Tables.INTEGRATED_TEAM_ROLE;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY_DIMENSION;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY_EVENT;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY_STATUS_STEP;
import static org.bettercaretogether.persistence.jooq.Tables.MEETING;
import static org.bettercaretogether.persistence.jooq.Tables.MEETING_ACCESS_FEATURE;
import static org.bettercaretogether.persistence.jooq.Tables.PROFESSION;
import static org.bettercaretogether.persistence.jooq.Tables.REGISTRATION;

/** The tables of the communities' life refuse what the domain forbids, whoever writes. */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class CommunityLifeConstraintsTest {

    private static final OffsetDateTime SIX_PM = OffsetDateTime.of(2026, 10, 26, 18, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static DSLContext dsl;
    private static Places places;
    private static UUID gp;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        places = CommunityLifeFixtures.places(new PostgresAdapters(dataSource));
        gp = dsl.select(PROFESSION.ID).from(PROFESSION).where(PROFESSION.NAME.eq("GP")).fetchSingle(PROFESSION.ID);
        dsl.insertInto(INTEGRATED_TEAM).set(INTEGRATED_TEAM.COMMUNITY_ID, places.kendal().value())
                .set(INTEGRATED_TEAM.VERSION, 1L).execute();
    }

    @Test
    void accepts_the_plainest_meeting_and_registration_the_domain_can_make() {
        UUID meeting = insertMeeting(row -> { });
        UUID registration = insertRegistration(meeting, row -> { });

        assertThat(dsl.fetchExists(MEETING, MEETING.ID.eq(meeting))).isTrue();
        assertThat(dsl.fetchExists(REGISTRATION, REGISTRATION.ID.eq(registration))).isTrue();
    }

    @Test
    void refuses_a_dimension_status_or_kind_of_event_a_priority_cannot_have() {
        UUID priority = insertPriority();

        assertRefusedBy("local_priority_dimension_known", () -> dsl.insertInto(LOCAL_PRIORITY_DIMENSION)
                .set(LOCAL_PRIORITY_DIMENSION.PRIORITY_ID, priority)
                .set(LOCAL_PRIORITY_DIMENSION.DIMENSION, "HAPPINESS")
                .execute());
        assertRefusedBy("local_priority_status_step_status_known", () -> dsl.insertInto(LOCAL_PRIORITY_STATUS_STEP)
                .set(LOCAL_PRIORITY_STATUS_STEP.PRIORITY_ID, priority).set(LOCAL_PRIORITY_STATUS_STEP.POSITION, 0)
                .set(LOCAL_PRIORITY_STATUS_STEP.STATUS, "FORGOTTEN").set(LOCAL_PRIORITY_STATUS_STEP.STATUS_ON, DAY)
                .execute());
        assertRefusedBy("local_priority_event_kind_known", () -> dsl.insertInto(LOCAL_PRIORITY_EVENT)
                .set(LOCAL_PRIORITY_EVENT.PRIORITY_ID, priority).set(LOCAL_PRIORITY_EVENT.POSITION, 0)
                .set(LOCAL_PRIORITY_EVENT.AT, SIX_PM).set(LOCAL_PRIORITY_EVENT.KIND, "LIKED")
                .set(LOCAL_PRIORITY_EVENT.DETAIL, "Liked")
                .execute());
    }

    @Test
    void refuses_a_rank_below_one() {
        assertRefusedBy("local_priority_rank_positive", () -> dsl.insertInto(LOCAL_PRIORITY)
                .set(LOCAL_PRIORITY.ID, UUID.randomUUID()).set(LOCAL_PRIORITY.COMMUNITY_ID, places.barrow().value())
                .set(LOCAL_PRIORITY.RANK, 0).set(LOCAL_PRIORITY.TITLE, "Nought")
                .set(LOCAL_PRIORITY.DESCRIPTION, "Nothing").set(LOCAL_PRIORITY.RATIONALE, "None")
                .set(LOCAL_PRIORITY.OWNER_ID, places.trust().value()).set(LOCAL_PRIORITY.VERSION, 1L)
                .execute());
    }

    @Test
    void refuses_a_team_line_with_neither_headcount_nor_whole_time_equivalents_or_with_nothing_to_count() {
        assertRefusedBy("integrated_team_role_size_given", () -> insertRole(0, row -> { }));
        assertRefusedBy("integrated_team_role_headcount_range", () -> insertRole(1, row -> row.setHeadcount(0)));
        assertRefusedBy("integrated_team_role_whole_time_equivalents_positive",
                () -> insertRole(2, row -> row.setWholeTimeEquivalents(BigDecimal.ZERO)));
    }

    @Test
    void refuses_a_stage_a_community_cannot_reach_and_a_merger_half_given_or_into_itself() {
        UUID barrow = places.barrow().value();
        dsl.insertInto(COMMUNITY_HISTORY).set(COMMUNITY_HISTORY.COMMUNITY_ID, barrow)
                .set(COMMUNITY_HISTORY.VERSION, 1L).execute();

        assertRefusedBy("community_history_stage_known", () -> dsl.insertInto(COMMUNITY_HISTORY_STAGE)
                .set(COMMUNITY_HISTORY_STAGE.COMMUNITY_ID, barrow).set(COMMUNITY_HISTORY_STAGE.POSITION, 0)
                .set(COMMUNITY_HISTORY_STAGE.STAGE, "DISBANDED").set(COMMUNITY_HISTORY_STAGE.REACHED_ON, DAY)
                .execute());
        assertRefusedBy("community_history_merger_complete", () -> dsl.update(COMMUNITY_HISTORY)
                .set(COMMUNITY_HISTORY.MERGED_INTO_ID, places.kendal().value())
                .where(COMMUNITY_HISTORY.COMMUNITY_ID.eq(barrow))
                .execute());
        assertRefusedBy("community_history_merged_into_another", () -> dsl.update(COMMUNITY_HISTORY)
                .set(COMMUNITY_HISTORY.MERGED_INTO_ID, barrow)
                .set(COMMUNITY_HISTORY.MERGED_INTO_NAME, "Barrow-in-Furness")
                .set(COMMUNITY_HISTORY.MERGED_ON, DAY)
                .where(COMMUNITY_HISTORY.COMMUNITY_ID.eq(barrow))
                .execute());
        assertRefusedBy("community_history_renaming_from_slug_format", () -> dsl.insertInto(COMMUNITY_HISTORY_RENAMING)
                .set(COMMUNITY_HISTORY_RENAMING.COMMUNITY_ID, barrow).set(COMMUNITY_HISTORY_RENAMING.POSITION, 0)
                .set(COMMUNITY_HISTORY_RENAMING.FROM_NAME, "Barrow").set(COMMUNITY_HISTORY_RENAMING.FROM_SLUG, "Barrow")
                .set(COMMUNITY_HISTORY_RENAMING.TO_NAME, "Barrow-in-Furness")
                .set(COMMUNITY_HISTORY_RENAMING.TO_SLUG, "barrow-in-furness")
                .set(COMMUNITY_HISTORY_RENAMING.EFFECTIVE_ON, DAY)
                .execute());
    }

    @Test
    void refuses_a_meeting_status_or_access_feature_the_domain_does_not_know() {
        assertRefusedBy("meeting_status_known", () -> insertMeeting(row -> row.setStatus("POSTPONED")));
        UUID meeting = insertMeeting(row -> { });
        assertRefusedBy("meeting_access_feature_known", () -> dsl.insertInto(MEETING_ACCESS_FEATURE)
                .set(MEETING_ACCESS_FEATURE.MEETING_ID, meeting).set(MEETING_ACCESS_FEATURE.FEATURE, "LIFT")
                .execute());
    }

    @Test
    void refuses_a_meeting_with_both_hosts_or_none() {
        assertRefusedBy("meeting_one_host", () -> insertMeeting(row ->
                row.setWorkstreamId(places.electiveCare().value())));
        assertRefusedBy("meeting_one_host", () -> insertMeeting(row -> row.setCommunityId(null)));
    }

    @Test
    void refuses_a_meeting_ending_before_it_starts_held_nowhere_or_online_at_an_address_not_https() {
        assertRefusedBy("meeting_ends_after_start", () -> insertMeeting(row -> row.setEndsAt(SIX_PM)));
        assertRefusedBy("meeting_somewhere", () -> insertMeeting(row -> row.setOnlineLink(null)));
        assertRefusedBy("meeting_online_link_https", () -> insertMeeting(row ->
                row.setOnlineLink("http://meet.example.org/abc")));
        assertRefusedBy("meeting_venue_complete", () -> insertMeeting(row -> row.setVenueName("Town hall")));
    }

    @Test
    void refuses_a_registration_status_the_domain_does_not_know_or_places_out_of_range() {
        UUID meeting = insertMeeting(row -> { });

        assertRefusedBy("registration_status_known", () -> insertRegistration(meeting, row -> row.setStatus("MAYBE")));
        assertRefusedBy("registration_places_range", () -> insertRegistration(meeting, row -> row.setPlaces(11)));
        assertRefusedBy("registration_arrival_positive", () -> insertRegistration(meeting, row -> row.setArrival(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jo@Example.org", "jo.example.org", "jo@example", ""})
    void refuses_a_registrants_address_not_in_the_domains_lower_case_form(String email) {
        UUID meeting = insertMeeting(row -> { });

        assertRefusedBy("registration_email_format", () -> insertRegistration(meeting, row -> row.setEmail(email)));
    }

    @Test
    void refuses_a_second_profession_whose_name_differs_only_in_case() {
        DataAccessException refusal = catchThrowableOfType(DataAccessException.class, () -> dsl.insertInto(PROFESSION)
                .set(PROFESSION.ID, UUID.randomUUID()).set(PROFESSION.NAME, "gp").set(PROFESSION.IN_USE, true)
                .set(PROFESSION.VERSION, 1L)
                .execute());

        assertThat(refusal).isNotNull().hasMessageContaining("profession_name_key");
        assertThat(refusal.sqlState()).isEqualTo("23505");
    }

    private static UUID insertPriority() {
        UUID id = UUID.randomUUID();
        dsl.insertInto(LOCAL_PRIORITY)
                .set(LOCAL_PRIORITY.ID, id).set(LOCAL_PRIORITY.COMMUNITY_ID, places.kendal().value())
                .set(LOCAL_PRIORITY.RANK, 1).set(LOCAL_PRIORITY.TITLE, "Home by evening")
                .set(LOCAL_PRIORITY.DESCRIPTION, "Later buses.").set(LOCAL_PRIORITY.RATIONALE, "People asked.")
                .set(LOCAL_PRIORITY.OWNER_ID, places.trust().value()).set(LOCAL_PRIORITY.VERSION, 1L)
                .execute();
        return id;
    }

    /** Inserts a line of Kendal's team for a GP employed by the trust, as {@code adjust} leaves it. */
    private static void insertRole(int position, Consumer<IntegratedTeamRoleRecord> adjust) {
        IntegratedTeamRoleRecord row = dsl.newRecord(INTEGRATED_TEAM_ROLE);
        row.setCommunityId(places.kendal().value());
        row.setPosition(position);
        row.setProfessionId(gp);
        row.setEmployerId(places.trust().value());
        adjust.accept(row);
        dsl.insertInto(INTEGRATED_TEAM_ROLE).set(row).execute();
    }

    /** Inserts a scheduled online meeting held by Kendal, as {@code adjust} leaves it; answers its id. */
    private static UUID insertMeeting(Consumer<MeetingRecord> adjust) {
        UUID id = UUID.randomUUID();
        MeetingRecord row = dsl.newRecord(MEETING);
        row.setId(id);
        row.setCommunityId(places.kendal().value());
        row.setTitle("Have your say");
        row.setPurpose("What should change?");
        row.setStartsAt(SIX_PM);
        row.setEndsAt(SIX_PM.plusHours(2));
        row.setOnlineLink("https://meet.example.org/abc");
        row.setCapacity(50);
        row.setStatus("SCHEDULED");
        row.setVersion(1L);
        adjust.accept(row);
        dsl.insertInto(MEETING).set(row).execute();
        return id;
    }

    /** Inserts a confirmed registration for one place, first to arrive, as {@code adjust} leaves it; answers its id. */
    private static UUID insertRegistration(UUID meeting, Consumer<RegistrationRecord> adjust) {
        UUID id = UUID.randomUUID();
        RegistrationRecord row = dsl.newRecord(REGISTRATION);
        row.setId(id);
        row.setMeetingId(meeting);
        row.setName("Sam Jones");
        row.setEmail("sam.jones@example.org");
        row.setPlaces(1);
        row.setStatus("CONFIRMED");
        row.setRegisteredAt(SIX_PM.minusDays(7));
        row.setArrival(1);
        row.setCancelTokenHash(id.toString());
        row.setVersion(1L);
        adjust.accept(row);
        dsl.insertInto(REGISTRATION).set(row).execute();
        return id;
    }
}
