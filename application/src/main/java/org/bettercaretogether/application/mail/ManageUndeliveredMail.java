package org.bettercaretogether.application.mail;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;

import java.util.Optional;
import java.util.UUID;

/**
 * Administrators see the messages the outbox gave up on, and send one again once what stopped it is put right (an
 * address corrected at the mail server, the server back). Sending again is recorded in the audit log.
 */
public interface ManageUndeliveredMail {

    int MAXIMUM_PAGE_SIZE = 200;

    /** A page of the undelivered messages, the ones given up on last first; a malformed cursor is invalid input. */
    Outcome<UndeliveredPage> undelivered(Actor actor, Optional<String> cursor, int pageSize);

    /**
     * Puts an undelivered message back in the outbox, due at once and with all its attempts before it; answers it as
     * it was. Not found when no undelivered message has that id (sent meanwhile, erased, or sent again already).
     */
    Outcome<UndeliveredMail> sendAgain(Actor actor, UUID id);
}
