package org.bettercaretogether.web.standards.hsds;

import jakarta.inject.Inject;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.web.platform.FeatureRoutes;

/** The directory as Open Referral HSDS 3.0 under {@code /api/hsds/}, read from the {@code directory}. */
public final class HsdsWeb extends FeatureRoutes {

    @Inject
    public HsdsWeb(BrowseDirectory directory) {
        super(new HsdsApiRoutes(directory));
    }
}
