package org.bettercaretogether.application.mail;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.memory.InMemoryOutbox;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators see the messages the outbox gave up on and send one again, which the audit log records; the outbox's
 * backlog is in the readiness details.
 */
class UndeliveredMailServiceTest {

    private static final Instant START = Instant.parse("2026-12-14T10:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final InMemoryApplication app = new InMemoryApplication(clock);
    private final InMemoryOutbox outbox = app.feedback().outbox();
    private final ManageUndeliveredMail manage = app.manageUndeliveredMail();
    private final Actor admin = staff(Role.ADMIN);

    @Test
    void an_administrator_sends_an_undelivered_message_again_and_it_goes_once_with_its_attempts_counted_afresh() {
        OutgoingMail message = given_up_on("jane@example.com", "Your view");
        clock.advance(Duration.ofMinutes(5));

        UndeliveredMail sentAgain = manage.sendAgain(admin, message.id()).orElseThrow();
        app.mailbox().refuseForGood(false);
        int sent = app.deliverMail().deliverDue(100);

        assertThat(sentAgain.id()).isEqualTo(message.id());
        assertThat(sentAgain.attempts()).isOne();
        assertThat(sent).isOne();
        assertThat(app.mailbox().sentTo("jane@example.com")).hasSize(1);
        assertThat(manage.undelivered(admin, Optional.empty(), 10).orElseThrow().messages()).isEmpty();
        assertThat(outbox.backlog(clock.instant())).isEqualTo(new OutboxBacklog(0, Duration.ZERO, 0));
    }

    @Test
    void a_message_sent_again_that_fails_again_has_all_its_attempts_before_it() {
        OutgoingMail message = given_up_on("jane@example.com", "Your view");
        app.mailbox().refuseForGood(false);
        app.mailbox().refuse(true);

        manage.sendAgain(admin, message.id()).orElseThrow();
        app.deliverMail().deliverDue(100);

        assertThat(outbox.all()).singleElement().satisfies(waiting -> {
            assertThat(waiting.attempts()).isOne();
            assertThat(waiting.dueAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        });
        assertThat(outbox.waiting()).isOne();
    }

    @Test
    void sending_again_is_recorded_in_the_audit_log_by_the_message_id_without_the_address() {
        OutgoingMail message = given_up_on("jane@example.com", "Your view");

        manage.sendAgain(admin, message.id()).orElseThrow();

        AuditEntry entry = app.security().auditLog().newestFirst(Optional.empty(), 1).getFirst();
        assertThat(entry.actor()).contains(admin.id());
        assertThat(entry.action()).isEqualTo("mail.sent-again");
        assertThat(entry.recordType()).isEqualTo("mail");
        assertThat(entry.recordId()).isEqualTo(message.id().toString());
        assertThat(entry.toString()).doesNotContain("jane");
    }

    @Test
    void a_message_that_is_not_undelivered_cannot_be_sent_again() {
        OutgoingMail undelivered = given_up_on("jane@example.com", "Your view");
        OutgoingMail waiting = OutgoingMail.write(new EmailAddress("sam@example.com"), "Waiting", "Body.", START);
        outbox.add(waiting);
        manage.sendAgain(admin, undelivered.id()).orElseThrow();

        assertThat(rejection(manage.sendAgain(admin, waiting.id()))).isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(manage.sendAgain(admin, undelivered.id()))).isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(manage.sendAgain(admin, UUID.randomUUID()))).isInstanceOf(Rejection.NotFound.class);
        assertThat(app.security().auditLog().newestFirst(Optional.empty(), 10)).hasSize(1);
    }

    @Test
    void only_administrators_see_undelivered_messages_or_send_them_again() {
        OutgoingMail message = given_up_on("jane@example.com", "Your view");

        for (Role role : List.of(Role.MODERATOR, Role.RESPONDER, Role.ENGAGEMENT_OFFICER)) {
            Actor other = staff(role);
            assertThat(rejection(manage.undelivered(other, Optional.empty(), 10))).isInstanceOf(Rejection.Forbidden.class);
            assertThat(rejection(manage.sendAgain(other, message.id()))).isInstanceOf(Rejection.Forbidden.class);
        }
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void undelivered_messages_come_given_up_on_last_first_a_page_at_a_time() {
        List<UUID> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(given_up_on("person" + i + "@example.com", "Message " + i).id());
            clock.advance(Duration.ofMinutes(1));
        }

        List<UUID> walked = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            UndeliveredPage page = manage.undelivered(admin, cursor, 2).orElseThrow();
            page.messages().forEach(mail -> walked.add(mail.id()));
            cursor = page.next();
            pages++;
        } while (cursor.isPresent() && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(walked).containsExactlyElementsOf(written.reversed());
        assertThat(rejection(manage.undelivered(admin, Optional.of("nonsense"), 2)))
                .isInstanceOf(Rejection.InvalidInput.class);
        assertThat(rejection(manage.undelivered(admin, Optional.empty(), 0))).isInstanceOf(Rejection.InvalidInput.class);
    }

    @Test
    void readiness_tells_how_many_messages_wait_how_long_the_oldest_has_waited_and_how_many_were_given_up_on() {
        given_up_on("jane@example.com", "Given up on");
        outbox.add(OutgoingMail.write(new EmailAddress("sam@example.com"), "Oldest", "Body.", clock.instant()));
        clock.advance(Duration.ofSeconds(90));
        outbox.add(OutgoingMail.write(new EmailAddress("ali@example.com"), "Newer", "Body.", clock.instant()));
        clock.advance(Duration.ofSeconds(30));

        assertThat(app.checkReadiness().details().outbox())
                .isEqualTo(new OutboxBacklog(2, Duration.ofMinutes(2), 1));
    }

    @Test
    void readiness_says_no_message_waits_when_the_outbox_is_empty() {
        assertThat(app.checkReadiness().details().outbox()).isEqualTo(new OutboxBacklog(0, Duration.ZERO, 0));
    }

    /** A message written now, which the mail server then refuses for good. */
    private OutgoingMail given_up_on(String address, String subject) {
        OutgoingMail message = OutgoingMail.write(new EmailAddress(address), subject, "Body.", clock.instant());
        outbox.add(message);
        app.mailbox().refuseForGood(true);
        app.deliverMail().deliverDue(100);
        return message;
    }

    private static Rejection rejection(Outcome<?> outcome) {
        return switch (outcome) {
            case Outcome.Rejected<?>(Rejection rejection) -> rejection;
            case Outcome.Done<?> done -> throw new AssertionError("expected a rejection, got " + done);
        };
    }

    private static Actor staff(Role role) {
        return new Actor(StaffMemberId.random(), MorecambeBay.CLINICAL_COMMISSIONING_GROUP, Set.of(role));
    }
}
