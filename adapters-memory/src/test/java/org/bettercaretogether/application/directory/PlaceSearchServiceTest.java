package org.bettercaretogether.application.directory;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.domain.community.PlaceQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceSearchServiceTest {

    private final FindCommunityForPlace finder = InMemoryApplication.withReferenceData().findCommunityForPlace();

    @ParameterizedTest
    @ValueSource(strings = {"Kendal", "LA9", "la9 4ab", "Staveley"})
    void kendal_is_found_by_town_district_and_postcode(String typed) {
        assertThat(names(finder.find(PlaceQuery.parse(typed)))).containsExactly("Kendal");
    }

    @Test
    void barrow_finds_both_barrow_in_furness_communities() {
        assertThat(names(finder.find(PlaceQuery.parse("Barrow")))).containsExactly("Alfred Barrow", "Barrow Town");
    }

    @Test
    void each_match_comes_with_its_network() {
        PlaceMatches matches = finder.find(PlaceQuery.parse("PR3")).orElseThrow();
        assertThat(matches.communities()).singleElement()
                .satisfies(profile -> assertThat(profile.network().name()).isEqualTo("North Lancashire"));
    }

    @Test
    void a_place_outside_the_bay_is_not_found() {
        Outcome<PlaceMatches> outcome = finder.find(PlaceQuery.parse("Manchester"));
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, rejected ->
                assertThat(rejected.rejection()).isEqualTo(new Rejection.NotFound("community serving", "Manchester")));
    }

    private static java.util.List<String> names(Outcome<PlaceMatches> outcome) {
        return outcome.orElseThrow().communities().stream().map(profile -> profile.community().name()).toList();
    }
}
