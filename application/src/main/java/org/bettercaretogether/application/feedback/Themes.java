package org.bettercaretogether.application.feedback;

import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;

import java.util.List;
import java.util.Optional;

/** The managed list of themes, in name order. */
public interface Themes {

    List<Theme> all();

    Optional<Theme> find(ThemeId id);

    /** Stores a new theme at version 1; a theme whose name (ignoring case) is taken is refused with empty. */
    Optional<Theme> add(Theme theme);

    /** Stores a changed theme if its version is the stored one; empty otherwise. */
    Optional<Theme> update(Theme theme);
}
