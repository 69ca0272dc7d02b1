package org.bettercaretogether.application.mail;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Require;

import java.time.Instant;
import java.util.UUID;

/**
 * A message waiting in the outbox: to whom, what it says, when it was written, how many times sending it failed,
 * and when to try next. Its {@link #toString()} shows neither the address nor the words.
 */
public record OutgoingMail(UUID id, EmailAddress to, String subject, String body, Instant createdAt, int attempts,
                           Instant dueAt) {

    public OutgoingMail {
        Require.present(id, "id");
        Require.present(to, "to");
        subject = Require.text(subject, "subject", 200);
        body = Require.text(body, "body", 20_000);
        Require.present(createdAt, "createdAt");
        Require.present(dueAt, "dueAt");
    }

    public static OutgoingMail write(EmailAddress to, String subject, String body, Instant now) {
        return new OutgoingMail(UUID.randomUUID(), to, subject, body, now, 0, now);
    }

    @Override
    public String toString() {
        return "OutgoingMail[" + id + ", attempts=" + attempts + "]";
    }
}
