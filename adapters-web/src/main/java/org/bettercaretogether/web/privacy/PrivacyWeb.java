package org.bettercaretogether.web.privacy;

import jakarta.inject.Inject;
import org.bettercaretogether.application.privacy.EraseContributorData;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * What administrators do when a person asks about their data (behind the staff gate): erasure, as pages and in the
 * staff API.
 */
public final class PrivacyWeb extends FeatureRoutes {

    @Inject
    public PrivacyWeb(EraseContributorData erase) {
        super(new ErasureRoutes(erase), new ErasureApiRoutes(erase));
    }
}
