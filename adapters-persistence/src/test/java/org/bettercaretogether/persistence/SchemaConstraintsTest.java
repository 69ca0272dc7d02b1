package org.bettercaretogether.persistence;

import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.bettercaretogether.persistence.CheckViolations.assertRefusedBy;
import static org.bettercaretogether.persistence.jooq.Tables.CLINICAL_NETWORK;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_POSTCODE_DISTRICT;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER_EVENT;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER_IDENTIFIER;
import static org.bettercaretogether.persistence.jooq.Tables.VANGUARD;
import static org.bettercaretogether.persistence.jooq.Tables.VANGUARD_TRIPLE_AIM;

/** The schema refuses what the domain forbids, whoever writes to it. */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class SchemaConstraintsTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();

    private static DSLContext dsl;
    private static UUID network;
    private static UUID community;
    private static UUID partner;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        network = insertNetwork("north");
        community = insertCommunity("kendal");
        partner = UUID.randomUUID();
        dsl.insertInto(PARTNER)
                .set(PARTNER.ID, partner).set(PARTNER.NAME, "Cumbria County Council")
                .set(PARTNER.KIND, "LOCAL_AUTHORITY").set(PARTNER.ROLE, "Social care").set(PARTNER.VERSION, 0L)
                .execute();
    }

    @ParameterizedTest
    @ValueSource(strings = {"la9", "LA 9", "9LA", "LA9 4", "LAA9", "LA"})
    void refuses_a_malformed_postcode_district(String district) {
        assertRefusedBy("community_postcode_district_format", () -> dsl.insertInto(COMMUNITY_POSTCODE_DISTRICT)
                .set(COMMUNITY_POSTCODE_DISTRICT.COMMUNITY_ID, community)
                .set(COMMUNITY_POSTCODE_DISTRICT.POSITION, 99)
                .set(COMMUNITY_POSTCODE_DISTRICT.DISTRICT, district)
                .execute());
    }

    @Test
    void accepts_well_formed_postcode_districts() {
        String[] districts = {"LA9", "LA23", "PR3", "M1", "EC1A"};
        for (int i = 0; i < districts.length; i++) {
            int position = i;
            String district = districts[i];
            assertThatCode(() -> dsl.insertInto(COMMUNITY_POSTCODE_DISTRICT)
                    .set(COMMUNITY_POSTCODE_DISTRICT.COMMUNITY_ID, community)
                    .set(COMMUNITY_POSTCODE_DISTRICT.POSITION, position)
                    .set(COMMUNITY_POSTCODE_DISTRICT.DISTRICT, district)
                    .execute()).as(district).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kendal", "kendal town", "-kendal", "kendal-", "kendal--town", "kendal_town", ""})
    void refuses_a_slug_that_is_not_lower_case_words_joined_by_hyphens(String slug) {
        assertRefusedBy("clinical_network_slug_format", () -> dsl.insertInto(CLINICAL_NETWORK)
                .set(CLINICAL_NETWORK.ID, UUID.randomUUID()).set(CLINICAL_NETWORK.SLUG, slug)
                .set(CLINICAL_NETWORK.NAME, "A network").set(CLINICAL_NETWORK.DESCRIPTION, "Some communities")
                .set(CLINICAL_NETWORK.GROUPING_SOURCE, "a source").set(CLINICAL_NETWORK.GROUPING_VERIFIED, false)
                .set(CLINICAL_NETWORK.VERSION, 0L)
                .execute());
    }

    @Test
    void refuses_a_community_population_without_its_source() {
        assertRefusedBy("community_population_complete", () -> dsl.insertInto(COMMUNITY)
                .set(COMMUNITY.ID, UUID.randomUUID()).set(COMMUNITY.SLUG, "slug-" + SLUGS.incrementAndGet())
                .set(COMMUNITY.NAME, "Ulverston").set(COMMUNITY.NETWORK_ID, network)
                .set(COMMUNITY.COVERAGE_SOURCE, "a source").set(COMMUNITY.COVERAGE_VERIFIED, true)
                .set(COMMUNITY.POPULATION, 30_000).set(COMMUNITY.POPULATION_BASIS, "registered patients")
                .set(COMMUNITY.POPULATION_VERIFIED, true)
                .set(COMMUNITY.VERSION, 0L)
                .execute());
    }

    @Test
    void refuses_a_development_stage_without_the_date_it_was_reached() {
        assertRefusedBy("community_stage_with_date", () -> dsl.update(COMMUNITY)
                .set(COMMUNITY.STAGE, "FORMING")
                .where(COMMUNITY.ID.eq(community))
                .execute());
    }

    @Test
    void refuses_an_unknown_development_stage() {
        assertRefusedBy("community_stage_known", () -> dsl.update(COMMUNITY)
                .set(COMMUNITY.STAGE, "THRIVING").set(COMMUNITY.STAGE_REACHED_ON, LocalDate.of(2016, 4, 1))
                .where(COMMUNITY.ID.eq(community))
                .execute());
    }

    @Test
    void refuses_a_kind_of_partner_the_domain_does_not_know() {
        assertRefusedBy("partner_kind_known", () -> dsl.insertInto(PARTNER)
                .set(PARTNER.ID, UUID.randomUUID()).set(PARTNER.NAME, "A charity").set(PARTNER.KIND, "CHARITY")
                .set(PARTNER.ROLE, "Volunteers").set(PARTNER.VERSION, 0L)
                .execute());
    }

    @Test
    void refuses_an_ods_code_in_the_wrong_format() {
        assertRefusedBy("partner_identifier_value_format", () -> dsl.insertInto(PARTNER_IDENTIFIER)
                .set(PARTNER_IDENTIFIER.PARTNER_ID, partner).set(PARTNER_IDENTIFIER.POSITION, 0)
                .set(PARTNER_IDENTIFIER.SCHEME, "ODS").set(PARTNER_IDENTIFIER.VALUE, "rtx1")
                .set(PARTNER_IDENTIFIER.SOURCE, "a source").set(PARTNER_IDENTIFIER.VERIFIED, false)
                .execute());
    }

    @Test
    void refuses_a_month_precise_event_date_that_is_not_the_first_of_the_month() {
        assertRefusedBy("partner_event_date_aligned", () -> dsl.insertInto(PARTNER_EVENT)
                .set(PARTNER_EVENT.PARTNER_ID, partner).set(PARTNER_EVENT.POSITION, 0)
                .set(PARTNER_EVENT.KIND, "ABOLISHED")
                .set(PARTNER_EVENT.OCCURRED_ON, LocalDate.of(2022, 7, 15)).set(PARTNER_EVENT.OCCURRED_PRECISION, "MONTH")
                .set(PARTNER_EVENT.SOURCE, "a source").set(PARTNER_EVENT.VERIFIED, true)
                .execute());
    }

    @Test
    void refuses_a_renaming_without_the_former_name() {
        assertRefusedBy("partner_event_names_by_kind", () -> dsl.insertInto(PARTNER_EVENT)
                .set(PARTNER_EVENT.PARTNER_ID, partner).set(PARTNER_EVENT.POSITION, 0)
                .set(PARTNER_EVENT.KIND, "RENAMED")
                .set(PARTNER_EVENT.SOURCE, "a source").set(PARTNER_EVENT.VERIFIED, true)
                .execute());
    }

    @Test
    void refuses_a_triple_aim_dimension_the_domain_does_not_know() {
        dsl.insertInto(VANGUARD)
                .set(VANGUARD.ID, (short) 1).set(VANGUARD.NAME, "Better Care Together").set(VANGUARD.AREA, "The Bay")
                .set(VANGUARD.AIM, "Better care").set(VANGUARD.POPULATION_SERVED, 1000)
                .set(VANGUARD.POPULATION_SOURCE, "a source").set(VANGUARD.POPULATION_VERIFIED, false)
                .set(VANGUARD.VERSION, 0L)
                .onConflictDoNothing()
                .execute();

        assertRefusedBy("vanguard_triple_aim_dimension_known", () -> dsl.insertInto(VANGUARD_TRIPLE_AIM)
                .set(VANGUARD_TRIPLE_AIM.VANGUARD_ID, (short) 1).set(VANGUARD_TRIPLE_AIM.DIMENSION, "HAPPINESS")
                .execute());
    }

    @Test
    void refuses_a_second_vanguard() {
        assertRefusedBy("vanguard_single_row", () -> dsl.insertInto(VANGUARD)
                .set(VANGUARD.ID, (short) 2).set(VANGUARD.NAME, "Another vanguard").set(VANGUARD.AREA, "Elsewhere")
                .set(VANGUARD.AIM, "Better care").set(VANGUARD.POPULATION_SERVED, 1000)
                .set(VANGUARD.POPULATION_SOURCE, "a source").set(VANGUARD.POPULATION_VERIFIED, false)
                .set(VANGUARD.VERSION, 0L)
                .execute());
    }

    @Test
    void refuses_a_blank_name() {
        assertRefusedBy("partner_name_text", () -> dsl.insertInto(PARTNER)
                .set(PARTNER.ID, UUID.randomUUID()).set(PARTNER.NAME, "   ").set(PARTNER.KIND, "LOCAL_AUTHORITY")
                .set(PARTNER.ROLE, "Social care").set(PARTNER.VERSION, 0L)
                .execute());
    }

    private static UUID insertNetwork(String slug) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(CLINICAL_NETWORK)
                .set(CLINICAL_NETWORK.ID, id).set(CLINICAL_NETWORK.SLUG, slug).set(CLINICAL_NETWORK.NAME, "North")
                .set(CLINICAL_NETWORK.DESCRIPTION, "The northern communities")
                .set(CLINICAL_NETWORK.GROUPING_SOURCE, "a source").set(CLINICAL_NETWORK.GROUPING_VERIFIED, true)
                .set(CLINICAL_NETWORK.VERSION, 0L)
                .execute();
        return id;
    }

    private static UUID insertCommunity(String slug) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(COMMUNITY)
                .set(COMMUNITY.ID, id).set(COMMUNITY.SLUG, slug).set(COMMUNITY.NAME, "Kendal")
                .set(COMMUNITY.NETWORK_ID, network)
                .set(COMMUNITY.COVERAGE_SOURCE, "a source").set(COMMUNITY.COVERAGE_VERIFIED, true)
                .set(COMMUNITY.VERSION, 0L)
                .execute();
        return id;
    }
}
