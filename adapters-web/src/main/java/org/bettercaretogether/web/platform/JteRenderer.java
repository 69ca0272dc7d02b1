package org.bettercaretogether.web.platform;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the jte templates compiled at build time (jte-maven-plugin, {@code generate} goal, from
 * {@code src/main/jte}) for {@code ctx.render(name, model)}. javalin-rendering 7.x is not available, so this
 * is the small bridge. Every model gets a {@link PageContext} under the name {@code page}.
 */
final class JteRenderer implements FileRenderer {

    /** The package the jte-maven-plugin generates into; keep in step with {@code jte.package} in the pom. */
    static final String TEMPLATE_PACKAGE = "org.bettercaretogether.web.jte";

    static final String PAGE = "page";

    private final TemplateEngine engine;

    private JteRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    static JteRenderer precompiled() {
        return new JteRenderer(TemplateEngine.createPrecompiled(
                null, ContentType.Html, JteRenderer.class.getClassLoader(), TEMPLATE_PACKAGE));
    }

    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        return render(template, model, pageContext(ctx));
    }

    /** The page context of the request: its path, and the staff navigation when a member of staff is signed in. */
    static PageContext pageContext(Context ctx) {
        return new PageContext(ctx.path(), ctx.attribute(PageContext.STAFF_NAVIGATION));
    }

    String render(String template, Map<String, ?> model, PageContext page) {
        Map<String, Object> params = new HashMap<>(model);
        params.putIfAbsent(PAGE, page);
        var output = new StringOutput();
        engine.render(template, params, output);
        return output.toString();
    }
}
