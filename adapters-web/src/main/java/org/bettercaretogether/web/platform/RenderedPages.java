package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Public pages kept as rendered for as long as the data they show is the very same objects. The application's read
 * cache hands out one object for each version of what it read, so the same objects mean that nothing shown has
 * changed, and a page long enough to cost more to render than to read (every change made, with the views behind
 * them) is rendered once a version instead of once a request. A page with a signed-in member of staff's navigation
 * is rendered every time; so is every page once {@value #MOST_PAGES} addresses are kept.
 */
public final class RenderedPages {

    static final int MOST_PAGES = 256;

    private final ConcurrentMap<String, Rendered> byPath = new ConcurrentHashMap<>();

    /**
     * Answers the page of {@code template} for the request's address: as last rendered, when {@code shown} are the
     * same objects (by identity) as then; otherwise rendered anew from {@code model}.
     */
    public void render(Context ctx, String template, List<?> shown, Supplier<Map<String, ?>> model) {
        if (ctx.attribute(PageContext.STAFF_NAVIGATION) != null) {
            ctx.render(template, model.get());
            return;
        }
        String path = ctx.path();
        Rendered kept = byPath.get(path);
        if (kept != null && kept.shows(shown)) {
            ctx.html(kept.html());
            return;
        }
        ctx.render(template, model.get());
        String html = ctx.result();
        if (html != null && (byPath.size() < MOST_PAGES || byPath.containsKey(path))) {
            byPath.put(path, new Rendered(List.copyOf(shown), html));
        }
    }

    private record Rendered(List<?> shown, String html) {

        boolean shows(List<?> others) {
            if (others.size() != shown.size()) {
                return false;
            }
            for (int i = 0; i < shown.size(); i++) {
                if (others.get(i) != shown.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
