package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.mail.DeliverySettings;
import org.bettercaretogether.application.mail.MailService;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.mail.UndeliveredMail;
import org.bettercaretogether.memory.InMemoryDeliveryEvents;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.mail.SmtpMailSender;
import org.bettercaretogether.mail.SmtpSettings;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox on PostgreSQL delivering to a real SMTP server that refuses some mail: a message refused for good is given
 * up on at once, one refused for now is tried again after its pause and then arrives once, and one claimed by a
 * delivery that died before marking it arrives once when the claim runs out.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class MailDeliveryOverSmtpTest {

    private static final Duration LEASE = DeliverySettings.DEFAULT_LEASE;
    private static final Instant START = Instant.parse("2026-12-14T10:00:00Z");

    private static Outbox outbox;

    private final MovableClock clock = new MovableClock(START);
    private final InMemoryDeliveryEvents events = new InMemoryDeliveryEvents();
    private RefusingSmtpServer smtp;
    private MailService delivery;

    @BeforeAll
    static void connect(DataSource dataSource) {
        outbox = new PostgresAdapters(dataSource).port(Outbox.class);
    }

    @BeforeEach
    void startTheServer() {
        smtp = new RefusingSmtpServer();
        smtp.start();
        SmtpSettings server = new SmtpSettings("localhost", smtp.getSmtp().getPort(), Optional.empty(),
                Optional.empty(), false, new EmailAddress("no-reply@bettercaretogether.example"))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
        delivery = new MailService(outbox, new SmtpMailSender(server), events, DeliverySettings.defaults(), clock);
    }

    @AfterEach
    void stopTheServer() {
        smtp.stop();
    }

    @Test
    void a_message_the_server_refuses_for_good_is_given_up_on_at_the_first_attempt_without_its_address_in_the_reason()
            throws Exception {
        OutgoingMail message = write("nobody.here@example.org");
        smtp.knowsNoMailbox("nobody.here@example.org");

        int sent = delivery.deliverDue(10);
        clock.advance(Duration.ofDays(1));
        int aDayLater = delivery.deliverDue(10);

        assertThat(List.of(sent, aDayLater)).containsExactly(0, 0);
        assertThat(smtp.receivedFor("nobody.here@example.org")).isZero();
        UndeliveredMail undelivered = undelivered(message);
        assertThat(undelivered.attempts()).isOne();
        assertThat(undelivered.givenUpAt()).isEqualTo(START);
        assertThat(undelivered.reason()).contains("550").doesNotContain("nobody.here");
        assertThat(events.reported()).singleElement().asString().startsWith("undelivered " + message.id())
                .doesNotContain("nobody.here");
    }

    @Test
    void a_message_the_server_refuses_for_now_is_tried_again_after_its_pause_and_then_arrives_once() throws Exception {
        OutgoingMail message = write("busy.person@example.org");
        smtp.busyFor("busy.person@example.org", 2);

        int first = delivery.deliverDue(10);
        int atOnce = delivery.deliverDue(10);
        clock.advance(Duration.ofMinutes(1));
        int afterAMinute = delivery.deliverDue(10);
        clock.advance(Duration.ofMinutes(2));
        int afterTwoMore = delivery.deliverDue(10);
        clock.advance(Duration.ofHours(6));
        int later = delivery.deliverDue(10);

        assertThat(List.of(first, atOnce, afterAMinute, afterTwoMore, later)).containsExactly(0, 0, 0, 1, 0);
        assertThat(smtp.receivedFor("busy.person@example.org")).isOne();
        assertThat(outbox.waiting()).isZero();
        assertThat(events.reported()).hasSize(2).allSatisfy(event -> assertThat(event)
                .startsWith("failed " + message.id()).contains("451").doesNotContain("busy.person"));
    }

    @Test
    void a_message_claimed_by_a_delivery_that_died_before_marking_it_arrives_once_when_the_claim_runs_out()
            throws Exception {
        OutgoingMail message = write("patient.reader@example.org");
        // Another node claims it and dies before it sends it or marks it.
        assertThat(outbox.claimDue(START, 10, START.plus(LEASE))).containsExactly(message);

        clock.advance(LEASE.minusSeconds(1));
        int whileClaimed = delivery.deliverDue(10);
        long receivedWhileClaimed = smtp.receivedFor("patient.reader@example.org");
        clock.advance(Duration.ofSeconds(1));
        int onceItRanOut = delivery.deliverDue(10);
        int afterwards = delivery.deliverDue(10);

        assertThat(List.of(whileClaimed, onceItRanOut, afterwards)).containsExactly(0, 1, 0);
        assertThat(receivedWhileClaimed).isZero();
        assertThat(smtp.receivedFor("patient.reader@example.org")).isOne();
        assertThat(outbox.waiting()).isZero();
    }

    private OutgoingMail write(String address) {
        OutgoingMail message = OutgoingMail.write(new EmailAddress(address), "Your view has been published",
                "Thank you for your view. It is now on the website.", clock.instant());
        outbox.add(message);
        return message;
    }

    private static UndeliveredMail undelivered(OutgoingMail message) {
        return outbox.undelivered(Optional.empty(), 100).stream().filter(mail -> mail.id().equals(message.id()))
                .findFirst().orElseThrow(() -> new AssertionError("not undelivered: " + message));
    }
}
