package org.bettercaretogether.persistence.vanguard;

import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.bettercaretogether.domain.vanguard.Vanguard;
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
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.jooq.Tables.VANGUARD;
import static org.bettercaretogether.persistence.jooq.Tables.VANGUARD_TRIPLE_AIM;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class VanguardRecordTest {

    private static DSLContext dsl;
    private static VanguardRecord vanguard;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        vanguard = new PostgresAdapters(dataSource).port(VanguardRecord.class);
    }

    @BeforeEach
    void noVanguard() {
        dsl.deleteFrom(VANGUARD).execute();
    }

    @Test
    void reads_back_the_stored_profile_equal_at_version_1_with_its_triple_aim() {
        Vanguard profile = profile(Set.of(TripleAimDimension.STAFF_WELLBEING, TripleAimDimension.POPULATION_HEALTH));

        Vanguard stored = vanguard.add(profile);

        assertThat(stored).isEqualTo(profile.withVersion(1));
        assertThat(vanguard.current()).contains(stored);
    }

    @Test
    void reads_back_a_profile_that_names_no_triple_aim() {
        Vanguard profile = profile(Set.of());

        vanguard.add(profile);

        assertThat(vanguard.current()).contains(profile.withVersion(1));
    }

    @Test
    void an_update_bumps_the_version_and_replaces_the_triple_aim() {
        Vanguard stored = vanguard.add(profile(Set.of(TripleAimDimension.COST)));
        Vanguard revised = new Vanguard("Better Care Together", "Morecambe Bay and around",
                "Care as close to home as possible", EnumSet.allOf(TripleAimDimension.class), 365_000,
                Provenance.unverified("a later estimate"), stored.version());

        Optional<Vanguard> updated = vanguard.update(revised);

        assertThat(updated).contains(revised.withVersion(2));
        assertThat(vanguard.current()).isEqualTo(updated);
        assertThat(dsl.fetchCount(VANGUARD_TRIPLE_AIM)).isEqualTo(4);
    }

    @Test
    void a_stale_update_is_refused_and_changes_nothing() {
        Vanguard stored = vanguard.add(profile(Set.of(TripleAimDimension.COST)));
        Vanguard first = vanguard.update(profile(Set.of(TripleAimDimension.QUALITY_OF_CARE))
                .withVersion(stored.version())).orElseThrow();

        Optional<Vanguard> stale = vanguard.update(profile(Set.of()).withVersion(stored.version()));

        assertThat(stale).isEmpty();
        assertThat(vanguard.current()).contains(first);
    }

    @Test
    void there_is_no_profile_to_read_or_update_before_one_is_stored() {
        assertThat(vanguard.current()).isEmpty();
        assertThat(vanguard.update(profile(Set.of()).withVersion(1))).isEmpty();
        assertThat(vanguard.current()).isEmpty();
    }

    private static Vanguard profile(Set<TripleAimDimension> tripleAim) {
        return new Vanguard("Better Care Together", "Morecambe Bay", "Keep the Bay's communities well", tripleAim,
                365_000, Provenance.verified("the vanguard's own description"), 0);
    }
}
