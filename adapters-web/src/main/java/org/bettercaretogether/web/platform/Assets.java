package org.bettercaretogether.web.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Addresses of the static assets the layout links to. GOV.UK Frontend is served from its webjar (never a
 * CDN); its version is read from the webjar itself, so upgrading the dependency needs no change here. Our
 * own stylesheet, served from the classpath under {@value #OWN_ASSETS_PATH}, overrides the font family:
 * this service is not on GOV.UK and may not use the GDS Transport typeface.
 */
public final class Assets {

    /** Where our own static files are served. */
    public static final String OWN_ASSETS_PATH = "/assets";

    /** The classpath directory our own static files are served from. */
    static final String OWN_ASSETS_DIRECTORY = "/org/bettercaretogether/web/assets";

    private static final String GOVUK_FRONTEND_VERSION = webjarVersion("org.webjars.npm", "govuk-frontend");

    /** GOV.UK Frontend's compiled stylesheet, inside the webjar. */
    public static final String GOVUK_STYLESHEET =
            "/webjars/govuk-frontend/" + GOVUK_FRONTEND_VERSION + "/dist/govuk/govuk-frontend.min.css";

    /** GOV.UK Frontend's components, an ES module inside the webjar; {@link #GOVUK_INIT} starts them. */
    public static final String GOVUK_SCRIPT =
            "/webjars/govuk-frontend/" + GOVUK_FRONTEND_VERSION + "/dist/govuk/govuk-frontend.min.js";

    /** Marks the page as one GOV.UK Frontend's scripts will enhance; loaded first thing in the body. */
    public static final String FRONTEND_SUPPORTED = OWN_ASSETS_PATH + "/frontend-supported.js";

    /**
     * Starts GOV.UK Frontend's components. Every page works without it: the scripts only enhance (focus on the error
     * summary, live character counts, questions revealed by the answer chosen).
     */
    public static final String GOVUK_INIT = OWN_ASSETS_PATH + "/govuk-init.js";

    /** Our own stylesheet, loaded after GOV.UK Frontend's. */
    public static final String SITE_STYLESHEET = OWN_ASSETS_PATH + "/bct.css";

    private Assets() {
    }

    private static String webjarVersion(String groupId, String artifactId) {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The " + artifactId + " webjar is not on the classpath ("
                        + resource + " is missing)");
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
