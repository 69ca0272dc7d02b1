package org.bettercaretogether.web.project;

import io.javalin.http.Context;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.directory.FindCommunityForPlace;
import org.bettercaretogether.application.directory.PlaceMatches;
import org.bettercaretogether.application.project.ProjectSearch;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.PlaceQuery;
import org.bettercaretogether.domain.project.ProjectCategory;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person narrows the list of projects to, as the page's form and the API's query both say it: {@code near}
 * (a town or postcode district, found by the directory's place finder), {@code community} (a community's slug),
 * {@code category} (a {@link ProjectCategory#key()}), {@code day} ({@code monday}...) and {@code free} ({@code true}).
 * Each may be left out; {@link #search} finds every problem at once, each against its parameter.
 */
public record ProjectFilters(String near, String community, String category, String day, boolean free) {

    static final String NEAR = "near";
    static final String COMMUNITY = "community";
    static final String CATEGORY = "category";
    static final String DAY = "day";
    static final String FREE = "free";

    /** The filters in the order the form shows them, as the error summary lists their errors. */
    static final List<String> FIELDS = List.of(NEAR, COMMUNITY, CATEGORY, DAY, FREE);

    static ProjectFilters read(Context ctx) {
        return new ProjectFilters(text(ctx, NEAR), text(ctx, COMMUNITY), text(ctx, CATEGORY), text(ctx, DAY),
                "true".equals(text(ctx, FREE)));
    }

    /** The same filters with the community fixed, as on a community's own list. */
    ProjectFilters inCommunity(String slug) {
        return new ProjectFilters(near, slug, category, day, free);
    }

    /** Whether any filter is set. */
    public boolean any() {
        return !near.isEmpty() || !community.isEmpty() || !category.isEmpty() || !day.isEmpty() || free;
    }

    /** What was found for the filters: the search, and the communities a place given was found in. */
    record Chosen(ProjectSearch search, List<String> nearCommunities) {
    }

    /** The search these filters ask for, or every problem with them. */
    Outcome<Chosen> search(BrowseDirectory directory, FindCommunityForPlace places) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<CommunityId> communities = new HashSet<>();
        List<String> nearCommunities = new ArrayList<>();
        if (!near.isEmpty()) {
            nearby(places, problems).ifPresent(found -> {
                found.communities().forEach(profile -> communities.add(profile.community().id()));
                found.communities().forEach(profile -> nearCommunities.add(profile.community().name()));
            });
        }
        if (!community.isEmpty()) {
            Optional<CommunityProfile> chosen = chosenCommunity(directory);
            if (chosen.isEmpty()) {
                problems.add(new FieldProblem(COMMUNITY, "Select a community from the list"));
            } else if (!near.isEmpty() && !communities.isEmpty()
                    && !communities.contains(chosen.get().community().id())) {
                problems.add(new FieldProblem(NEAR, near + " is not served by " + chosen.get().community().name()
                        + ": leave out the place or choose another community"));
            } else {
                communities.clear();
                communities.add(chosen.get().community().id());
            }
        }
        Optional<ProjectCategory> kind = Optional.empty();
        if (!category.isEmpty()) {
            try {
                kind = Optional.of(ProjectCategory.ofKey(category));
            } catch (InvalidValueException unknown) {
                problems.add(new FieldProblem(CATEGORY, "Select a kind of project from the list"));
            }
        }
        Optional<DayOfWeek> weekday = Optional.empty();
        if (!day.isEmpty()) {
            try {
                weekday = Optional.of(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem(DAY, "Select a day of the week from the list"));
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.rejected(new Rejection.InvalidInput(problems));
        }
        return Outcome.done(new Chosen(new ProjectSearch(communities, kind, weekday, free), nearCommunities));
    }

    private Optional<PlaceMatches> nearby(FindCommunityForPlace places, List<FieldProblem> problems) {
        PlaceQuery query;
        try {
            query = PlaceQuery.parse(near);
        } catch (InvalidValueException notAPlace) {
            problems.add(new FieldProblem(NEAR, "Enter a town, such as Kendal, or a postcode district, such as LA9"));
            return Optional.empty();
        }
        return switch (places.find(query)) {
            case Outcome.Done<PlaceMatches>(PlaceMatches found) -> Optional.of(found);
            case Outcome.Rejected<PlaceMatches> none -> {
                problems.add(new FieldProblem(NEAR, "No Integrated Care Community serves " + near
                        + ": try a nearby town, or the first half of your postcode, such as LA9"));
                yield Optional.empty();
            }
        };
    }

    private Optional<CommunityProfile> chosenCommunity(BrowseDirectory directory) {
        try {
            return switch (directory.community(new Slug(community))) {
                case Outcome.Done<CommunityProfile>(CommunityProfile found) -> Optional.of(found);
                case Outcome.Rejected<CommunityProfile> none -> Optional.empty();
            };
        } catch (InvalidValueException notASlug) {
            return Optional.empty();
        }
    }

    /** The query string that asks for these filters again ("near=LA9&amp;free=true"), for the next page's link. */
    String query() {
        List<String> parts = new ArrayList<>();
        add(parts, NEAR, near);
        add(parts, COMMUNITY, community);
        add(parts, CATEGORY, category);
        add(parts, DAY, day);
        if (free) {
            parts.add(FREE + "=true");
        }
        return parts.stream().collect(Collectors.joining("&"));
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isEmpty()) {
            parts.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }
}
