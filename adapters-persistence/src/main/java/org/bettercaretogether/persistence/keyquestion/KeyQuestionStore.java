package org.bettercaretogether.persistence.keyquestion;

import org.bettercaretogether.application.keyquestion.KeyQuestions;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the key questions' repository, which is not public itself: Java lets no other
 * package construct it. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class KeyQuestionStore {

    private KeyQuestionStore() {
    }

    /** The key questions, kept in PostgreSQL through {@code dsl}. */
    public static KeyQuestions keyQuestions(DSLContext dsl) {
        return new JooqKeyQuestions(dsl);
    }
}
