package org.bettercaretogether.core;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import org.bettercaretogether.application.directory.FindCommunityForPlace;
import org.bettercaretogether.application.mail.DeliverMail;
import org.bettercaretogether.application.mail.MailSender;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.sampledata.BulkView;
import org.bettercaretogether.application.sampledata.ViewsInBulk;
import org.bettercaretogether.domain.community.PlaceQuery;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.memory.InMemoryModule;
import org.bettercaretogether.memory.InMemoryPorts;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

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
    void a_port_of_the_embedder_s_own_replaces_the_library_s_and_mail_is_handed_to_it() {
        List<String> handedOver = new CopyOnWriteArrayList<>();
        MailSender queue = (to, subject, body) -> handedOver.add(subject);
        Module ports = Modules.override(new InMemoryModule(Clock.systemUTC())).with(new AbstractModule() {
            @Override
            protected void configure() {
                bind(MailSender.class).toInstance(queue);
            }
        });
        try (BetterCareTogether bct = BetterCareTogether.builder().outboundPorts(ports).deliverMail(false).build()) {
            bct.get(Outbox.class).add(OutgoingMail.write(new EmailAddress("resident@example.org"), "Your view",
                    "Thank you.", Instant.now().minusSeconds(1)));

            assertThat(bct.get(DeliverMail.class).deliverDue(10)).isEqualTo(1);
            assertThat(handedOver).containsExactly("Your view");
        }
    }

    @Test
    void at_its_start_it_makes_what_a_bulk_load_stopped_before_making_as_the_runnable_service_does() {
        AtomicInteger finishing = new AtomicInteger();
        ViewsInBulk leftUnfinished = new ViewsInBulk() {
            @Override
            public long count() {
                return 0;
            }

            @Override
            public void write(Iterator<BulkView> views, long expected, LongConsumer written) {
                throw new UnsupportedOperationException("no load is made here");
            }

            @Override
            public void afterBulkLoad() {
            }

            @Override
            public boolean finishInterruptedLoad() {
                return finishing.incrementAndGet() == 1;
            }
        };
        Module ports = Modules.override(new InMemoryModule(Clock.systemUTC())).with(new AbstractModule() {
            @Override
            protected void configure() {
                bind(ViewsInBulk.class).toInstance(leftUnfinished);
            }
        });

        try (BetterCareTogether ignored = BetterCareTogether.builder().outboundPorts(ports).deliverMail(false)
                .applyRetention(false).build()) {
            assertThat(finishing).hasValue(1);
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
