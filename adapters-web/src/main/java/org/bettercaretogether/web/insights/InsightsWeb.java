package org.bettercaretogether.web.insights;

import jakarta.inject.Inject;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.insights.ReadInsights;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * Insights: the page, its CSV files and the API over {@code insights}; {@code directory} and {@code themes} give the
 * communities, networks, workstreams and themes the page offers as filters.
 */
public final class InsightsWeb extends FeatureRoutes {

    @Inject
    public InsightsWeb(ReadInsights insights, BrowseDirectory directory, ManageThemes themes) {
        super(new InsightsRoutes(insights, directory, themes), new InsightsApiRoutes(insights));
    }
}
