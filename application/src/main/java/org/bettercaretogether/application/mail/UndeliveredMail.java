package org.bettercaretogether.application.mail;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Require;

import java.time.Instant;
import java.util.UUID;

/**
 * A message the outbox gave up on: the mail server refused it for good, or sending it failed as many times as the
 * service tries. It stays, set aside, until an administrator sends it again or the person's data is erased. Its
 * {@link #toString()} shows neither the address nor the subject.
 *
 * @param attempts how many times sending it failed
 * @param givenUpAt when the outbox gave up on it
 * @param reason   why the last attempt failed, as the mail adapter said it (with every address taken out)
 */
public record UndeliveredMail(UUID id, EmailAddress to, String subject, Instant createdAt, int attempts,
                              Instant givenUpAt, String reason) {

    public UndeliveredMail {
        Require.present(id, "id");
        Require.present(to, "to");
        Require.present(subject, "subject");
        Require.present(createdAt, "createdAt");
        Require.present(givenUpAt, "givenUpAt");
        Require.present(reason, "reason");
    }

    @Override
    public String toString() {
        return "UndeliveredMail[" + id + ", attempts=" + attempts + "]";
    }
}
