package org.bettercaretogether.persistence.feedback;

import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.feedback.SubmissionReplays;
import org.bettercaretogether.application.feedback.Themes;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the feedback loop's repositories, which are not public themselves: Java lets no
 * other package construct them. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class FeedbackStore {

    private FeedbackStore() {
    }

    /** The views received, with their themes and history, kept in PostgreSQL through {@code dsl}. */
    public static FeedbackLog feedbackLog(DSLContext dsl) {
        return new JooqFeedbackLog(dsl);
    }

    /** The managed list of themes kept in PostgreSQL through {@code dsl}. */
    public static Themes themes(DSLContext dsl) {
        return new JooqThemes(dsl);
    }

    /** The answers kept for retried submissions, in PostgreSQL through {@code dsl}. */
    public static SubmissionReplays submissionReplays(DSLContext dsl) {
        return new JooqSubmissionReplays(dsl);
    }
}
