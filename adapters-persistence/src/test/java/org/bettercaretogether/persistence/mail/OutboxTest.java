package org.bettercaretogether.persistence.mail;

import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.OutboxBacklog;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.mail.UndeliveredMail;
import org.bettercaretogether.domain.shared.EmailAddress;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.Concurrency.PATIENCE;
import static org.bettercaretogether.persistence.Concurrency.await;
import static org.bettercaretogether.persistence.jooq.Tables.OUTGOING_MAIL;

/**
 * The outbox on PostgreSQL: messages claimed for a while, never by two callers at once, marked one at a time, and given
 * up on and sent again.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class OutboxTest {

    /** Microseconds, as PostgreSQL keeps them. */
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00.654321Z");
    private static final Instant LEASE_ENDS = NOW.plus(Duration.ofMinutes(5));
    private static final EmailAddress JO = new EmailAddress("jo.bloggs@example.org");
    private static final EmailAddress SAM = new EmailAddress("sam.jones@example.org");

    private static DSLContext dsl;
    private static Outbox outbox;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        outbox = postgres.port(Outbox.class);
    }

    @BeforeEach
    void emptyOutbox() {
        dsl.deleteFrom(OUTGOING_MAIL).execute();
    }

    @Test
    void claims_the_messages_due_soonest_due_first_then_oldest_written_up_to_the_limit() {
        OutgoingMail dueLast = mail(JO, NOW.minusSeconds(60), NOW);
        OutgoingMail writtenLater = mail(SAM, NOW.minusSeconds(30), NOW.minusSeconds(120));
        OutgoingMail writtenEarlier = mail(JO, NOW.minusSeconds(40), NOW.minusSeconds(120));
        OutgoingMail notYetDue = mail(SAM, NOW.minusSeconds(90), NOW.plusNanos(1_000));
        outbox.addAll(List.of(dueLast, writtenLater, writtenEarlier, notYetDue));

        List<OutgoingMail> two = outbox.claimDue(NOW, 2, LEASE_ENDS);
        List<OutgoingMail> rest = outbox.claimDue(NOW, 10, LEASE_ENDS);

        assertThat(two).containsExactly(writtenEarlier, writtenLater);
        assertThat(rest).containsExactly(dueLast);
        assertThat(outbox.waiting()).isEqualTo(4);
    }

    @Test
    void a_claimed_message_is_not_claimed_again_until_its_lease_has_passed() {
        OutgoingMail message = mail(JO, NOW, NOW);
        outbox.add(message);

        List<OutgoingMail> first = outbox.claimDue(NOW, 10, LEASE_ENDS);
        List<OutgoingMail> duringTheLease = outbox.claimDue(LEASE_ENDS.minusNanos(1_000), 10, LEASE_ENDS.plusSeconds(1));
        List<OutgoingMail> onceItHasPassed = outbox.claimDue(LEASE_ENDS, 10, LEASE_ENDS.plusSeconds(300));

        assertThat(first).containsExactly(message);
        assertThat(duringTheLease).isEmpty();
        assertThat(onceItHasPassed).containsExactly(message);
        assertThat(dsl.select(OUTGOING_MAIL.CLAIMED_UNTIL).from(OUTGOING_MAIL).fetchSingle().value1().toInstant())
                .isEqualTo(LEASE_ENDS.plusSeconds(300));
    }

    @Test
    void claims_given_back_end_at_once() {
        OutgoingMail message = mail(JO, NOW, NOW);
        outbox.add(message);
        outbox.claimDue(NOW, 10, LEASE_ENDS);

        outbox.release(List.of(message.id()));

        assertThat(outbox.claimDue(NOW, 10, LEASE_ENDS)).containsExactly(message);
    }

    @Test
    void claiming_skips_a_message_another_transaction_holds_instead_of_waiting_for_it() throws Exception {
        OutgoingMail held = mail(JO, NOW, NOW.minusSeconds(2));
        OutgoingMail free = mail(SAM, NOW, NOW.minusSeconds(1));
        outbox.addAll(List.of(held, free));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch mayLetGo = new CountDownLatch(1);

        List<OutgoingMail> claimed;
        try (ExecutorService otherNode = Executors.newSingleThreadExecutor()) {
            Future<?> holder = otherNode.submit(() -> dsl.transaction(inside -> {
                inside.dsl().selectFrom(OUTGOING_MAIL).where(OUTGOING_MAIL.ID.eq(held.id())).forUpdate().fetch();
                holding.countDown();
                await(mayLetGo);
            }));
            await(holding);
            claimed = outbox.claimDue(NOW, 10, LEASE_ENDS);
            mayLetGo.countDown();
            holder.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }

        assertThat(claimed).containsExactly(free);
        assertThat(outbox.claimDue(NOW, 10, LEASE_ENDS)).containsExactly(held);
    }

    @Test
    void nodes_claiming_at_the_same_time_never_claim_the_same_message() throws Exception {
        List<OutgoingMail> written = new ArrayList<>();
        IntStream.range(0, 200).forEach(i -> written.add(mail(i % 2 == 0 ? JO : SAM, NOW.plusNanos(i * 1_000L),
                NOW.minusSeconds(60))));
        outbox.addAll(written);
        CountDownLatch start = new CountDownLatch(1);
        Callable<List<UUID>> node = () -> {
            await(start);
            List<UUID> mine = new ArrayList<>();
            // As many rounds as there are messages at most, so that claims that never run dry fail the test.
            for (int round = 0; round < written.size(); round++) {
                List<OutgoingMail> claimed = outbox.claimDue(NOW, 3, LEASE_ENDS);
                if (claimed.isEmpty()) {
                    break;
                }
                claimed.forEach(mail -> mine.add(mail.id()));
            }
            return mine;
        };

        List<UUID> all = new ArrayList<>();
        try (ExecutorService nodes = Executors.newFixedThreadPool(4)) {
            List<Future<List<UUID>>> claims = IntStream.range(0, 4).mapToObj(i -> nodes.submit(node)).toList();
            start.countDown();
            for (Future<List<UUID>> claim : claims) {
                all.addAll(claim.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            }
        }

        assertThat(all).doesNotHaveDuplicates().hasSize(written.size());
        assertThat(new HashSet<>(all)).isEqualTo(ids(written));
    }

    @Test
    void a_message_sent_leaves_the_outbox_and_the_others_stay() {
        OutgoingMail sent = mail(JO, NOW, NOW);
        OutgoingMail other = mail(SAM, NOW, NOW);
        outbox.addAll(List.of(sent, other));
        outbox.claimDue(NOW, 10, LEASE_ENDS);

        outbox.sent(sent.id());

        assertThat(outbox.waiting()).isOne();
        assertThat(outbox.claimDue(LEASE_ENDS, 10, LEASE_ENDS.plusSeconds(300))).containsExactly(other);
    }

    @Test
    void a_message_that_failed_counts_the_attempt_ends_its_claim_and_waits_until_it_is_due_again() {
        OutgoingMail message = mail(JO, NOW, NOW);
        outbox.add(message);
        outbox.claimDue(NOW, 10, LEASE_ENDS);
        Instant retryAt = NOW.plusSeconds(60);

        outbox.failed(message.id(), 1, retryAt, "421 try again later");

        assertThat(outbox.claimDue(retryAt.minusNanos(1_000), 10, LEASE_ENDS)).isEmpty();
        assertThat(outbox.claimDue(retryAt, 10, LEASE_ENDS)).containsExactly(new OutgoingMail(message.id(), JO,
                message.subject(), message.body(), message.createdAt(), 1, retryAt));
        assertThat(dsl.select(OUTGOING_MAIL.LAST_FAILURE).from(OUTGOING_MAIL).fetchSingle().value1())
                .isEqualTo("421 try again later");
        assertThat(outbox.waiting()).isOne();
    }

    @Test
    void a_message_given_up_on_is_never_claimed_again_and_is_listed_as_undelivered() {
        OutgoingMail message = mail(JO, NOW.minusSeconds(5), NOW);
        outbox.add(message);
        outbox.claimDue(NOW, 10, LEASE_ENDS);

        outbox.giveUp(message.id(), 3, NOW.plusSeconds(1), "550 no such mailbox");

        assertThat(outbox.claimDue(NOW.plus(Duration.ofDays(365)), 10, NOW.plus(Duration.ofDays(366)))).isEmpty();
        assertThat(outbox.waiting()).isZero();
        assertThat(outbox.undelivered(Optional.empty(), 10)).containsExactly(new UndeliveredMail(message.id(), JO,
                message.subject(), message.createdAt(), 3, NOW.plusSeconds(1), "550 no such mailbox"));
    }

    @Test
    void undelivered_messages_come_given_up_on_last_first_then_by_id_a_page_after_a_position() {
        List<OutgoingMail> written = IntStream.range(0, 4).mapToObj(i -> mail(JO, NOW, NOW)).toList();
        outbox.addAll(written);
        List<Instant> givenUpAt = List.of(NOW.plusSeconds(1), NOW.plusSeconds(2), NOW.plusSeconds(2), NOW.plusSeconds(3));
        for (int i = 0; i < written.size(); i++) {
            outbox.giveUp(written.get(i).id(), 1, givenUpAt.get(i), "550 no such mailbox");
        }

        List<UndeliveredMail> all = outbox.undelivered(Optional.empty(), 10);
        UndeliveredMail second = all.get(1);
        List<UndeliveredMail> afterTheSecond = outbox.undelivered(
                Optional.of(new Outbox.UndeliveredPosition(second.givenUpAt(), second.id())), 10);

        assertThat(all).extracting(UndeliveredMail::givenUpAt).containsExactly(NOW.plusSeconds(3), NOW.plusSeconds(2),
                NOW.plusSeconds(2), NOW.plusSeconds(1));
        assertThat(all.get(1).id().toString()).isGreaterThan(all.get(2).id().toString());
        assertThat(afterTheSecond).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(outbox.undelivered(Optional.empty(), 2)).containsExactlyElementsOf(all.subList(0, 2));
    }

    @Test
    void a_message_sent_again_is_due_at_once_with_no_attempt_counted_and_only_once() {
        OutgoingMail message = mail(JO, NOW.minusSeconds(5), NOW);
        outbox.add(message);
        outbox.giveUp(message.id(), 8, NOW, "421 try again later");
        Instant later = NOW.plusSeconds(3600);

        Optional<UndeliveredMail> asItWas = outbox.sendAgain(message.id(), later);
        Optional<UndeliveredMail> again = outbox.sendAgain(message.id(), later);

        assertThat(asItWas).contains(new UndeliveredMail(message.id(), JO, message.subject(), message.createdAt(), 8,
                NOW, "421 try again later"));
        assertThat(again).isEmpty();
        assertThat(outbox.undelivered(Optional.empty(), 10)).isEmpty();
        assertThat(outbox.claimDue(later, 10, later.plusSeconds(300))).containsExactly(new OutgoingMail(message.id(),
                JO, message.subject(), message.body(), message.createdAt(), 0, later));
    }

    @Test
    void only_a_message_given_up_on_can_be_sent_again() {
        OutgoingMail waiting = mail(JO, NOW, NOW);
        outbox.add(waiting);

        assertThat(outbox.sendAgain(waiting.id(), NOW)).isEmpty();
        assertThat(outbox.sendAgain(UUID.randomUUID(), NOW)).isEmpty();
        assertThat(outbox.claimDue(NOW, 10, LEASE_ENDS)).containsExactly(waiting);
    }

    @Test
    void forgets_every_message_to_an_address_waiting_or_undelivered_and_only_those() {
        outbox.add(mail(JO, NOW, NOW));
        OutgoingMail undelivered = mail(JO, NOW, NOW.plusSeconds(60));
        outbox.add(undelivered);
        outbox.giveUp(undelivered.id(), 1, NOW, "550 no such mailbox");
        OutgoingMail toSam = mail(SAM, NOW, NOW);
        outbox.add(toSam);

        int forgotten = outbox.forget(new EmailAddress("Jo.Bloggs@Example.org"));

        assertThat(forgotten).isEqualTo(2);
        assertThat(outbox.waiting()).isOne();
        assertThat(outbox.undelivered(Optional.empty(), 10)).isEmpty();
        assertThat(outbox.claimDue(NOW.plusSeconds(3600), 10, LEASE_ENDS)).containsExactly(toSam);
    }

    @Test
    void the_backlog_counts_what_waits_and_what_was_given_up_on_and_ages_the_oldest_waiting_by_when_it_was_written() {
        assertThat(outbox.backlog(NOW)).isEqualTo(new OutboxBacklog(0, Duration.ZERO, 0));
        OutgoingMail givenUp = mail(JO, NOW.minusSeconds(3600), NOW);
        outbox.addAll(List.of(givenUp, mail(JO, NOW.minusSeconds(90), NOW.plusSeconds(600)),
                mail(SAM, NOW.minusSeconds(10), NOW)));
        outbox.giveUp(givenUp.id(), 1, NOW, "550 no such mailbox");
        outbox.claimDue(NOW, 1, LEASE_ENDS);

        assertThat(outbox.backlog(NOW)).isEqualTo(new OutboxBacklog(2, Duration.ofSeconds(90), 1));
    }

    private static Set<UUID> ids(List<OutgoingMail> mails) {
        Set<UUID> ids = new HashSet<>();
        mails.forEach(mail -> ids.add(mail.id()));
        return ids;
    }

    private static OutgoingMail mail(EmailAddress to, Instant createdAt, Instant dueAt) {
        return new OutgoingMail(UUID.randomUUID(), to, "Your view has been published",
                "Thank you for your view. It is now on the website.", createdAt, 0, dueAt);
    }
}
