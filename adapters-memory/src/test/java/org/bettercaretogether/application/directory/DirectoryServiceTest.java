package org.bettercaretogether.application.directory;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryServiceTest {

    private final BrowseDirectory directory = InMemoryApplication.withReferenceData().browseDirectory();

    @Test
    void a_network_lists_its_communities_by_name() {
        NetworkProfile furness = directory.network(new Slug("furness")).orElseThrow();
        assertThat(furness.communities()).extracting(community -> community.name())
                .containsExactly("Alfred Barrow", "Barrow Town", "Dalton & Ulverston", "Millom");
    }

    @Test
    void a_workstream_comes_with_the_partners_taking_part() {
        WorkstreamProfile elective = directory.workstream(new Slug("elective-care")).orElseThrow();
        assertThat(elective.lead()).isEmpty();
        assertThat(elective.involved()).extracting(Partner::id).containsExactlyInAnyOrder(
                MorecambeBay.CLINICAL_COMMISSIONING_GROUP, MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY);
    }

    @Test
    void unknown_records_are_not_found() {
        assertThat(directory.community(new Slug("atlantis"))).isInstanceOf(Outcome.Rejected.class);
        assertThat(directory.workstream(new Slug("atlantis"))).isInstanceOf(Outcome.Rejected.class);
        assertThatThrownBy(() -> directory.partner(PartnerId.random()).orElseThrow())
                .isInstanceOf(RejectedException.class).hasMessageStartingWith("There is no partner");
    }

    @Test
    void renamed_partners_show_their_current_name_and_keep_the_former_one() {
        Partner lancashireCare = directory.partner(MorecambeBay.LANCASHIRE_CARE).orElseThrow();
        assertThat(lancashireCare.name()).isEqualTo("Lancashire & South Cumbria NHS Foundation Trust");
        assertThat(lancashireCare.formerNames()).containsExactly("Lancashire Care NHS Foundation Trust");
    }
}
