package org.bettercaretogether.web.change;

import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.web.platform.ManagedList;

/**
 * A theme of the managed list as the staff API answers it: its id, name, whether it is offered for tagging
 * ({@code inUse}) and the {@code version} a change to it must quote. The API's requests are
 * {@link ManagedList.New} and {@link ManagedList.Revision}.
 */
public record ThemeJson(String id, String name, boolean inUse, long version) implements ManagedList.View {

    static ThemeJson of(Theme theme) {
        return new ThemeJson(theme.id().toString(), theme.name(), theme.inUse(), theme.version());
    }

    /** A theme in use, as the public API lists it: its id and name. */
    public record Public(String id, String name) {

        static Public of(Theme theme) {
            return new Public(theme.id().toString(), theme.name());
        }
    }
}
