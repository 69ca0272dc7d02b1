package org.bettercaretogether.web.platform;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Public answers (pages and JSON) kept as written for as long as the data they show is the very same objects. The
 * application's read cache hands out one object for each version of what it read, so the same objects mean that
 * nothing shown has changed, and an answer long enough to cost more to write than to read (every change made, with
 * the views behind them) is written once a version instead of once a request. An answer is kept by its address
 * alone, so it is for addresses whose answer depends on nothing else (no query string, no signed-in person). A page
 * with a signed-in member of staff's navigation is rendered every time; so is every answer once {@value #MOST_ANSWERS}
 * addresses are kept.
 */
public final class RenderedAnswers {

    static final int MOST_ANSWERS = 256;

    private final ConcurrentMap<String, Rendered> byPath = new ConcurrentHashMap<>();

    /**
     * Answers the page of {@code template} for the request's address: as last rendered, when {@code shown} are the
     * same objects (by identity) as then; otherwise rendered anew from {@code model}.
     */
    public void page(Context ctx, String template, List<?> shown, Supplier<Map<String, ?>> model) {
        if (ctx.attribute(PageContext.STAFF_NAVIGATION) != null) {
            ctx.render(template, model.get());
            return;
        }
        Rendered kept = byPath.get(ctx.path());
        if (kept != null && kept.shows(shown)) {
            ctx.html(kept.text());
            return;
        }
        ctx.render(template, model.get());
        keep(ctx.path(), shown, ctx.result());
    }

    /**
     * Answers {@code body} as JSON for the request's address: as last written, when {@code shown} are the same objects
     * (by identity) as then; otherwise written anew.
     */
    public void json(Context ctx, List<?> shown, Supplier<?> body) {
        Rendered kept = byPath.get(ctx.path());
        String json;
        if (kept != null && kept.shows(shown)) {
            json = kept.text();
        } else {
            Object written = body.get();
            json = ctx.jsonMapper().toJsonString(written, written.getClass());
            keep(ctx.path(), shown, json);
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(json);
    }

    private void keep(String path, List<?> shown, String text) {
        if (text != null && (byPath.size() < MOST_ANSWERS || byPath.containsKey(path))) {
            byPath.put(path, new Rendered(List.copyOf(shown), text));
        }
    }

    private record Rendered(List<?> shown, String text) {

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
