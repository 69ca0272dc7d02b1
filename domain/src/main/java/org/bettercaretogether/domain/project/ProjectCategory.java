package org.bettercaretogether.domain.project;

import org.bettercaretogether.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;

/**
 * The small list of kinds of community project, so that a person can narrow a long list to what they came for. The
 * list is the programme's, kept short on purpose; a project that fits none is "other ways to stay well".
 */
public enum ProjectCategory {
    WALKING_AND_ACTIVITY("Walking and staying active"),
    FALLS_PREVENTION("Falls prevention"),
    CARERS_SUPPORT("Support for carers"),
    LONG_TERM_CONDITIONS("Living well with a long-term condition"),
    SOCIAL_PRESCRIBING("Social prescribing"),
    COMPANY_AND_WELLBEING("Company and mental wellbeing"),
    OTHER("Other ways to stay well");

    private final String title;

    ProjectCategory(String title) {
        this.title = title;
    }

    /** The category as people read it. */
    public String title() {
        return title;
    }

    /** The category as addresses and the API write it: {@code falls-prevention}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The category whose {@link #key()} is {@code key}. */
    public static ProjectCategory ofKey(String key) {
        return Arrays.stream(values()).filter(category -> category.key().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidValueException("category", "must be one of the project categories"));
    }
}
