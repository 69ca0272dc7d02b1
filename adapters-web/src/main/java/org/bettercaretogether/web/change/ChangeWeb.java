package org.bettercaretogether.web.change;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.change.RecordChangeMade;
import org.bettercaretogether.application.change.YouSaidWeDid;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.web.platform.Routes;

/** "You said, we did" and the managed list of themes: their route groups, for the composition of the web server. */
public final class ChangeWeb {

    private ChangeWeb() {
    }

    /**
     * The public "you said, we did" pages and API (read from {@code youSaidWeDid}, with names from
     * {@code directory}) and the public list of themes; and, behind the staff gate, recording changes made through
     * {@code record} (dated by {@code clock}, UK time) and keeping the list of themes through {@code themes}.
     */
    public static List<Routes> routes(RecordChangeMade record, YouSaidWeDid youSaidWeDid, ManageThemes themes,
                                      BrowseDirectory directory, Clock clock) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(youSaidWeDid, "youSaidWeDid");
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(clock, "clock");
        return List.of(
                new YouSaidWeDidRoutes(youSaidWeDid, themes, directory),
                new ChangeRoutes(record, themes, directory, clock),
                new ThemeRoutes(themes));
    }
}
