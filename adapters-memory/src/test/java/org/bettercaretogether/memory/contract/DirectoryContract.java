package org.bettercaretogether.memory.contract;

import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.referencedata.ReferenceDataReleases;
import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's ports ({@link VanguardRecord}, {@link Partners}, {@link ClinicalNetworks}, {@link Communities},
 * {@link Workstreams}) and {@link ReferenceDataReleases}: what is stored is read back, by id
 * and by address; an update holds only against the version it was read at.
 */
public abstract class DirectoryContract extends PortContract {

    @Test
    void the_reference_data_stored_through_the_ports_is_read_back_whole() {
        loadReferenceData();

        assertThat(port(VanguardRecord.class).current()).isPresent();
        assertThat(port(Partners.class).all()).hasSize(10);
        assertThat(port(ClinicalNetworks.class).all()).hasSize(3);
        assertThat(port(Communities.class).all()).hasSize(12);
        assertThat(port(Workstreams.class).all()).hasSize(3);
    }

    @Test
    void a_community_is_found_by_its_address_and_by_its_id_and_an_unknown_address_finds_none() {
        loadReferenceData();
        Communities communities = port(Communities.class);

        IntegratedCareCommunity kendal = communities.findBySlug(new Slug("kendal")).orElseThrow();

        assertThat(kendal.name()).isEqualTo("Kendal");
        assertThat(communities.find(kendal.id())).contains(kendal);
        assertThat(communities.findBySlug(new Slug("atlantis"))).isEmpty();
        assertThat(port(ClinicalNetworks.class).findBySlug(new Slug("atlantis"))).isEmpty();
    }

    @Test
    void an_update_holds_against_the_version_read_and_is_refused_against_an_older_one() {
        loadReferenceData();
        Partners partners = port(Partners.class);
        Partner read = partners.all().getFirst();

        Partner updated = transactions().inTransaction(() -> partners.update(read)).orElseThrow();
        boolean staleStored = transactions().inTransaction(() -> partners.update(read)).isPresent();

        assertThat(updated.version()).isEqualTo(read.version() + 1);
        assertThat(staleStored).as("an update against the version read before").isFalse();
        assertThat(partners.find(read.id())).contains(updated);
    }

    @Test
    void a_release_of_the_reference_data_is_claimed_once() {
        ReferenceDataReleases releases = port(ReferenceDataReleases.class);

        assertThat(releases.claim("2026.1", MONDAY)).isTrue();
        assertThat(releases.claim("2026.1", at(1))).isFalse();
        assertThat(releases.claim("2026.2", at(2))).isTrue();
    }
}
