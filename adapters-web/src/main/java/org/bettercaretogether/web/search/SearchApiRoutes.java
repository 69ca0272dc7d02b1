package org.bettercaretogether.web.search;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.search.SearchPublicText;
import org.bettercaretogether.application.search.SearchRequest;
import org.bettercaretogether.application.search.SearchResults;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.Paging;
import org.bettercaretogether.web.platform.Routes;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/v1/search?q=...[&kind=view&kind=change][&community=kendal][&theme=...][&respondent=patient]
 * [&from=2026-01-01][&to=2026-03-31][&cursor=...][&limit=20]}: the results, best first,
 * {@code {"items": [...], "next": "...", "narrowed": false}}, each with its passages as escaped HTML whose only markup
 * is {@code <mark>} around the matches. A value that is not one (an unknown kind, a date that is not a date) is 400;
 * words over 1,000 characters, a first day after the last, a cursor this service did not give or a limit out of range
 * are refused by the use case (422); an unknown community or theme is 404.
 */
record SearchApiRoutes(SearchPublicText search) implements Routes {

    static final String API = "/api/v1/search";
    static final int DEFAULT_LIMIT = 20;

    /** A page of results; {@code next} is absent on the last page. */
    record ResultsJson(List<FoundRecord> items, String next, boolean narrowed) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API, this::search);
    }

    private void search(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        SearchRequest request = SearchParameters.of(ctx).request(errors)
                .orElseThrow(() -> HttpProblem.invalidFields(errors));
        SearchResults results = search.search(request, Paging.cursor(ctx).map(String::strip),
                Paging.limit(ctx, DEFAULT_LIMIT)).orElseThrow();
        ctx.json(new ResultsJson(results.items().stream().map(FoundRecord::of).toList(), results.next().orElse(null),
                results.narrowed()));
    }
}
