package org.bettercaretogether.application.search;

import java.util.List;
import java.util.Optional;

/**
 * A page of search results, best first, with the cursor of the next page (absent on the last).
 *
 * @param narrowed true when more records match than are ranked ({@link SearchIndex#MOST_RANKED}): the results are
 *                 the best of the newest matches, and more words or a filter would find older ones
 */
public record SearchResults(List<SearchHit> items, Optional<String> next, boolean narrowed) {

    public SearchResults {
        items = List.copyOf(items);
    }

    /** No results: what a search for nothing finds. */
    public static SearchResults none() {
        return new SearchResults(List.of(), Optional.empty(), false);
    }
}
