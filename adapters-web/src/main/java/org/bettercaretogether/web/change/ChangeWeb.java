package org.bettercaretogether.web.change;

import jakarta.inject.Inject;
import java.time.Clock;
import org.bettercaretogether.application.change.RecordChangeMade;
import org.bettercaretogether.application.change.YouSaidWeDid;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * "You said, we did" and the managed list of themes: the public pages and API (read from {@code youSaidWeDid}, with
 * names from {@code directory}) and the public list of themes; and, behind the staff gate, recording changes made
 * through {@code record} (dated by {@code clock}, UK time) and keeping the list of themes through {@code themes}.
 */
public final class ChangeWeb extends FeatureRoutes {

    @Inject
    public ChangeWeb(RecordChangeMade record, YouSaidWeDid youSaidWeDid, ManageThemes themes,
                     BrowseDirectory directory, Clock clock) {
        super(new YouSaidWeDidRoutes(youSaidWeDid, themes, directory),
                new ChangeRoutes(record, themes, directory, clock),
                new ThemeRoutes(themes));
    }
}
