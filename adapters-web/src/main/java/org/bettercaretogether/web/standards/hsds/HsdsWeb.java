package org.bettercaretogether.web.standards.hsds;

import jakarta.inject.Inject;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.project.BrowseProjects;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * The directory as Open Referral HSDS 3.0 under {@code /api/hsds/}, read from the {@code directory}, with the listed
 * community {@code projects} as services.
 */
public final class HsdsWeb extends FeatureRoutes {

    @Inject
    public HsdsWeb(BrowseDirectory directory, BrowseProjects projects) {
        super(new HsdsApiRoutes(directory, projects));
    }
}
