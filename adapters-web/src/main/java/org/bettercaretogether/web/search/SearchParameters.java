package org.bettercaretogether.web.search;

import io.javalin.http.Context;
import org.bettercaretogether.application.search.SearchKind;
import org.bettercaretogether.application.search.SearchRequest;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The query of a search, as the page's form and the API send it: {@code q} (the words), {@code kind} (repeatable:
 * {@code view}, {@code change}, {@code key-question}, {@code priority}, {@code meeting}), {@code community} (a
 * slug), {@code theme} (a theme's id), {@code respondent} ({@code patient}, {@code member-of-public}...), {@code from}
 * and {@code to} (days, {@code 2026-03-31}). Each value as given, to show the form again, and the request they make,
 * or the fields at fault.
 */
public record SearchParameters(String q, List<String> kinds, String community, String theme, String respondent, String from,
                        String to) {

    static final String Q = "q";

    static SearchParameters of(Context ctx) {
        return new SearchParameters(value(ctx, Q), ctx.queryParams("kind").stream().map(String::strip)
                .filter(kind -> !kind.isEmpty()).toList(), value(ctx, "community"), value(ctx, "theme"),
                value(ctx, "respondent"), value(ctx, "from"), value(ctx, "to"));
    }

    private static String value(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    /** How a request names who gave a view: {@code MEMBER_OF_PUBLIC} is {@code member-of-public}. */
    static String key(ContributorRole role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The request these values make; empty, with {@code errors} filled, when one of them is not one. */
    Optional<SearchRequest> request(List<FieldError> errors) {
        Set<SearchKind> chosen = EnumSet.noneOf(SearchKind.class);
        for (String kind : kinds) {
            SearchKind.byKey(kind).ifPresentOrElse(chosen::add, () -> errors.add(new FieldError("kind",
                    "Kind must be one of " + String.join(", ", Arrays.stream(SearchKind.values()).map(SearchKind::key)
                            .toList()))));
        }
        Optional<Slug> slug = parse(community, "community", errors, text -> {
            try {
                return new Slug(text);
            } catch (InvalidValueException notSlug) {
                throw new IllegalArgumentException(notSlug);
            }
        }, "Community must be the address of a community, such as kendal");
        Optional<ThemeId> themeId = parse(theme, "theme", errors, text -> new ThemeId(UUID.fromString(text)),
                "Theme must be the id of a theme");
        Optional<ContributorRole> role = parse(respondent, "respondent", errors,
                text -> Arrays.stream(ContributorRole.values()).filter(r -> key(r).equals(text)).findFirst()
                        .orElseThrow(IllegalArgumentException::new),
                "Respondent must be one of " + String.join(", ", Arrays.stream(ContributorRole.values())
                        .map(SearchParameters::key).toList()));
        Optional<LocalDate> first = parse(from, "from", errors, LocalDate::parse,
                "From must be a date, such as 2026-03-31");
        Optional<LocalDate> last = parse(to, "to", errors, LocalDate::parse, "To must be a date, such as 2026-03-31");
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SearchRequest(q, chosen, slug, themeId, role, first, last));
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> Optional<T> parse(String text, String field, List<FieldError> errors, Parser<T> parser,
                                         String message) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(text));
        } catch (IllegalArgumentException | DateTimeParseException notOne) {
            errors.add(new FieldError(field, message));
            return Optional.empty();
        }
    }
}
