package org.bettercaretogether.application.mail;

import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.memory.InMemoryDeliveryEvents;
import org.bettercaretogether.memory.InMemoryMailbox;
import org.bettercaretogether.memory.InMemoryOutbox;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mail is handed to the mail server one message at a time, each marked as soon as the server takes it, with nothing
 * held meanwhile; a message the server does not take is retried with growing pauses, and given up on when it refuses
 * it for good or too often.
 */
class MailServiceTest {

    private static final Instant START = Instant.parse("2026-12-14T10:00:00Z");
    private static final EmailAddress TO = new EmailAddress("jane@example.com");
    private static final Duration LEASE = DeliverySettings.DEFAULT_LEASE;

    private final MovableClock clock = new MovableClock(START);
    private final InMemoryApplication app = new InMemoryApplication(clock);
    private final InMemoryOutbox outbox = app.feedback().outbox();
    private final InMemoryDeliveryEvents events = new InMemoryDeliveryEvents();

    @Test
    void a_message_that_breaks_the_sender_unexpectedly_is_retried_alone_and_the_others_are_not_sent_twice() {
        outbox.add(OutgoingMail.write(TO, "First", "One.", START));
        outbox.add(OutgoingMail.write(new EmailAddress("broken@example.com"), "Second", "Two.", START.plusSeconds(1)));
        outbox.add(OutgoingMail.write(new EmailAddress("third@example.com"), "Third", "Three.", START.plusSeconds(2)));
        List<String> handedOver = new ArrayList<>();
        MailSender breaksOnOne = (to, subject, body) -> {
            if (to.value().startsWith("broken")) {
                throw new IllegalStateException("a fault in the sender about broken@example.com");
            }
            handedOver.add(subject);
        };
        clock.advance(Duration.ofSeconds(5));
        MailService delivery = delivery(breaksOnOne, DeliverySettings.defaults());

        int first = delivery.deliverDue(100);
        int second = delivery.deliverDue(100);

        assertThat(List.of(first, second)).containsExactly(2, 0);
        assertThat(handedOver).containsExactly("First", "Third");
        assertThat(outbox.all()).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Second");
            assertThat(mail.attempts()).isEqualTo(1);
        });
        assertThat(events.reported()).singleElement().asString()
                .contains("IllegalStateException").doesNotContain("broken@example.com");
    }

    @Test
    void no_transaction_is_open_while_a_message_goes_out() {
        outbox.add(OutgoingMail.write(TO, "Your view", "It has been published.", START));
        outbox.add(OutgoingMail.write(TO, "Your view again", "It has been answered.", START));
        List<Boolean> openWhileSending = new ArrayList<>();
        MailSender watching = (to, subject, body) ->
                openWhileSending.add(app.adapters().transactions().openOnThisThread());

        int sent = delivery(watching, DeliverySettings.defaults()).deliverDue(100);

        assertThat(sent).isEqualTo(2);
        assertThat(openWhileSending).containsExactly(false, false);
    }

    @Test
    void a_message_the_server_refuses_stays_with_one_attempt_counted_and_is_due_a_minute_later() {
        outbox.add(OutgoingMail.write(TO, "Your view", "It has been published.", START));
        app.mailbox().refuse(true);

        int sent = app.deliverMail().deliverDue(100);

        assertThat(sent).isZero();
        assertThat(app.mailbox().sent()).isEmpty();
        assertThat(outbox.all()).singleElement().satisfies(mail -> {
            assertThat(mail.attempts()).isEqualTo(1);
            assertThat(mail.dueAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
            assertThat(mail.createdAt()).isEqualTo(START);
        });
        assertThat(outbox.waiting()).isOne();
    }

    @Test
    void the_pause_doubles_after_each_refusal_up_to_six_hours() {
        outbox.add(OutgoingMail.write(TO, "Your view", "It has been published.", START));
        app.mailbox().refuse(true);
        MailService delivery = delivery(app.mailbox(), new DeliverySettings(13, LEASE));
        List<Duration> pauses = new ArrayList<>();

        for (int attempt = 1; attempt <= 12; attempt++) {
            delivery.deliverDue(100);
            OutgoingMail waiting = outbox.all().getFirst();
            assertThat(waiting.attempts()).isEqualTo(attempt);
            pauses.add(Duration.between(clock.instant(), waiting.dueAt()));
            moveTo(waiting.dueAt());
        }

        assertThat(pauses).containsExactly(minutes(1), minutes(2), minutes(4), minutes(8), minutes(16), minutes(32),
                minutes(64), minutes(128), minutes(256), Duration.ofHours(6), Duration.ofHours(6), Duration.ofHours(6));
        assertThat(outbox.waiting()).isOne();
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
    void after_as_many_failures_as_the_service_tries_the_message_is_given_up_on_and_never_tried_again() {
        OutgoingMail message = OutgoingMail.write(TO, "Your view", "It has been published.", START);
        outbox.add(message);
        app.mailbox().refuse(true);
        MailService delivery = delivery(app.mailbox(), new DeliverySettings(3, LEASE));

        for (int attempt = 1; attempt <= 3; attempt++) {
            delivery.deliverDue(100);
            clock.advance(Duration.ofHours(6));
        }
        app.mailbox().refuse(false);
        int afterGivingUp = delivery.deliverDue(100);

        assertThat(afterGivingUp).isZero();
        assertThat(app.mailbox().sent()).isEmpty();
        assertThat(outbox.waiting()).isZero();
        assertThat(outbox.undelivered(Optional.empty(), 10)).singleElement().satisfies(undelivered -> {
            assertThat(undelivered.id()).isEqualTo(message.id());
            assertThat(undelivered.attempts()).isEqualTo(3);
            assertThat(undelivered.givenUpAt()).isEqualTo(START.plus(Duration.ofHours(12)));
            assertThat(undelivered.reason()).isEqualTo("the test mail server is refusing mail");
        });
        assertThat(events.reported()).hasSize(3);
        assertThat(events.reported().get(0)).startsWith("failed " + message.id() + " attempts=1 retry-at=");
        assertThat(events.reported().get(2)).isEqualTo("undelivered " + message.id()
                + " attempts=3 reason=the test mail server is refusing mail");
    }

    @Test
    void a_message_the_server_refuses_for_good_is_given_up_on_at_the_first_attempt() {
        OutgoingMail message = OutgoingMail.write(TO, "Your view", "It has been published.", START);
        outbox.add(message);
        app.mailbox().refuseForGood(true);

        int sent = delivery(app.mailbox(), DeliverySettings.defaults()).deliverDue(100);

        assertThat(sent).isZero();
        assertThat(outbox.waiting()).isZero();
        assertThat(outbox.undelivered(Optional.empty(), 10)).singleElement().satisfies(undelivered -> {
            assertThat(undelivered.attempts()).isOne();
            assertThat(undelivered.givenUpAt()).isEqualTo(START);
            assertThat(undelivered.reason()).contains("550");
        });
        assertThat(events.reported()).containsExactly("undelivered " + message.id()
                + " attempts=1 reason=550 no such mailbox here");
    }

    @Test
    void a_failure_is_reported_by_the_message_id_with_neither_address_nor_words() {
        OutgoingMail message = OutgoingMail.write(TO, "Your view BCT-7KQ3-M9XD", "Private words", START);
        outbox.add(message);
        app.mailbox().refuse(true);

        delivery(app.mailbox(), DeliverySettings.defaults()).deliverDue(100);

        assertThat(events.reported()).singleElement().asString().contains(message.id().toString())
                .doesNotContain("jane").doesNotContain("Private").doesNotContain("BCT-7KQ3");
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
        assertThat(app.mailbox().sent()).extracting(InMemoryMailbox.Sent::subject).containsExactly("Message 0", "Message 1");
        assertThat(app.deliverMail().deliverDue(2)).isEqualTo(1);
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void more_than_are_claimed_at_once_are_sent_in_one_run_a_few_claims_at_a_time() {
        int many = MailService.CLAIMED_AT_ONCE * 2 + 3;
        for (int i = 0; i < many; i++) {
            outbox.add(OutgoingMail.write(new EmailAddress("person" + i + "@example.com"), "Message " + i, "Body",
                    START.plusSeconds(i)));
        }
        clock.advance(Duration.ofMinutes(1));

        assertThat(app.deliverMail().deliverDue(100)).isEqualTo(many);
        assertThat(app.mailbox().sent()).hasSize(many).doesNotHaveDuplicates();
    }

    @Test
    void beyond_a_seconds_worth_each_message_waits_its_turn_at_the_pace_set() {
        for (int i = 0; i < 5; i++) {
            outbox.add(OutgoingMail.write(new EmailAddress("person" + i + "@example.com"), "Message " + i, "Body",
                    START.plusSeconds(i)));
        }
        clock.advance(Duration.ofMinutes(1));
        long[] monotonic = {0};
        List<Long> waits = new ArrayList<>();
        DeliveryPace twoASecond = new DeliveryPace(2, () -> monotonic[0], nanos -> {
            waits.add(nanos);
            monotonic[0] += nanos;
        });

        int sent = new MailService(outbox, app.mailbox(), events, new DeliverySettings(8, LEASE, 2), clock, twoASecond)
                .deliverDue(100);

        assertThat(sent).isEqualTo(5);
        assertThat(app.mailbox().sent()).hasSize(5).doesNotHaveDuplicates();
        assertThat(waits).containsExactly(500_000_000L, 500_000_000L, 500_000_000L);
    }

    @Test
    void a_message_claimed_by_a_run_that_died_before_marking_it_is_sent_exactly_once_when_its_lease_has_passed() {
        OutgoingMail message = OutgoingMail.write(TO, "Your view", "It has been published.", START);
        outbox.add(message);
        // A run claims it, and dies before marking it, sent or not.
        assertThat(outbox.claimDue(START, 10, START.plus(LEASE))).containsExactly(message);

        clock.advance(LEASE.minusSeconds(1));
        int whileClaimed = app.deliverMail().deliverDue(100);
        clock.advance(Duration.ofSeconds(1));
        int onceTheLeaseHasPassed = app.deliverMail().deliverDue(100);
        int afterwards = app.deliverMail().deliverDue(100);

        assertThat(List.of(whileClaimed, onceTheLeaseHasPassed, afterwards)).containsExactly(0, 1, 0);
        assertThat(app.mailbox().sentTo("jane@example.com")).hasSize(1);
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void a_run_that_dies_half_way_has_marked_what_it_sent_so_only_the_message_in_hand_and_the_rest_go_later() {
        for (String subject : List.of("First", "Second", "Third")) {
            outbox.add(OutgoingMail.write(TO, subject, "Body.", clock.instant()));
            clock.advance(Duration.ofSeconds(1));
        }
        List<String> handedOver = new ArrayList<>();
        MailSender diesOnTheSecond = (to, subject, body) -> {
            handedOver.add(subject);
            if (subject.equals("Second")) {
                throw new ProcessDied(); // after the server took it, before it was marked
            }
        };

        assertThatThrownBy(() -> delivery(diesOnTheSecond, DeliverySettings.defaults()).deliverDue(100))
                .isInstanceOf(ProcessDied.class);
        clock.advance(LEASE);
        int afterTheLease = delivery(app.mailbox(), DeliverySettings.defaults()).deliverDue(100);

        assertThat(afterTheLease).isEqualTo(2);
        assertThat(handedOver).containsExactly("First", "Second");
        assertThat(app.mailbox().sent()).extracting(InMemoryMailbox.Sent::subject).containsExactly("Second", "Third");
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void a_message_is_handed_over_only_while_half_its_lease_is_left_and_the_rest_are_given_back_at_once() {
        outbox.add(OutgoingMail.write(TO, "Slow", "Body.", START));
        outbox.add(OutgoingMail.write(TO, "Next", "Body.", START.plusSeconds(1)));
        clock.advance(Duration.ofSeconds(1));
        MailSender slow = (to, subject, body) -> clock.advance(LEASE.dividedBy(2).plusSeconds(1));

        int sent = delivery(slow, DeliverySettings.defaults()).deliverDue(100);
        int next = app.deliverMail().deliverDue(100);

        assertThat(List.of(sent, next)).containsExactly(1, 1);
        assertThat(app.mailbox().sent()).extracting(InMemoryMailbox.Sent::subject).containsExactly("Next");
    }

    @Test
    void a_run_interrupted_between_messages_stops_there_and_gives_back_the_others_at_once() {
        for (int i = 0; i < 3; i++) {
            outbox.add(OutgoingMail.write(TO, "Message " + i, "Body.", START.plusSeconds(i)));
        }
        clock.advance(Duration.ofMinutes(1));
        AtomicInteger handedOver = new AtomicInteger();
        MailSender interrupting = (to, subject, body) -> {
            handedOver.incrementAndGet();
            Thread.currentThread().interrupt(); // the host stopping meanwhile
        };

        int sent;
        boolean stillInterrupted;
        try {
            sent = delivery(interrupting, DeliverySettings.defaults()).deliverDue(100);
        } finally {
            stillInterrupted = Thread.interrupted();
        }
        int theOthers = app.deliverMail().deliverDue(100);

        assertThat(List.of(sent, handedOver.get(), theOthers)).containsExactly(1, 1, 2);
        assertThat(stillInterrupted).isTrue();
    }

    @Test
    void a_message_does_not_print_its_address_or_words() {
        OutgoingMail mail = OutgoingMail.write(TO, "Your view BCT-7KQ3-M9XD", "Private words", START);

        assertThat(mail.toString()).doesNotContain("jane").doesNotContain("Private").doesNotContain("BCT");
    }

    /** The process stopping dead, as a kill would: nothing after it runs. */
    private static final class ProcessDied extends Error {
    }

    private MailService delivery(MailSender sender, DeliverySettings settings) {
        return new MailService(outbox, sender, events, settings, clock);
    }

    private void moveTo(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
    }

    private static Duration minutes(long count) {
        return Duration.ofMinutes(count);
    }
}
