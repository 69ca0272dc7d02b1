package org.bettercaretogether.application.search;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.ThemeId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The words of everything public, as the store keeps them for search: only published views (their published text and
 * answer) and the records public once they exist (changes made, key questions, priorities, meetings), kept in step
 * with them as they change, in the same transaction. Nothing else can be found through it.
 */
public interface SearchIndex {

    /**
     * How many of the newest matches are ranked at most: a word found in half a million views is ranked among the
     * newest of them, so every search costs about the same.
     */
    int MOST_RANKED = 1_000;

    /**
     * What to find: the {@code words} as typed (stemmed in English by the store), narrowed to the kinds given (all when
     * none), a community, a theme, who gave a view, and dates from {@code from} and before {@code before}.
     */
    record Criteria(String words, Set<SearchKind> kinds, Optional<CommunityId> community, Optional<ThemeId> theme,
                    Optional<ContributorRole> respondent, Optional<Instant> from, Optional<Instant> before) {
        public Criteria {
            kinds = Set.copyOf(kinds);
        }
    }

    /** Where a result stands in the order of results: best score first, then newest, then by id. */
    record Position(int score, Instant dated, UUID id) {
    }

    /** A result and its position, from which the next page starts. */
    record Found(SearchHit hit, Position position, boolean narrowed) {
    }

    /**
     * At most {@code limit} results of {@code criteria} after {@code after}, best first among the {@link #MOST_RANKED}
     * newest matches; each says whether more matched than were ranked.
     */
    List<Found> find(Criteria criteria, Optional<Position> after, int limit);
}
