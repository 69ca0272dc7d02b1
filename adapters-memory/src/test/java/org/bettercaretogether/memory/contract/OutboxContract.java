package org.bettercaretogether.memory.contract;

import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.mail.UndeliveredMail;
import org.bettercaretogether.application.privacy.ExpiredRecords;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail {@link Outbox}: a message due is claimed by one delivery at a time, leaves once sent, waits again after a
 * failure, and is set aside when given up on, until sent again or removed ({@link ExpiredRecords}) past its time.
 */
public abstract class OutboxContract extends PortContract {

    private static final EmailAddress RESIDENT = new EmailAddress("resident@example.org");

    @Test
    void a_message_due_is_claimed_once_while_its_claim_lasts_and_leaves_once_sent() {
        Outbox outbox = port(Outbox.class);
        OutgoingMail mail = OutgoingMail.write(RESIDENT, "Your view", "Thank you.", MONDAY);
        outbox.add(mail);

        List<OutgoingMail> claimed = outbox.claimDue(at(1), 10, at(6));
        List<OutgoingMail> claimedAgain = outbox.claimDue(at(2), 10, at(7));
        outbox.sent(mail.id());

        assertThat(claimed).extracting(OutgoingMail::id).containsExactly(mail.id());
        assertThat(claimedAgain).as("claimed while the first claim lasts").isEmpty();
        assertThat(outbox.waiting()).isZero();
        assertThat(outbox.claimDue(at(10), 10, at(15))).isEmpty();
    }

    @Test
    void a_message_that_failed_waits_until_it_is_due_again() {
        Outbox outbox = port(Outbox.class);
        OutgoingMail mail = OutgoingMail.write(RESIDENT, "Your view", "Thank you.", MONDAY);
        outbox.add(mail);
        outbox.claimDue(at(1), 10, at(6));

        outbox.failed(mail.id(), 1, at(30), "the server said no");

        assertThat(outbox.claimDue(at(20), 10, at(25))).isEmpty();
        assertThat(outbox.claimDue(at(31), 10, at(36))).singleElement()
                .satisfies(again -> assertThat(again.attempts()).isEqualTo(1));
    }

    @Test
    void a_message_given_up_on_is_set_aside_until_sent_again_and_removed_once_past_its_time() {
        Outbox outbox = port(Outbox.class);
        OutgoingMail kept = OutgoingMail.write(RESIDENT, "Kept", "Sent again later.", MONDAY);
        OutgoingMail old = OutgoingMail.write(RESIDENT, "Old", "Given up on long ago.", MONDAY);
        outbox.addAll(List.of(kept, old));
        outbox.claimDue(at(1), 10, at(6));
        outbox.giveUp(old.id(), 8, at(2), "no such mailbox");
        outbox.giveUp(kept.id(), 8, at(60), "no such mailbox");

        assertThat(outbox.undelivered(Optional.empty(), 10)).extracting(UndeliveredMail::id)
                .containsExactlyInAnyOrder(kept.id(), old.id());
        assertThat(outbox.sendAgain(kept.id(), at(61))).isPresent();
        int removed = transactions().inTransaction(() ->
                port(ExpiredRecords.class).removeMailGivenUpBefore(at(30), 100));

        assertThat(removed).isEqualTo(1);
        assertThat(outbox.undelivered(Optional.empty(), 10)).isEmpty();
        assertThat(outbox.claimDue(at(62), 10, at(67))).extracting(OutgoingMail::id).containsExactly(kept.id());
    }
}
