package org.bettercaretogether.web.opendata;

import jakarta.inject.Inject;
import org.bettercaretogether.web.platform.FeatureRoutes;

/** Open data: the downloads page, the data dictionary and the files of the newest edition on {@code shelf}. */
public final class OpenDataWeb extends FeatureRoutes {

    @Inject
    public OpenDataWeb(OpenDataShelf shelf) {
        super(new OpenDataRoutes(shelf));
    }
}
