package org.bettercaretogether.application.referencedata;

import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.partner.IdentifierScheme;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataServiceTest {

    @Test
    void the_first_load_brings_ten_partners_three_networks_twelve_communities_and_three_workstreams() {
        InMemoryApplication app = InMemoryApplication.empty();

        ReferenceDataLoad load = app.loadReferenceData().load();

        assertThat(load.newRelease()).isTrue();
        assertThat(List.of(load.partnersAdded(), load.networksAdded(), load.communitiesAdded(), load.workstreamsAdded()))
                .containsExactly(10, 3, 12, 3);
        assertThat(app.browseDirectory().partners()).hasSize(10);
        assertThat(app.browseDirectory().networks()).allSatisfy(network ->
                assertThat(network.communities()).hasSize(4));
        assertThat(app.browseDirectory().vanguard().orElseThrow().populationServed()).isEqualTo(365_000);
    }

    @Test
    void a_second_load_adds_nothing() {
        InMemoryApplication app = InMemoryApplication.withReferenceData();

        ReferenceDataLoad again = app.loadReferenceData().load();

        assertThat(again.newRelease()).isFalse();
        assertThat(again.recordsAdded()).isZero();
        assertThat(app.browseDirectory().communities()).hasSize(12);
    }

    @Test
    void a_record_staff_already_hold_is_never_overwritten() {
        InMemoryApplication app = InMemoryApplication.empty();
        app.administerDirectory().addNetwork(MorecambeBay.networks().get(1)).orElseThrow();
        IntegratedCareCommunity kendal = MorecambeBay.communities().stream()
                .filter(community -> community.slug().value().equals("kendal")).findFirst().orElseThrow();
        IntegratedCareCommunity renamed = new IntegratedCareCommunity(kendal.id(), kendal.slug(), "Kendal and Staveley",
                kendal.network(), kendal.coverage(), kendal.population(), kendal.stage(), 0);
        app.administerDirectory().addCommunity(renamed).orElseThrow();

        ReferenceDataLoad load = app.loadReferenceData().load();

        assertThat(load.communitiesAdded()).isEqualTo(11);
        assertThat(load.networksAdded()).isEqualTo(2);
        assertThat(app.browseDirectory().community(new Slug("kendal")).orElseThrow().community().name())
                .isEqualTo("Kendal and Staveley");
    }

    @Test
    void uncertain_facts_say_so_and_unknown_ones_are_left_empty() {
        InMemoryApplication app = InMemoryApplication.withReferenceData();

        Partner cumbriaPartnership = app.browseDirectory().partner(MorecambeBay.CUMBRIA_PARTNERSHIP).orElseThrow();
        assertThat(cumbriaPartnership.identifiers()).singleElement().satisfies(identifier -> {
            assertThat(identifier.identifier().value()).isEqualTo("RNN");
            assertThat(identifier.provenance().verified()).isFalse();
        });
        Partner council = app.browseDirectory().partner(MorecambeBay.LANCASHIRE_COUNTY_COUNCIL).orElseThrow();
        assertThat(council.identifiers().getFirst().identifier().scheme()).isEqualTo(IdentifierScheme.GSS);
        assertThat(app.browseDirectory().partner(MorecambeBay.CUMBRIA_COUNTY_COUNCIL).orElseThrow().isActive()).isFalse();

        List<CommunityProfile> communities = app.browseDirectory().communities();
        assertThat(communities).filteredOn(profile -> profile.community().population().isPresent())
                .singleElement().satisfies(garstang -> {
                    assertThat(garstang.community().name()).isEqualTo("Garstang");
                    assertThat(garstang.community().population().orElseThrow().people()).isEqualTo(18_192);
                });
        assertThat(communities).allSatisfy(profile -> {
            assertThat(profile.community().coverage().provenance().verified()).isFalse();
            assertThat(profile.network().grouping().verified()).isFalse();
            assertThat(profile.community().stage()).isEmpty();
        });
    }

    @Test
    void shipped_ids_are_the_same_in_every_installation() {
        assertThat(InMemoryApplication.withReferenceData().browseDirectory().partners())
                .extracting(Partner::id)
                .containsExactlyInAnyOrderElementsOf(InMemoryApplication.withReferenceData().browseDirectory()
                        .partners().stream().map(Partner::id).toList());
    }
}
