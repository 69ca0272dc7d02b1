package org.bettercaretogether.application.directory;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.workstream.Workstream;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryAdministrationServiceTest {

    private final InMemoryApplication app = InMemoryApplication.withReferenceData();
    private final AdministerDirectory directory = app.administerDirectory();

    @Test
    void a_revision_is_stored_one_version_on() {
        IntegratedCareCommunity kendal = kendal();

        IntegratedCareCommunity stored = directory.reviseCommunity(renamed(kendal, "Kendal Town")).orElseThrow();

        assertThat(stored.version()).isEqualTo(kendal.version() + 1);
        assertThat(kendal().name()).isEqualTo("Kendal Town");
    }

    @Test
    void a_revision_of_a_record_changed_meanwhile_is_a_conflict_and_changes_nothing() {
        IntegratedCareCommunity readByBoth = kendal();
        directory.reviseCommunity(renamed(readByBoth, "First change")).orElseThrow();

        Outcome<IntegratedCareCommunity> second = directory.reviseCommunity(renamed(readByBoth, "Second change"));

        assertThat(rejection(second)).isInstanceOf(Rejection.Conflict.class);
        assertThat(kendal().name()).isEqualTo("First change");
    }

    @Test
    void an_address_already_in_use_is_a_conflict() {
        IntegratedCareCommunity kendal = kendal();
        IntegratedCareCommunity clash = new IntegratedCareCommunity(CommunityId.random(), kendal.slug(), "Another",
                kendal.network(), kendal.coverage(), Optional.empty(), Optional.empty(), 0);

        assertThat(rejection(directory.addCommunity(clash))).isInstanceOf(Rejection.Conflict.class);
        assertThat(app.browseDirectory().communities()).hasSize(12);
    }

    @Test
    void a_community_must_belong_to_an_existing_network() {
        IntegratedCareCommunity kendal = kendal();
        IntegratedCareCommunity orphan = new IntegratedCareCommunity(CommunityId.random(), new Slug("nowhere"),
                "Nowhere", NetworkId.random(), kendal.coverage(), Optional.empty(), Optional.empty(), 0);

        assertThat(rejection(directory.addCommunity(orphan))).isEqualTo(
                Rejection.InvalidInput.of("network", "must be one of the clinical networks"));
    }

    @Test
    void a_workstream_names_only_known_partners() {
        Workstream existing = app.browseDirectory().workstream(new Slug("elective-care")).orElseThrow().workstream();
        Workstream revised = new Workstream(existing.id(), existing.slug(), existing.name(), existing.scope(),
                existing.careSettings(), Optional.of(PartnerId.random()), Set.of(), existing.phase(), existing.version());

        assertThat(rejection(directory.reviseWorkstream(revised))).isInstanceOf(Rejection.InvalidInput.class);
    }

    @Test
    void revising_a_record_that_does_not_exist_is_not_found() {
        ClinicalNetwork furness = MorecambeBay.networks().getFirst();
        ClinicalNetwork unknown = new ClinicalNetwork(NetworkId.random(), new Slug("elsewhere"), "Elsewhere",
                furness.description(), furness.grouping(), 1);

        assertThat(rejection(directory.reviseNetwork(unknown))).isInstanceOf(Rejection.NotFound.class);
    }

    @Test
    void work_that_fails_inside_a_transaction_leaves_nothing_behind() {
        InMemoryApplication fresh = InMemoryApplication.empty();

        assertThatThrownBy(() -> fresh.adapters().transactions().inTransaction(() -> {
            fresh.administerDirectory().addNetwork(MorecambeBay.networks().getFirst()).orElseThrow();
            throw new IllegalStateException("broken half way");
        })).hasMessage("broken half way");

        assertThat(fresh.browseDirectory().networks()).isEmpty();
    }

    private IntegratedCareCommunity kendal() {
        return app.browseDirectory().community(new Slug("kendal")).orElseThrow().community();
    }

    private static IntegratedCareCommunity renamed(IntegratedCareCommunity community, String name) {
        return new IntegratedCareCommunity(community.id(), community.slug(), name, community.network(),
                community.coverage(), community.population(), community.stage(), community.version());
    }

    private static Rejection rejection(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<?>) outcome).rejection();
    }
}
