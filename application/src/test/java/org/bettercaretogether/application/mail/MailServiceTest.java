package org.bettercaretogether.application.mail;

import org.bettercaretogether.application.testing.InMemoryApplication;
import org.bettercaretogether.application.testing.MovableClock;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail is handed to the mail server once it takes it, and retried with growing pauses while it does not. */
class MailServiceTest {

    private static final Instant START = Instant.parse("2026-12-14T10:00:00Z");
    private static final EmailAddress TO = new EmailAddress("jane@example.com");

    private final MovableClock clock = new MovableClock(START);
    private final InMemoryApplication app = new InMemoryApplication(clock);
    private final Outbox outbox = app.feedback().outbox();

    @Test
    void a_message_that_breaks_the_sender_unexpectedly_is_retried_alone_and_the_others_are_not_sent_twice() {
        outbox.add(OutgoingMail.write(TO, "First", "One.", START));
        outbox.add(OutgoingMail.write(new EmailAddress("broken@example.com"), "Second", "Two.", START.plusSeconds(1)));
        outbox.add(OutgoingMail.write(new EmailAddress("third@example.com"), "Third", "Three.", START.plusSeconds(2)));
        List<String> handedOver = new ArrayList<>();
        MailSender breaksOnOne = (to, subject, body) -> {
            if (to.value().startsWith("broken")) {
                throw new IllegalStateException("a fault in the sender");
            }
            handedOver.add(subject);
        };
        clock.advance(Duration.ofSeconds(5));
        MailService delivery = new MailService(app.adapters().transactions(), outbox, breaksOnOne, clock);

        int first = delivery.deliverDue(100);
        int second = delivery.deliverDue(100);

        assertThat(List.of(first, second)).containsExactly(2, 0);
        assertThat(handedOver).containsExactly("First", "Third");
        assertThat(waiting()).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Second");
            assertThat(mail.attempts()).isEqualTo(1);
        });
    }

    @Test
    void a_message_the_server_refuses_stays_with_one_attempt_counted_and_is_due_a_minute_later() {
        outbox.add(OutgoingMail.write(TO, "Your view", "It has been published.", START));
        app.mailbox().refuse(true);

        int sent = app.deliverMail().deliverDue(100);

        assertThat(sent).isZero();
        assertThat(app.mailbox().sent()).isEmpty();
        assertThat(waiting()).singleElement().satisfies(mail -> {
            assertThat(mail.attempts()).isEqualTo(1);
            assertThat(mail.dueAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
            assertThat(mail.createdAt()).isEqualTo(START);
        });
    }

    @Test
    void the_pause_doubles_after_each_refusal_up_to_six_hours_and_the_message_is_never_dropped() {
        outbox.add(OutgoingMail.write(TO, "Your view", "It has been published.", START));
        app.mailbox().refuse(true);
        List<Duration> pauses = new ArrayList<>();

        for (int attempt = 1; attempt <= 12; attempt++) {
            app.deliverMail().deliverDue(100);
            OutgoingMail waiting = waiting().getFirst();
            assertThat(waiting.attempts()).isEqualTo(attempt);
            pauses.add(Duration.between(clock.instant(), waiting.dueAt()));
            moveTo(waiting.dueAt());
        }

        assertThat(pauses).containsExactly(minutes(1), minutes(2), minutes(4), minutes(8), minutes(16), minutes(32),
                minutes(64), minutes(128), minutes(256), Duration.ofHours(6), Duration.ofHours(6), Duration.ofHours(6));
        assertThat(waiting()).hasSize(1);
    }

    @Test
    void the_pause_is_counted_from_the_number_of_attempts_and_never_exceeds_six_hours() {
        assertThat(MailService.pauseAfter(1)).isEqualTo(minutes(1));
        assertThat(MailService.pauseAfter(9)).isEqualTo(minutes(256));
        assertThat(MailService.pauseAfter(10)).isEqualTo(Duration.ofHours(6));
        assertThat(MailService.pauseAfter(64)).isEqualTo(Duration.ofHours(6));
        assertThat(MailService.pauseAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void a_message_waits_for_its_time_and_is_sent_exactly_once_when_the_server_is_back() {
        outbox.add(OutgoingMail.write(TO, "Your view", "It has been published.", START));
        app.mailbox().refuse(true);
        app.deliverMail().deliverDue(100);
        app.mailbox().refuse(false);

        int tooSoon = app.deliverMail().deliverDue(100);
        clock.advance(Duration.ofSeconds(59));
        int stillTooSoon = app.deliverMail().deliverDue(100);
        clock.advance(Duration.ofSeconds(1));
        int onTime = app.deliverMail().deliverDue(100);
        int again = app.deliverMail().deliverDue(100);

        assertThat(List.of(tooSoon, stillTooSoon, onTime, again)).containsExactly(0, 0, 1, 0);
        assertThat(app.mailbox().sentTo("jane@example.com")).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Your view");
            assertThat(mail.body()).isEqualTo("It has been published.");
        });
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void at_most_the_limit_is_sent_at_once_oldest_first() {
        for (int i = 0; i < 3; i++) {
            outbox.add(OutgoingMail.write(new EmailAddress("person" + i + "@example.com"), "Message " + i, "Body",
                    clock.instant()));
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(app.deliverMail().deliverDue(2)).isEqualTo(2);
        assertThat(app.mailbox().sent()).extracting(sent -> sent.subject()).containsExactly("Message 0", "Message 1");
        assertThat(app.deliverMail().deliverDue(2)).isEqualTo(1);
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void a_message_does_not_print_its_address_or_words() {
        OutgoingMail mail = OutgoingMail.write(TO, "Your view BCT-7KQ3-M9XD", "Private words", START);

        assertThat(mail.toString()).doesNotContain("jane").doesNotContain("Private").doesNotContain("BCT");
    }

    private List<OutgoingMail> waiting() {
        return outbox.claimDue(Instant.parse("2100-01-01T00:00:00Z"), 100);
    }

    private void moveTo(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
    }

    private static Duration minutes(long count) {
        return Duration.ofMinutes(count);
    }
}
