package org.bettercaretogether.web.privacy;

import jakarta.inject.Inject;
import org.bettercaretogether.application.privacy.EraseContributorData;
import org.bettercaretogether.application.privacy.ExportPersonalData;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * What administrators do when a person asks about their data (behind the staff gate): erasure and subject access,
 * each as pages and in the staff API.
 */
public final class PrivacyWeb extends FeatureRoutes {

    @Inject
    public PrivacyWeb(EraseContributorData erase, ExportPersonalData export) {
        super(new ErasureRoutes(erase), new ErasureApiRoutes(erase), new SubjectAccessRoutes(export),
                new SubjectAccessApiRoutes(export));
    }
}
