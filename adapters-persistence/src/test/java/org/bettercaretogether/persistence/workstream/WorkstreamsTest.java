package org.bettercaretogether.persistence.workstream;

import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.partner.PartnerKind;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.workstream.CareSetting;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.domain.workstream.WorkstreamId;
import org.bettercaretogether.domain.workstream.WorkstreamPhase;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.jooq.Tables.WORKSTREAM;
import static org.bettercaretogether.persistence.jooq.Tables.WORKSTREAM_CARE_SETTING;
import static org.bettercaretogether.persistence.jooq.Tables.WORKSTREAM_PARTNER;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class WorkstreamsTest {

    private static DSLContext dsl;
    private static Workstreams workstreams;
    private static PartnerId hospitals;
    private static PartnerId commissioners;
    private static PartnerId ambulances;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        workstreams = postgres.port(Workstreams.class);
        hospitals = postgres.port(Partners.class).add(partner("University Hospitals of Morecambe Bay")).id();
        commissioners = postgres.port(Partners.class).add(partner("NHS Morecambe Bay CCG")).id();
        ambulances = postgres.port(Partners.class).add(partner("North West Ambulance Service")).id();
    }

    @BeforeEach
    void noWorkstreams() {
        dsl.deleteFrom(WORKSTREAM).execute();
    }

    @Test
    void reads_back_a_stored_workstream_equal_at_version_1_with_its_care_settings_and_partners() {
        Workstream electiveCare = electiveCare();

        Workstream stored = workstreams.add(electiveCare);

        assertThat(stored).isEqualTo(electiveCare.withVersion(1));
        assertThat(workstreams.find(electiveCare.id())).contains(stored);
    }

    @Test
    void reads_back_a_workstream_with_no_lead_and_no_other_partner() {
        Workstream outOfHospital = workstream("Out of Hospital Care", Set.of(CareSetting.HOME), Optional.empty(),
                Set.of());

        workstreams.add(outOfHospital);

        assertThat(workstreams.find(outOfHospital.id())).contains(outOfHospital.withVersion(1));
    }

    @Test
    void finds_a_workstream_by_its_slug() {
        Workstream electiveCare = workstreams.add(electiveCare());

        assertThat(workstreams.findBySlug(new Slug("elective-care"))).contains(electiveCare);
        assertThat(workstreams.findBySlug(new Slug("out-of-hospital-care"))).isEmpty();
    }

    @Test
    void lists_every_workstream_by_name() {
        for (String name : List.of("Women's and Children's Services", "Out of Hospital Care", "Elective Care")) {
            workstreams.add(workstream(name, Set.of(CareSetting.HOSPITAL), Optional.empty(), Set.of()));
        }

        assertThat(workstreams.all()).extracting(Workstream::name)
                .containsExactly("Elective Care", "Out of Hospital Care", "Women's and Children's Services");
    }

    @Test
    void an_update_bumps_the_version_and_replaces_the_care_settings_and_partners() {
        Workstream stored = workstreams.add(electiveCare());
        Workstream revised = new Workstream(stored.id(), stored.slug(), "Planned Care", "Operations booked ahead",
                Set.of(CareSetting.GP_SURGERY), Optional.empty(), Set.of(ambulances), WorkstreamPhase.DECISION,
                stored.version());

        Optional<Workstream> updated = workstreams.update(revised);

        assertThat(updated).contains(revised.withVersion(2));
        assertThat(workstreams.find(stored.id())).isEqualTo(updated);
        assertThat(dsl.fetchCount(WORKSTREAM_CARE_SETTING)).as("care settings replaced, none left over").isOne();
        assertThat(dsl.fetchCount(WORKSTREAM_PARTNER)).as("partners replaced, none left over").isOne();
    }

    @Test
    void a_stale_update_is_refused_and_changes_nothing() {
        Workstream stored = workstreams.add(electiveCare());
        Workstream first = workstreams.update(new Workstream(stored.id(), stored.slug(), stored.name(), stored.scope(),
                stored.careSettings(), stored.lead(), stored.involved(), WorkstreamPhase.CONSULTATION,
                stored.version())).orElseThrow();

        Optional<Workstream> stale = workstreams.update(new Workstream(stored.id(), stored.slug(), stored.name(),
                stored.scope(), Set.of(CareSetting.HOME), Optional.empty(), Set.of(), WorkstreamPhase.EVALUATION,
                stored.version()));

        assertThat(stale).isEmpty();
        assertThat(workstreams.find(stored.id())).contains(first);
    }

    @Test
    void an_unknown_workstream_is_not_found_and_cannot_be_updated() {
        Workstream neverStored = electiveCare().withVersion(1);

        assertThat(workstreams.find(neverStored.id())).isEmpty();
        assertThat(workstreams.update(neverStored)).isEmpty();
        assertThat(workstreams.all()).isEmpty();
    }

    /** A workstream using every column: several care settings, a lead and two other partners. */
    private static Workstream electiveCare() {
        return workstream("Elective Care", Set.of(CareSetting.HOSPITAL, CareSetting.COMMUNITY, CareSetting.HOME),
                Optional.of(hospitals), Set.of(commissioners, ambulances));
    }

    private static Workstream workstream(String name, Set<CareSetting> settings, Optional<PartnerId> lead,
                                         Set<PartnerId> involved) {
        return new Workstream(WorkstreamId.random(), Slug.fromName(name), name, "What " + name + " looks at",
                settings, lead, involved, WorkstreamPhase.ENGAGEMENT, 0);
    }

    private static Partner partner(String name) {
        return Partner.newPartner(PartnerId.random(), name, PartnerKind.ACUTE_HOSPITAL_TRUST, List.of(),
                Optional.empty(), "Takes part in the review");
    }
}
