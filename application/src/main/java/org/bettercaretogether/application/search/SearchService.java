package org.bettercaretogether.application.search;

import jakarta.inject.Inject;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.shared.KeysetCursor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.shared.UkTime;

import java.util.List;
import java.util.Optional;

/**
 * Serves search: checks the request, turns the community and days it names into what the store filters by, and reads
 * one page of results. Nothing is kept in memory: searches rarely repeat, and each costs a bounded amount of work.
 */
public final class SearchService implements SearchPublicText {

    public static final int MAXIMUM_PAGE_SIZE = 100;

    private final Transactions transactions;
    private final SearchIndex index;
    private final Communities communities;
    private final Themes themes;

    @Inject
    public SearchService(Transactions transactions, SearchIndex index, Communities communities, Themes themes) {
        this.transactions = transactions;
        this.index = index;
        this.communities = communities;
        this.themes = themes;
    }

    @Override
    public Outcome<SearchResults> search(SearchRequest request, Optional<String> cursor, int limit) {
        if (request.words().length() > MOST_CHARACTERS) {
            return Outcome.rejected(Rejection.InvalidInput.of("q", "must be " + String.format("%,d", MOST_CHARACTERS)
                    + " characters or fewer"));
        }
        if (request.from().isPresent() && request.to().isPresent() && request.from().get().isAfter(request.to().get())) {
            return Outcome.rejected(Rejection.InvalidInput.of("from", "must be on or before the last day"));
        }
        if (limit < 1 || limit > MAXIMUM_PAGE_SIZE) {
            return Outcome.rejected(Rejection.InvalidInput.of("limit", "must be from 1 to " + MAXIMUM_PAGE_SIZE));
        }
        Optional<SearchIndex.Position> after;
        try {
            after = SearchCursor.decode(cursor);
        } catch (IllegalArgumentException malformed) {
            return Outcome.rejected(KeysetCursor.malformed());
        }
        return transactions.inTransaction(() -> {
            Optional<CommunityId> community = Optional.empty();
            if (request.community().isPresent()) {
                Optional<IntegratedCareCommunity> found = communities.findBySlug(request.community().get());
                if (found.isEmpty()) {
                    return Outcome.<SearchResults>notFound("community", request.community().get());
                }
                community = found.map(IntegratedCareCommunity::id);
            }
            if (request.theme().isPresent()
                    && themes.all().stream().noneMatch(theme -> theme.id().equals(request.theme().get()))) {
                return Outcome.<SearchResults>notFound("theme", request.theme().get().value());
            }
            if (request.words().isEmpty()) {
                return Outcome.done(SearchResults.none());
            }
            SearchIndex.Criteria criteria = new SearchIndex.Criteria(request.words(), request.kinds(), community,
                    request.theme(), request.respondent(), request.from().map(UkTime::startOf),
                    request.to().map(day -> UkTime.startOf(day.plusDays(1))));
            List<SearchIndex.Found> found = index.find(criteria, after, limit + 1);
            boolean more = found.size() > limit;
            List<SearchIndex.Found> page = more ? found.subList(0, limit) : found;
            return Outcome.done(new SearchResults(page.stream().map(SearchIndex.Found::hit).toList(),
                    more ? Optional.of(SearchCursor.encode(page.getLast().position())) : Optional.empty(),
                    !found.isEmpty() && found.getFirst().narrowed()));
        });
    }
}
