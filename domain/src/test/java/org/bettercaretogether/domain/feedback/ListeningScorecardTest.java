package org.bettercaretogether.domain.feedback;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ListeningScorecardTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    @Test
    void five_views_three_answered_after_2_9_and_4_days() {
        ListeningScorecard card = ListeningScorecard.of(List.of(answeredAfter(2, false), answeredAfter(9, true),
                unanswered(false), answeredAfter(4, false), unanswered(true)));

        assertThat(card.received()).isEqualTo(5);
        assertThat(card.answered()).isEqualTo(3);
        assertThat(card.medianDaysToAnswer()).contains(4.0);
        assertThat(card.percentAnswered()).contains(60);
        assertThat(card.linkedToChangeMade()).isEqualTo(2);
        assertThat(card.percentLinkedToChangeMade()).contains(40);
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        ListeningScorecard card = ListeningScorecard.of(List.of(answeredAfter(11, false), answeredAfter(2, false),
                answeredAfter(9, false), answeredAfter(4, false)));

        assertThat(card.medianDaysToAnswer()).contains(6.5);
        assertThat(card.percentAnswered()).contains(100);
    }

    @Test
    void an_answer_on_the_day_counts_zero_days() {
        assertThat(ListeningScorecard.of(List.of(answeredAfter(0, false))).medianDaysToAnswer()).contains(0.0);
    }

    @Test
    void shares_are_whole_per_cent_rounded_half_up() {
        // 1 of 8 is 12.5 per cent: 13; 2 of 3 is 66.7: 67; 1 of 3 is 33.3: 33
        List<ScorecardFact> eight = new java.util.ArrayList<>(List.of(answeredAfter(1, true)));
        for (int i = 0; i < 7; i++) {
            eight.add(unanswered(false));
        }
        assertThat(ListeningScorecard.of(eight).percentAnswered()).contains(13);
        assertThat(ListeningScorecard.of(List.of(answeredAfter(1, true), answeredAfter(3, true), unanswered(false)))
                .percentAnswered()).contains(67);
        assertThat(ListeningScorecard.of(List.of(answeredAfter(1, true), unanswered(false), unanswered(false)))
                .percentLinkedToChangeMade()).contains(33);
    }

    @Test
    void with_no_views_there_are_no_shares_and_no_median() {
        ListeningScorecard card = ListeningScorecard.of(List.of());

        assertThat(card.received()).isZero();
        assertThat(card.answered()).isZero();
        assertThat(card.medianDaysToAnswer()).isEmpty();
        assertThat(card.percentAnswered()).isEmpty();
        assertThat(card.percentLinkedToChangeMade()).isEmpty();
    }

    @Test
    void with_views_but_no_answers_the_share_is_zero_and_there_is_no_median() {
        ListeningScorecard card = ListeningScorecard.of(List.of(unanswered(false), unanswered(false)));

        assertThat(card.percentAnswered()).contains(0);
        assertThat(card.medianDaysToAnswer()).isEmpty();
    }

    private static ScorecardFact answeredAfter(int days, boolean linked) {
        return new ScorecardFact(DAY, Optional.of(DAY.plusDays(days)), linked);
    }

    private static ScorecardFact unanswered(boolean linked) {
        return new ScorecardFact(DAY, Optional.empty(), linked);
    }
}
