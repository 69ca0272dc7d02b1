package org.bettercaretogether.web.content;

import jakarta.inject.Inject;
import org.bettercaretogether.web.platform.FeatureRoutes;

/** The content pages: {@code /accessibility}, {@code /privacy} and {@code /contact}. */
public final class ContentWeb extends FeatureRoutes {

    @Inject
    public ContentWeb() {
        super(new ContentRoutes());
    }
}
