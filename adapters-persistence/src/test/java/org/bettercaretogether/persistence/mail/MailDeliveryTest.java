package org.bettercaretogether.persistence.mail;

import org.bettercaretogether.application.mail.DeliveryEvents;
import org.bettercaretogether.application.mail.DeliverySettings;
import org.bettercaretogether.application.mail.MailSender;
import org.bettercaretogether.application.mail.MailService;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.Concurrency.PATIENCE;
import static org.bettercaretogether.persistence.Concurrency.await;
import static org.bettercaretogether.persistence.jooq.Tables.OUTGOING_MAIL;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/**
 * The delivery over the PostgreSQL outbox: nothing is held in the database while a message goes out, and deliveries
 * running at once on several nodes hand each message over once.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class MailDeliveryTest {

    private static final DeliveryEvents UNWATCHED = new DeliveryEvents() {
        @Override
        public void failed(UUID message, int attempts, Instant retryAt, String reason) {
        }

        @Override
        public void undelivered(UUID message, int attempts, String reason) {
        }
    };

    private static DSLContext dsl;
    private static Outbox outbox;

    @BeforeAll
    static void connect(DataSource dataSource) {
        dsl = Jooq.dslContext(dataSource);
        outbox = new PostgresAdapters(dataSource).port(Outbox.class);
    }

    @BeforeEach
    void emptyOutbox() {
        dsl.deleteFrom(OUTGOING_MAIL).execute();
    }

    @Test
    void while_a_message_goes_out_no_transaction_is_open_and_no_row_of_the_outbox_is_locked() {
        write(3);
        List<String> seenWhileSending = new ArrayList<>();
        MailSender looking = (to, subject, body) -> seenWhileSending.add(transactionsOpen() + " open, "
                + lockableRows() + " of 3 rows free");

        int sent = delivery(looking).deliverDue(100);

        assertThat(sent).isEqualTo(3);
        assertThat(seenWhileSending).containsExactly("0 open, 3 of 3 rows free", "0 open, 2 of 3 rows free",
                "0 open, 1 of 3 rows free");
    }

    @Test
    void deliveries_running_at_once_on_several_nodes_hand_each_message_over_once() throws Exception {
        List<OutgoingMail> written = write(120);
        Map<UUID, AtomicInteger> handedOver = new ConcurrentHashMap<>();
        Map<String, UUID> ids = new ConcurrentHashMap<>();
        written.forEach(mail -> ids.put(mail.subject(), mail.id()));
        MailSender counting = (to, subject, body) ->
                handedOver.computeIfAbsent(ids.get(subject), id -> new AtomicInteger()).incrementAndGet();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> node = () -> {
            MailService delivery = delivery(counting);
            await(start);
            int sent = 0;
            // As many runs as there are messages at most, so that a delivery that never runs dry fails the test.
            for (int round = 0; round < written.size(); round++) {
                int run = delivery.deliverDue(7);
                if (run == 0) {
                    break;
                }
                sent += run;
            }
            return sent;
        };

        int sent = 0;
        try (ExecutorService nodes = Executors.newFixedThreadPool(3)) {
            List<Future<Integer>> runs = IntStream.range(0, 3).mapToObj(i -> nodes.submit(node)).toList();
            start.countDown();
            for (Future<Integer> run : runs) {
                sent += run.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
        }

        assertThat(sent).isEqualTo(written.size());
        assertThat(handedOver).hasSize(written.size());
        assertThat(handedOver.values()).allSatisfy(count -> assertThat(count.get()).isOne());
        assertThat(outbox.waiting()).isZero();
    }

    /** Transactions open on this database, other than the one asking. */
    private static int transactionsOpen() {
        return dsl.fetchCount(table(name("pg_catalog", "pg_stat_activity")),
                field(name("datname")).eq(field("current_database()")),
                field(name("pid")).ne(field("pg_backend_pid()")),
                field(name("xact_start")).isNotNull());
    }

    /** The outbox's rows that another transaction can lock at once, without waiting. */
    private static int lockableRows() {
        try {
            return dsl.transactionResult(inside -> inside.dsl().selectFrom(OUTGOING_MAIL).forUpdate().noWait()
                    .fetch().size());
        } catch (DataAccessException locked) {
            return 0;
        }
    }

    private static List<OutgoingMail> write(int count) {
        Instant now = Instant.now();
        List<OutgoingMail> mails = IntStream.range(0, count).mapToObj(i -> OutgoingMail.write(
                new EmailAddress("person" + i + "@example.org"), "Message " + i, "Body.", now.minusSeconds(count - i)))
                .toList();
        outbox.addAll(mails);
        return mails;
    }

    private static MailService delivery(MailSender sender) {
        return new MailService(outbox, sender, UNWATCHED, DeliverySettings.defaults(), Clock.systemUTC());
    }
}
