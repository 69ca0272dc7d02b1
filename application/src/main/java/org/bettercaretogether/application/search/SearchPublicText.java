package org.bettercaretogether.application.search;

import org.bettercaretogether.application.shared.Outcome;

import java.util.Optional;

/** Searching what the programme has made public, as anyone may. */
public interface SearchPublicText {

    /** The longest search, in characters. */
    int MOST_CHARACTERS = 1_000;

    /**
     * A page of what matches {@code request}, best first among the newest matches, after the position {@code cursor}
     * names. Words that hold nothing to search for (only quotes, only words too common to index) find nothing.
     * Refused: words longer than {@link #MOST_CHARACTERS}, a first day after the last, a limit out of 1 to 100, a
     * cursor this service did not give (invalid input); a community not known (not found).
     */
    Outcome<SearchResults> search(SearchRequest request, Optional<String> cursor, int limit);
}
