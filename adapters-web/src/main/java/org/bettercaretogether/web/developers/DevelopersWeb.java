package org.bettercaretogether.web.developers;

import jakarta.inject.Inject;
import org.bettercaretogether.web.platform.FeatureRoutes;

/** The API reference: {@code /openapi.json} and {@code /developers}. It calls no use case. */
public final class DevelopersWeb extends FeatureRoutes {

    @Inject
    public DevelopersWeb() {
        super(new ApiReferenceRoutes(ApiDocument.load()));
    }
}
