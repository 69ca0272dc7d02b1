package org.bettercaretogether.web.directory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.bettercaretogether.application.directory.FindCommunityForPlace;
import org.bettercaretogether.application.directory.PlaceMatches;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.community.PlaceQuery;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.web.platform.Routes;

/**
 * Finding a community: {@code GET /find?place=...} (the home page's form), as the API finds it
 * ({@code GET /api/v1/places/{query}}, {@link DirectoryApiRoutes}).
 *
 * <p>The API leaves every failure to the error handling: a place that cannot be one is a 400 naming the
 * field, no match a 404. The page answers both itself, because a person needs the form back: an invalid place
 * is a 400 with the error summary and the value kept, no match a 200 that says so and suggests what to try.
 */
record PlaceRoutes(FindCommunityForPlace places) implements Routes {

    static final String PAGE = "/find";
    static final String FIELD = "place";
    private static final String TEMPLATE = "place/find.jte";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGE, this::page);
    }

    private void page(Context ctx) {
        String place = ctx.queryParam(FIELD);
        if (place == null) {
            render(ctx, FindPage.start());
            return;
        }
        PlaceQuery query;
        try {
            query = PlaceQuery.parse(place);
        } catch (InvalidValueException notAPlace) {
            ctx.status(400);
            render(ctx, FindPage.invalid(place, whatToDo(place)));
            return;
        }
        switch (places.find(query)) {
            case Outcome.Done<PlaceMatches> done -> render(ctx, FindPage.found(place, PlaceMatchesJson.of(done.value())));
            case Outcome.Rejected<PlaceMatches>(Rejection.NotFound ignored) -> render(ctx, FindPage.noneFor(place));
            case Outcome.Rejected<PlaceMatches>(Rejection other) -> throw new RejectedException(other);
        }
    }

    /** GOV.UK-style error messages: say what to do, in the words of the form. */
    private static String whatToDo(String place) {
        if (place.isBlank()) {
            return "Enter a town or a postcode";
        }
        if (place.strip().length() > PlaceQuery.MAX_LENGTH) {
            return "Town or postcode must be " + PlaceQuery.MAX_LENGTH + " characters or fewer";
        }
        return "Enter a town, such as Kendal, or a postcode, such as LA9 4AB";
    }

    private static void render(Context ctx, FindPage page) {
        ctx.render(TEMPLATE, Map.of("find", page));
    }
}
