package org.bettercaretogether.persistence.feedback;

import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
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
import static org.bettercaretogether.persistence.jooq.Tables.THEME;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class ThemesTest {

    private static final List<String> SEEDED = List.of(
            "Access to services and appointments",
            "Care closer to home",
            "Children and families",
            "Communication and information",
            "Digital and online services",
            "Joined-up care between organisations",
            "Mental health and wellbeing",
            "Staffing and workforce",
            "Travel and transport",
            "Waiting times");

    private static DSLContext dsl;
    private static PostgresAdapters postgres;
    private static Themes themes;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        postgres = new PostgresAdapters(dataSource);
        themes = postgres.port(Themes.class);
    }

    @BeforeEach
    void onlyTheSeededThemesAsSeeded() {
        dsl.deleteFrom(THEME).where(THEME.NAME.notIn(SEEDED)).execute();
        dsl.update(THEME).set(THEME.IN_USE, true).set(THEME.VERSION, 1L).execute();
    }

    @Test
    void the_migrations_seed_the_ten_themes_of_the_managed_list_in_use_at_version_1_in_name_order() {
        List<Theme> seeded = themes.all();

        assertThat(seeded).extracting(Theme::name).containsExactlyElementsOf(SEEDED);
        assertThat(seeded).allSatisfy(theme -> {
            assertThat(theme.inUse()).isTrue();
            assertThat(theme.version()).isEqualTo(1);
        });
        assertThat(themes.find(new ThemeId(UUID.fromString("2bd50f1e-cf7e-48c4-83d6-2bf9d9715bae"))))
                .as("ids are fixed, so every installation has the same ones")
                .map(Theme::name).contains("Travel and transport");
    }

    @Test
    void reads_back_a_new_theme_equal_at_version_1_in_its_place_in_the_list() {
        Theme parking = new Theme(ThemeId.random(), "Hospital parking", true, 0);

        Optional<Theme> added = themes.add(parking);

        assertThat(added).contains(parking.withVersion(1));
        assertThat(themes.find(parking.id())).isEqualTo(added);
        assertThat(themes.all()).extracting(Theme::name).containsSubsequence("Digital and online services",
                "Hospital parking", "Joined-up care between organisations");
    }

    @Test
    void a_theme_whose_name_is_taken_ignoring_case_is_refused_with_empty_and_not_stored() {
        Theme twin = new Theme(ThemeId.random(), "WAITING TIMES", true, 0);

        assertThat(themes.add(twin)).isEmpty();
        assertThat(themes.find(twin.id())).isEmpty();
        assertThat(themes.all()).hasSize(10);
    }

    @Test
    void a_refused_name_leaves_the_callers_transaction_able_to_carry_on() {
        Theme twin = new Theme(ThemeId.random(), "waiting times", true, 0);
        Theme parking = new Theme(ThemeId.random(), "Hospital parking", true, 0);

        Optional<Theme> added = postgres.port(Transactions.class).inTransaction(() -> {
            assertThat(themes.add(twin)).isEmpty();
            return themes.add(parking);
        });

        assertThat(added).isPresent();
        assertThat(themes.find(parking.id())).isEqualTo(added);
    }

    @Test
    void an_update_bumps_the_version_and_a_stale_one_changes_nothing() {
        Theme waiting = named("Waiting times");
        Theme outOfUse = new Theme(waiting.id(), waiting.name(), false, waiting.version());

        Optional<Theme> updated = themes.update(outOfUse);
        Optional<Theme> stale = themes.update(new Theme(waiting.id(), "Waits", true, waiting.version()));

        assertThat(updated).contains(outOfUse.withVersion(2));
        assertThat(stale).isEmpty();
        assertThat(themes.find(waiting.id())).isEqualTo(updated);
    }

    @Test
    void a_rename_to_a_name_another_theme_has_is_refused_with_empty_and_the_callers_transaction_carries_on() {
        Theme parking = themes.add(new Theme(ThemeId.random(), "Hospital parking", true, 0)).orElseThrow();

        Optional<Theme> refused = postgres.port(Transactions.class).inTransaction(() -> {
            Optional<Theme> taken = themes.update(new Theme(parking.id(), "travel AND transport", true,
                    parking.version()));
            themes.update(new Theme(parking.id(), "Parking at hospitals", true, parking.version())).orElseThrow();
            return taken;
        });

        assertThat(refused).isEmpty();
        assertThat(themes.find(parking.id())).map(Theme::name).contains("Parking at hospitals");
        assertThat(themes.all()).extracting(Theme::name).contains("Travel and transport");
    }

    @Test
    void an_unknown_theme_is_not_found_and_cannot_be_updated() {
        Theme neverStored = new Theme(ThemeId.random(), "Never stored", true, 1);

        assertThat(themes.find(neverStored.id())).isEmpty();
        assertThat(themes.update(neverStored)).isEmpty();
    }

    private static Theme named(String name) {
        return themes.all().stream().filter(theme -> theme.name().equals(name)).findFirst().orElseThrow();
    }
}
