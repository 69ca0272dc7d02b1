package org.bettercaretogether.persistence;

import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.referencedata.ReferenceDataReleases;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.directory.DirectoryAdministrationService;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.referencedata.ReferenceDataLoad;
import org.bettercaretogether.application.referencedata.ReferenceDataService;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The Morecambe Bay reference data, loaded by the real application services into PostgreSQL, comes back as shipped. */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class MorecambeBayReferenceDataTest {

    @Test
    void loads_the_whole_reference_data_once_and_reads_it_back_as_shipped(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        DirectoryAdministrationService directory = new DirectoryAdministrationService(postgres.port(Transactions.class), postgres.port(VanguardRecord.class),
                postgres.port(Partners.class), postgres.port(ClinicalNetworks.class), postgres.port(Communities.class), postgres.port(Workstreams.class));
        ReferenceDataService loader = new ReferenceDataService(postgres.port(Transactions.class), postgres.port(ReferenceDataReleases.class), directory,
                postgres.port(VanguardRecord.class), postgres.port(Partners.class), postgres.port(ClinicalNetworks.class), postgres.port(Communities.class),
                postgres.port(Workstreams.class), Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC));

        ReferenceDataLoad first = loader.load();

        assertThat(first).isEqualTo(new ReferenceDataLoad(MorecambeBay.RELEASE, true, 10, 3, 12, 3));
        assertThat(postgres.port(VanguardRecord.class).current()).hasValueSatisfying(
                vanguard -> assertThat(vanguard.withVersion(0)).isEqualTo(MorecambeBay.vanguard()));
        assertThat(withoutVersions(postgres.port(Partners.class).all(), partner -> partner.withVersion(0)))
                .containsExactlyElementsOf(byName(MorecambeBay.partners(), Partner::name));
        assertThat(withoutVersions(postgres.port(ClinicalNetworks.class).all(), network -> network.withVersion(0)))
                .containsExactlyElementsOf(byName(MorecambeBay.networks(), ClinicalNetwork::name));
        assertThat(withoutVersions(postgres.port(Communities.class).all(), community -> community.withVersion(0)))
                .containsExactlyElementsOf(byName(MorecambeBay.communities(), IntegratedCareCommunity::name));
        assertThat(withoutVersions(postgres.port(Workstreams.class).all(), workstream -> workstream.withVersion(0)))
                .containsExactlyElementsOf(byName(MorecambeBay.workstreams(), Workstream::name));

        ReferenceDataLoad second = loader.load();

        assertThat(second).isEqualTo(new ReferenceDataLoad(MorecambeBay.RELEASE, false, 0, 0, 0, 0));
        assertThat(postgres.port(Partners.class).all()).hasSize(10).allSatisfy(p -> assertThat(p.version()).isOne());
        assertThat(postgres.port(ClinicalNetworks.class).all()).hasSize(3).allSatisfy(n -> assertThat(n.version()).isOne());
        assertThat(postgres.port(Communities.class).all()).hasSize(12).allSatisfy(c -> assertThat(c.version()).isOne());
        assertThat(postgres.port(Workstreams.class).all()).hasSize(3).allSatisfy(w -> assertThat(w.version()).isOne());
    }

    private static <A> List<A> withoutVersions(List<A> stored, Function<A, A> atVersionZero) {
        return stored.stream().map(atVersionZero).toList();
    }

    private static <A> List<A> byName(List<A> shipped, Function<A, String> name) {
        return shipped.stream().sorted(Comparator.comparing(name)).toList();
    }
}
