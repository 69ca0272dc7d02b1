package org.bettercaretogether.application.mail;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Require;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A message waiting in the outbox: to whom, what it says, when it was written, how many times sending it failed,
 * and when to try next; and, for a message a subscription brings, the address that ends the subscription in one click
 * (sent as its {@code List-Unsubscribe} header, RFC 8058). Its {@link #toString()} shows neither the address nor the
 * words.
 */
public record OutgoingMail(UUID id, EmailAddress to, String subject, String body, Instant createdAt, int attempts,
                           Instant dueAt, Optional<URI> unsubscribe) {

    public OutgoingMail {
        Require.present(id, "id");
        Require.present(to, "to");
        subject = Require.text(subject, "subject", 200);
        body = Require.text(body, "body", 20_000);
        Require.present(createdAt, "createdAt");
        Require.present(dueAt, "dueAt");
        Require.present(unsubscribe, "unsubscribe");
        if (unsubscribe.isPresent() && !"https".equals(unsubscribe.get().getScheme())
                && !"http".equals(unsubscribe.get().getScheme())) {
            throw new IllegalArgumentException("an unsubscribe address must be an http or https address");
        }
    }

    /** A message that belongs to no subscription. */
    public OutgoingMail(UUID id, EmailAddress to, String subject, String body, Instant createdAt, int attempts,
                        Instant dueAt) {
        this(id, to, subject, body, createdAt, attempts, dueAt, Optional.empty());
    }

    public static OutgoingMail write(EmailAddress to, String subject, String body, Instant now) {
        return new OutgoingMail(UUID.randomUUID(), to, subject, body, now, 0, now);
    }

    /** The same message, ended in one click at {@code address}. */
    public OutgoingMail unsubscribedAt(URI address) {
        return new OutgoingMail(id, to, subject, body, createdAt, attempts, dueAt, Optional.of(address));
    }

    @Override
    public String toString() {
        return "OutgoingMail[" + id + ", attempts=" + attempts + "]";
    }
}
