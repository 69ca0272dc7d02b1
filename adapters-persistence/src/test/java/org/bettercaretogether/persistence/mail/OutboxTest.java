package org.bettercaretogether.persistence.mail;

import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.shared.Transactions;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class OutboxTest {

    /** Microseconds, as PostgreSQL keeps them. */
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00.654321Z");
    private static final EmailAddress JO = new EmailAddress("jo.bloggs@example.org");
    private static final EmailAddress SAM = new EmailAddress("sam.jones@example.org");

    private static DSLContext dsl;
    private static Transactions transactions;
    private static Outbox outbox;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        transactions = postgres.port(Transactions.class);
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

        List<OutgoingMail> all = outbox.claimDue(NOW, 10);
        List<OutgoingMail> two = outbox.claimDue(NOW, 2);

        assertThat(all).containsExactly(writtenEarlier, writtenLater, dueLast);
        assertThat(two).containsExactly(writtenEarlier, writtenLater);
        assertThat(outbox.waiting()).isEqualTo(4);
    }

    @Test
    void a_message_sent_leaves_the_outbox() {
        OutgoingMail message = mail(JO, NOW, NOW);
        outbox.add(message);

        outbox.sent(List.of(message.id()));

        assertThat(outbox.waiting()).isZero();
        assertThat(outbox.claimDue(NOW.plusSeconds(3600), 10)).isEmpty();
    }

    @Test
    void a_message_that_failed_counts_the_attempt_and_waits_until_it_is_due_again() {
        OutgoingMail message = mail(JO, NOW, NOW);
        outbox.add(message);
        Instant retryAt = NOW.plusSeconds(300);

        outbox.failed(message.id(), 1, retryAt);

        assertThat(outbox.claimDue(NOW.plusSeconds(299), 10)).isEmpty();
        assertThat(outbox.claimDue(retryAt, 10)).containsExactly(new OutgoingMail(message.id(), JO,
                message.subject(), message.body(), message.createdAt(), 1, retryAt));
        assertThat(outbox.waiting()).isOne();
    }

    @Test
    void forgets_every_waiting_message_to_an_address_and_only_those() {
        outbox.add(mail(JO, NOW, NOW));
        outbox.add(mail(JO, NOW, NOW.plusSeconds(60)));
        OutgoingMail toSam = mail(SAM, NOW, NOW);
        outbox.add(toSam);

        int forgotten = outbox.forget(new EmailAddress("Jo.Bloggs@Example.org"));

        assertThat(forgotten).isEqualTo(2);
        assertThat(outbox.waiting()).isOne();
        assertThat(outbox.claimDue(NOW.plusSeconds(3600), 10)).containsExactly(toSam);
    }

    @Test
    void two_nodes_claiming_at_once_get_disjoint_messages_as_each_skips_what_the_other_holds() throws Exception {
        List<OutgoingMail> written = new ArrayList<>();
        IntStream.range(0, 6).forEach(i -> written.add(mail(JO, NOW.plusSeconds(i), NOW.minusSeconds(60 - i))));
        written.forEach(outbox::add);
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch firstMayFinish = new CountDownLatch(1);

        List<OutgoingMail> second;
        List<OutgoingMail> first;
        try (ExecutorService nodes = Executors.newSingleThreadExecutor()) {
            Future<List<OutgoingMail>> firstNode = nodes.submit(() -> transactions.inTransaction(() -> {
                List<OutgoingMail> claimed = outbox.claimDue(NOW, 3);
                firstClaimed.countDown();
                await(firstMayFinish);
                return claimed;
            }));
            await(firstClaimed);
            second = transactions.inTransaction(() -> outbox.claimDue(NOW, 10));
            firstMayFinish.countDown();
            first = firstNode.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }

        assertThat(first).containsExactlyElementsOf(written.subList(0, 3));
        assertThat(second).containsExactlyElementsOf(written.subList(3, 6));
    }

    private static OutgoingMail mail(EmailAddress to, Instant createdAt, Instant dueAt) {
        return new OutgoingMail(UUID.randomUUID(), to, "Your view has been published",
                "Thank you for your view. It is now on the website.", createdAt, 0, dueAt);
    }
}
