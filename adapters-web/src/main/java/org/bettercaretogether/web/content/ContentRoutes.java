package org.bettercaretogether.web.content;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import org.bettercaretogether.web.platform.Routes;

/**
 * The three content pages, each a template; the privacy notice is given how long things are kept, in words, and the
 * others nothing. The wording lives in the templates ({@code content/*.jte}) rather than here, so that whoever edits
 * what the pages say edits one file.
 */
record ContentRoutes(PrivacyNotice notice) implements Routes {

    static final String ACCESSIBILITY = "/accessibility";
    static final String PRIVACY = "/privacy";
    static final String CONTACT = "/contact";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ACCESSIBILITY, ctx -> ctx.render("content/accessibility.jte", Map.of()));
        routes.get(PRIVACY, ctx -> ctx.render("content/privacy.jte", Map.of("kept", notice)));
        routes.get(CONTACT, ctx -> ctx.render("content/contact.jte", Map.of()));
    }
}
