package org.bettercaretogether.persistence.mail;

import org.bettercaretogether.application.mail.Outbox;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the outbox, which is not public itself: Java lets no other package construct
 * it. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class MailStore {

    private MailStore() {
    }

    /** The outbox of mail to the public, kept in PostgreSQL through {@code dsl}. */
    public static Outbox outbox(DSLContext dsl) {
        return new JooqOutbox(dsl);
    }
}
