package org.bettercaretogether.persistence.team;

import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.team.Professions;
import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.domain.team.ProfessionId;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.jooq.Tables.PROFESSION;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class ProfessionsTest {

    /** In name order. */
    private static final List<String> SEEDED = List.of(
            "Care navigator",
            "Community matron",
            "District nurse",
            "GP",
            "Mental health practitioner",
            "Occupational therapist",
            "Pharmacist",
            "Physiotherapist",
            "Social worker");

    private static DSLContext dsl;
    private static PostgresAdapters postgres;
    private static Professions professions;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        postgres = new PostgresAdapters(dataSource);
        professions = postgres.port(Professions.class);
    }

    @BeforeEach
    void onlyTheSeededProfessionsAsSeeded() {
        dsl.deleteFrom(PROFESSION).where(PROFESSION.NAME.notIn(SEEDED)).execute();
        dsl.update(PROFESSION).set(PROFESSION.IN_USE, true).set(PROFESSION.VERSION, 1L).execute();
    }

    @Test
    void the_migrations_seed_the_nine_professions_of_the_managed_list_in_use_at_version_1_in_name_order() {
        List<Profession> seeded = professions.all();

        assertThat(seeded).extracting(Profession::name).containsExactlyElementsOf(SEEDED);
        assertThat(seeded).allSatisfy(profession -> {
            assertThat(profession.inUse()).isTrue();
            assertThat(profession.version()).isEqualTo(1);
        });
        assertThat(professions.find(new ProfessionId(UUID.fromString("f3a2379b-9801-4bf2-ae5f-3aa1e73914e7"))))
                .as("ids are fixed, so every installation has the same ones")
                .map(Profession::name).contains("GP");
    }

    @Test
    void reads_back_a_new_profession_equal_at_version_1_in_its_place_in_the_list() {
        Profession dietitian = new Profession(ProfessionId.random(), "Dietitian", true, 0);

        Optional<Profession> added = professions.add(dietitian);

        assertThat(added).contains(dietitian.withVersion(1));
        assertThat(professions.find(dietitian.id())).isEqualTo(added);
        assertThat(professions.all()).extracting(Profession::name).containsSubsequence("Community matron",
                "Dietitian", "District nurse");
    }

    @Test
    void a_profession_whose_name_is_taken_ignoring_case_is_refused_with_empty_and_not_stored() {
        Profession twin = new Profession(ProfessionId.random(), "district NURSE", true, 0);

        assertThat(professions.add(twin)).isEmpty();
        assertThat(professions.find(twin.id())).isEmpty();
        assertThat(professions.all()).hasSize(9);
    }

    @Test
    void an_update_bumps_the_version_and_a_stale_one_changes_nothing() {
        Profession gp = named("GP");
        Profession outOfUse = new Profession(gp.id(), gp.name(), false, gp.version());

        Optional<Profession> updated = professions.update(outOfUse);
        Optional<Profession> stale = professions.update(new Profession(gp.id(), "General practitioner", true,
                gp.version()));

        assertThat(updated).contains(outOfUse.withVersion(2));
        assertThat(stale).isEmpty();
        assertThat(professions.find(gp.id())).isEqualTo(updated);
    }

    @Test
    void a_rename_to_a_name_another_profession_has_is_refused_with_empty_and_the_callers_transaction_carries_on() {
        Profession dietitian = professions.add(new Profession(ProfessionId.random(), "Dietitian", true, 0))
                .orElseThrow();

        Optional<Profession> refused = postgres.port(Transactions.class).inTransaction(() -> {
            Optional<Profession> taken = professions.update(new Profession(dietitian.id(), "PHARMACIST", true,
                    dietitian.version()));
            professions.update(new Profession(dietitian.id(), "Dietitian and nutritionist", true,
                    dietitian.version())).orElseThrow();
            return taken;
        });

        assertThat(refused).isEmpty();
        assertThat(professions.find(dietitian.id())).map(Profession::name).contains("Dietitian and nutritionist");
    }

    @Test
    void an_unknown_profession_is_not_found_and_cannot_be_updated() {
        Profession neverStored = new Profession(ProfessionId.random(), "Never stored", true, 1);

        assertThat(professions.find(neverStored.id())).isEmpty();
        assertThat(professions.update(neverStored)).isEmpty();
    }

    private static Profession named(String name) {
        return professions.all().stream().filter(profession -> profession.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
