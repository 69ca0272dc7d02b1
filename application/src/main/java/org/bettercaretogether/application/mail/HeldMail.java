package org.bettercaretogether.application.mail;

import org.bettercaretogether.domain.shared.Require;

import java.time.Instant;
import java.util.Optional;

/**
 * A message the outbox still holds for a person: waiting to be sent, or given up on and kept for administrators (then
 * with when it was given up on). Its {@link #toString()} shows neither the address nor the words.
 */
public record HeldMail(OutgoingMail mail, Optional<Instant> givenUpAt) {

    public HeldMail {
        Require.present(mail, "mail");
        Require.present(givenUpAt, "givenUpAt");
    }

    @Override
    public String toString() {
        return "HeldMail[" + mail.id() + (givenUpAt.isPresent() ? ", given up" : ", waiting") + "]";
    }
}
