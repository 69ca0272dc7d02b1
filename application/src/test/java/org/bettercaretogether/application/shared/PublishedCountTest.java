package org.bettercaretogether.application.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedCountTest {

    private static final PublishedCount FEWER = new PublishedCount.FewerThanFive();
    private static final PublishedCount HIDDEN = new PublishedCount.Protected();

    @Test
    void counts_from_1_to_4_read_fewer_than_5_and_none_and_5_read_as_they_are() {
        assertThat(List.of(0, 1, 4, 5, 1234).stream().map(count -> PublishedCount.of(count).text()))
                .containsExactly("0", "fewer than 5", "fewer than 5", "5", "1,234");
    }

    @Test
    void one_small_count_in_a_group_hides_the_smallest_other_so_the_total_does_not_give_it_away() {
        assertThat(PublishedCount.ofGroup(List.of(40, 3, 0, 12, 9)))
                .containsExactly(new PublishedCount.Exact(40), FEWER, new PublishedCount.Exact(0),
                        new PublishedCount.Exact(12), HIDDEN);
    }

    @Test
    void two_small_counts_adding_up_to_under_5_hide_the_smallest_other_as_one_would() {
        assertThat(PublishedCount.ofGroup(List.of(40, 1, 1, 9)))
                .containsExactly(new PublishedCount.Exact(40), FEWER, FEWER, HIDDEN);
    }

    @Test
    void where_zeros_are_hidden_none_reads_fewer_than_5_too() {
        assertThat(List.of(0L, 3L, 5L).stream().map(count -> PublishedCount.of(count, PublishedCount.Zeros.HIDDEN)
                .text())).containsExactly("fewer than 5", "fewer than 5", "5");
    }

    @Test
    void two_small_counts_adding_up_to_5_or_more_already_hide_each_other_and_a_group_with_none_shows_everything() {
        assertThat(PublishedCount.ofGroup(List.of(40, 3, 2, 9)))
                .containsExactly(new PublishedCount.Exact(40), FEWER, FEWER, new PublishedCount.Exact(9));
        assertThat(PublishedCount.ofGroup(List.of(40, 0, 9)))
                .containsExactly(new PublishedCount.Exact(40), new PublishedCount.Exact(0), new PublishedCount.Exact(9));
    }

    @Test
    void a_share_that_would_give_away_a_small_part_or_a_small_rest_is_not_given() {
        assertThat(PublishedCount.percent(3, 25)).isEmpty();
        assertThat(PublishedCount.percent(22, 25)).isEmpty();
        assertThat(PublishedCount.percent(10, 25)).hasValue(40);
        assertThat(PublishedCount.percent(0, 25)).hasValue(0);
        assertThat(PublishedCount.percent(25, 25)).hasValue(100);
        assertThat(PublishedCount.percent(0, 0)).isEmpty();
    }
}
