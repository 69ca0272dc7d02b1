package org.bettercaretogether.domain.community;

import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaceQueryTest {

    private static final IntegratedCareCommunity KENDAL = community("Kendal", List.of("Kendal", "Burneside"), "LA8", "LA9");
    private static final IntegratedCareCommunity BARROW_TOWN = community("Barrow Town",
            List.of("Barrow-in-Furness", "Walney"), "LA13", "LA14");
    private static final IntegratedCareCommunity LAKES = community("Lakes",
            List.of("Bowness-on-Windermere", "Ambleside"), "LA22", "LA23");

    @ParameterizedTest
    @ValueSource(strings = {"Kendal", "kendal", "KENDAL", "  Kendal ", "Kéndal", "kendal!", "LA9", "la9", "LA9 4AB",
            "la94ab", "la9  4ab", "Burneside"})
    void kendal_is_found_by_town_district_or_postcode_however_it_is_typed(String typed) {
        assertThat(KENDAL.serves(PlaceQuery.parse(typed))).isTrue();
        assertThat(BARROW_TOWN.serves(PlaceQuery.parse(typed))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Barrow", "barrow in furness", "Barrow-in-Furness", "BARROW IN-FURNESS", "walney", "LA14"})
    void barrow_finds_the_barrow_in_furness_community(String typed) {
        assertThat(BARROW_TOWN.serves(PlaceQuery.parse(typed))).isTrue();
    }

    @Test
    void a_first_word_matches_only_whole_words() {
        assertThat(LAKES.serves(PlaceQuery.parse("Bowness"))).isTrue();
        assertThat(LAKES.serves(PlaceQuery.parse("Bow"))).isFalse();
        assertThat(LAKES.serves(PlaceQuery.parse("Windermere"))).isFalse();
    }

    @Test
    void a_community_is_found_by_its_own_name() {
        assertThat(LAKES.serves(PlaceQuery.parse("lakes"))).isTrue();
    }

    @Test
    void a_postcode_is_read_into_its_district() {
        PlaceQuery query = PlaceQuery.parse("la9 4ab");
        assertThat(query).isInstanceOfSatisfying(PlaceQuery.FullPostcode.class,
                postcode -> assertThat(postcode.postcode().toString()).isEqualTo("LA9 4AB"));
        assertThat(PlaceQuery.parse("PR3")).isInstanceOf(PlaceQuery.District.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "123", "!!!"})
    void text_that_cannot_be_a_place_is_refused(String typed) {
        assertThatThrownBy(() -> PlaceQuery.parse(typed)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("place");
    }

    @Test
    void an_overlong_query_is_refused() {
        assertThatThrownBy(() -> PlaceQuery.parse("a".repeat(101))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_stage_cannot_be_dated_before_the_stage_it_follows() {
        IntegratedCareCommunity developing = KENDAL.reaching(
                new StageReached(DevelopmentStage.DEVELOPING, LocalDate.of(2017, 6, 1)));
        assertThat(developing.stage()).map(StageReached::stage).contains(DevelopmentStage.DEVELOPING);
        assertThatThrownBy(() -> developing.reaching(
                new StageReached(DevelopmentStage.ESTABLISHED, LocalDate.of(2017, 5, 1))))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void coverage_does_not_repeat_a_district() {
        assertThatThrownBy(() -> new Coverage(List.of("Kendal"),
                List.of(new PostcodeDistrict("LA9"), new PostcodeDistrict("la9")), Provenance.verified("x")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_population_needs_a_positive_count_and_what_was_counted() {
        assertThatThrownBy(() -> new Population(0, "practice population", Provenance.verified("x")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Population(100, " ", Provenance.verified("x")))
                .isInstanceOf(InvalidValueException.class);
    }

    private static IntegratedCareCommunity community(String name, List<String> towns, String... districts) {
        return new IntegratedCareCommunity(CommunityId.random(), Slug.fromName(name), name, NetworkId.random(),
                new Coverage(towns, java.util.Arrays.stream(districts).map(PostcodeDistrict::new).toList(),
                        Provenance.unverified("approximate")),
                Optional.empty(), Optional.empty(), 0);
    }
}
