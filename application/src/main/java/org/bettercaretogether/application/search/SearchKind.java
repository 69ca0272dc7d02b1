package org.bettercaretogether.application.search;

import java.util.Arrays;
import java.util.Optional;

/** What a search result is: the kinds of public record search finds, each with the key a request names it by. */
public enum SearchKind {
    VIEW("view", "View"),
    CHANGE("change", "Change made"),
    KEY_QUESTION("key-question", "Key question"),
    PRIORITY("priority", "Local priority"),
    MEETING("meeting", "Public meeting"),
    PROJECT("project", "Community project");

    private final String key;
    private final String title;

    SearchKind(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** How a request names it, as in {@code ?kind=key-question}. */
    public String key() {
        return key;
    }

    /** How a person reads it. */
    public String title() {
        return title;
    }

    /** The kind a request names, if it names one. */
    public static Optional<SearchKind> byKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }
}
