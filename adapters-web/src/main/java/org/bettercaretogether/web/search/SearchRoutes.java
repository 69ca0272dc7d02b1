package org.bettercaretogether.web.search;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.search.SearchKind;
import org.bettercaretogether.application.search.SearchPublicText;
import org.bettercaretogether.application.search.SearchRequest;
import org.bettercaretogether.application.search.SearchResults;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Paging;
import org.bettercaretogether.web.platform.Routes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code GET /search[?q=...&kind=...&community=...&theme=...&respondent=...&from=...&to=...][&cursor=...]}: the search
 * form and, when words were given, twenty results a page, best first. A form value that is not one, words over 1,000
 * characters or a first day after the last show the form again with an error summary (400 or 422, as the API); a
 * community or theme not known is one too (404).
 */
record SearchRoutes(SearchPublicText search, BrowseDirectory directory, ManageThemes themes) implements Routes {

    static final int PAGE_SIZE = 20;
    private static final String TEMPLATE = "search/search.jte";
    private static final List<String> FIELDS = List.of("q", "kind", "community", "theme", "respondent", "from", "to");

    @Override
    public void register(RoutesConfig routes) {
        routes.get(SearchPage.PAGE, this::page);
    }

    private void page(Context ctx) {
        SearchParameters query = SearchParameters.of(ctx);
        Optional<String> cursor = Paging.cursor(ctx).map(String::strip);
        List<FieldError> invalid = new ArrayList<>();
        Optional<SearchRequest> request = query.request(invalid);
        FormErrors errors = new FormErrors(invalid);
        SearchResults results = SearchResults.none();
        if (request.isPresent()) {
            Outcome<SearchResults> outcome = search.search(request.get(), cursor, PAGE_SIZE);
            switch (outcome) {
                case Outcome.Done<SearchResults> done -> results = done.value();
                case Outcome.Rejected<SearchResults> rejected -> {
                    errors = FormErrors.of(rejected.rejection(), Map.of(), SearchParameters.Q);
                    FormErrors.answerStatus(ctx, rejected.rejection());
                }
            }
        } else {
            ctx.status(400);
        }
        String first = SearchPage.PAGE + "?" + queryString(query);
        boolean searched = errors.isEmpty() && !query.q().isEmpty();
        ctx.render(TEMPLATE, Map.of("search", new SearchPage(query, query.kinds().isEmpty() ? "" : query.kinds().getFirst(),
                errors.inOrder(FIELDS), kinds(), communities(), themeChoices(), respondents(), searched,
                results.items().stream().map(FoundRecord::of).toList(), results.narrowed(),
                Paging.next(first, results.next()), Paging.first(first, cursor))));
    }

    private static String queryString(SearchParameters query) {
        return Stream.concat(Stream.of(Map.entry("q", query.q())),
                        Stream.concat(query.kinds().stream().map(kind -> Map.entry("kind", kind)), Stream.of(
                                Map.entry("community", query.community()), Map.entry("theme", query.theme()),
                                Map.entry("respondent", query.respondent()), Map.entry("from", query.from()),
                                Map.entry("to", query.to()))))
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static List<Choice> kinds() {
        return Arrays.stream(SearchKind.values()).map(kind -> new Choice(kind.key(), kind.title())).toList();
    }

    private List<Choice> communities() {
        return directory.communities().stream()
                .map(place -> new Choice(place.community().slug().value(), place.community().name())).toList();
    }

    private List<Choice> themeChoices() {
        return themes.themes().stream().filter(Theme::inUse)
                .map(theme -> new Choice(theme.id().value().toString(), theme.name())).toList();
    }

    private static List<Choice> respondents() {
        return Arrays.stream(ContributorRole.values())
                .map(role -> new Choice(SearchParameters.key(role), role.title())).toList();
    }
}
