package org.bettercaretogether.domain.follow;

import java.util.Locale;

/**
 * The news about a consultation that its followers are mailed, each once per subscription: it has opened, it closes
 * within a week, its results are published.
 */
public enum Notice {
    OPENED, CLOSING_SOON, RESULTS_PUBLISHED;

    /** The notice as stored: {@code opened}, {@code closing_soon}, {@code results_published}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
