package org.bettercaretogether.web.change;

import jakarta.inject.Inject;
import java.time.Clock;
import org.bettercaretogether.application.change.RecordChangeMade;
import org.bettercaretogether.application.change.YouSaidWeDid;
import org.bettercaretogether.application.consultation.BrowseConsultations;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.web.platform.FeatureRoutes;
import org.bettercaretogether.web.platform.ManagedList;
import org.bettercaretogether.web.platform.ManagedListApiRoutes;
import org.bettercaretogether.web.platform.ManagedListRoutes;

/**
 * "You said, we did" and the managed list of themes: the public pages and API (read from {@code youSaidWeDid}, with
 * names from {@code directory}) and the public list of themes; and, behind the staff gate, recording changes made
 * through {@code record} (dated by {@code clock}, UK time; each may name one of the {@code consultations} it came
 * from) and keeping the list of themes through {@code themes}.
 */
public final class ChangeWeb extends FeatureRoutes {

    @Inject
    public ChangeWeb(RecordChangeMade record, YouSaidWeDid youSaidWeDid, ManageThemes themes,
                     BrowseDirectory directory, BrowseConsultations consultations, Clock clock) {
        this(record, youSaidWeDid, themes, directory, consultations, clock, ThemeList.of(themes));
    }

    private ChangeWeb(RecordChangeMade record, YouSaidWeDid youSaidWeDid, ManageThemes themes,
                      BrowseDirectory directory, BrowseConsultations consultations, Clock clock,
                      ManagedList<Theme, ThemeId> themeList) {
        super(new YouSaidWeDidRoutes(youSaidWeDid, directory),
                new YouSaidWeDidApiRoutes(youSaidWeDid, themes),
                new ChangeRoutes(record, themes, directory, consultations, clock),
                new ChangeApiRoutes(record, themes, clock),
                new ManagedListRoutes<>(themeList),
                new ManagedListApiRoutes<>(themeList));
    }
}
