package org.bettercaretogether.web.content;

import java.util.List;
import org.bettercaretogether.web.platform.Routes;

/** The route group for the content pages, for the composition of the public web server. */
public final class ContentWeb {

    private ContentWeb() {
    }

    /** {@code /accessibility}, {@code /privacy} and {@code /contact}. */
    public static List<Routes> routes() {
        return List.of(new ContentRoutes());
    }
}
