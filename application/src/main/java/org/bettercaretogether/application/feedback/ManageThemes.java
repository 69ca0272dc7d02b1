package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;

import java.util.List;

/** The managed list of themes: anyone may read it; engagement officers and administrators keep it. */
public interface ManageThemes {

    List<Theme> themes();

    Outcome<Theme> add(Actor actor, String name);

    /** Takes a theme out of use (it stays on the views already tagged) or back into use. */
    Outcome<Theme> setInUse(Actor actor, ThemeId id, long version, boolean inUse);
}
