package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.shared.Require;

/**
 * A theme from the managed list that staff tag views with (such as "travel and transport" or "waiting times"), so
 * that views can be counted by what they raise and linked to the changes they led to. A theme no longer in use is
 * kept for the views already tagged with it, but offered no more.
 */
public record Theme(ThemeId id, String name, boolean inUse, long version) {

    public Theme {
        Require.present(id, "themeId");
        name = Require.text(name, "name", 100);
        Require.version(version);
    }

    public Theme withVersion(long newVersion) {
        return new Theme(id, name, inUse, newVersion);
    }
}
