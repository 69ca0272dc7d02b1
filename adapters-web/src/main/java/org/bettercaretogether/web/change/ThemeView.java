package org.bettercaretogether.web.change;

import org.bettercaretogether.domain.feedback.Theme;

/**
 * A theme of the managed list as the staff API answers it: its id, name, whether it is offered for tagging
 * ({@code inUse}) and the {@code version} a change to it must quote.
 */
public record ThemeView(String id, String name, boolean inUse, long version) {

    static ThemeView of(Theme theme) {
        return new ThemeView(theme.id().toString(), theme.name(), theme.inUse(), theme.version());
    }

    /** A theme in use, as the public API lists it: its id and name. */
    public record Public(String id, String name) {

        static Public of(Theme theme) {
            return new Public(theme.id().toString(), theme.name());
        }
    }

    /** A new theme: {@code {"name": "Waiting times"}}. */
    public record New(String name) {
    }

    /** Taking a theme out of use, or back: {@code {"version": 1, "inUse": false}}. */
    public record Revision(Long version, Boolean inUse) {
    }
}
