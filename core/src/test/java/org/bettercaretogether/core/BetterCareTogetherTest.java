package org.bettercaretogether.core;

import org.bettercaretogether.application.directory.FindCommunityForPlace;
import org.bettercaretogether.application.mail.DeliverMail;
import org.bettercaretogether.domain.community.PlaceQuery;
import org.bettercaretogether.memory.InMemoryModule;
import org.bettercaretogether.memory.InMemoryPorts;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The library wired without a web server, here over the in-memory ports (over PostgreSQL: examples/phone-line). */
class BetterCareTogetherTest {

    @Test
    void built_over_the_in_memory_ports_it_holds_the_reference_data_and_answers_a_use_case() {
        try (BetterCareTogether bct = BetterCareTogether.builder()
                .outboundPorts(new InMemoryModule(Clock.systemUTC())).build()) {
            assertThat(bct.referenceData()).hasValueSatisfying(load -> assertThat(load.newRelease()).isTrue());
            assertThat(bct.get(FindCommunityForPlace.class).find(PlaceQuery.parse("Kendal")).orElseThrow().communities())
                    .extracting(profile -> profile.community().name()).containsExactly("Kendal");
        }
    }

    @Test
    void without_its_schedules_mail_waits_in_the_outbox_until_the_embedder_delivers_it() {
        InMemoryPorts ports = new InMemoryPorts(Clock.systemUTC());
        try (BetterCareTogether bct = BetterCareTogether.builder().outboundPorts(new InMemoryModule(ports))
                .deliverMail(false).applyRetention(false).build()) {
            assertThat(bct.get(DeliverMail.class).deliverDue(10)).isZero();
        }
    }

    @Test
    void refuses_to_build_without_a_store_or_with_a_database_but_no_word_on_mail() {
        assertThatThrownBy(() -> BetterCareTogether.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dataSource");
        assertThatThrownBy(() -> BetterCareTogether.builder().database("jdbc:postgresql://localhost/none", "u", "p")
                .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("mail");
    }
}
