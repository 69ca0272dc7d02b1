package org.bettercaretogether.application.search;

import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.shared.Slug;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a person searches for: words as they would type them into a search box (a phrase in quotes, {@code -word} to
 * leave out, {@code or}), and what to narrow the results to. The words are checked by {@link SearchPublicText}, which
 * says which rule they break; an empty set of kinds means every kind.
 *
 * @param from the first day (UK time) of the results' dates, if limited
 * @param to   the last day (UK time) of the results' dates, if limited
 */
public record SearchRequest(String words, Set<SearchKind> kinds, Optional<Slug> community, Optional<ThemeId> theme,
                            Optional<ContributorRole> respondent, Optional<LocalDate> from, Optional<LocalDate> to) {

    public SearchRequest {
        words = words == null ? "" : words.strip();
        kinds = Set.copyOf(kinds);
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** A search for {@code words} over everything. */
    public static SearchRequest of(String words) {
        return new SearchRequest(words, Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
