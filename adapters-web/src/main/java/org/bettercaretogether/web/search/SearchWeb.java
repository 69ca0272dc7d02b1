package org.bettercaretogether.web.search;

import jakarta.inject.Inject;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.search.SearchPublicText;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * Search: the page and the API over {@code search}; {@code directory} and {@code themes} give the communities and
 * themes the page offers to narrow the results to.
 */
public final class SearchWeb extends FeatureRoutes {

    @Inject
    public SearchWeb(SearchPublicText search, BrowseDirectory directory, ManageThemes themes) {
        super(new SearchRoutes(search, directory, themes), new SearchApiRoutes(search));
    }
}
