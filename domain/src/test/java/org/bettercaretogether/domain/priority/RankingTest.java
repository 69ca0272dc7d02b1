package org.bettercaretogether.domain.priority;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.domain.priority.LocalPriorityTest.priority;

class RankingTest {

    private static final Instant LATER = Instant.parse("2026-06-01T10:00:00Z");

    private final LocalPriority falls = priority(1, "Falls");
    private final LocalPriority loneliness = priority(2, "Loneliness");
    private final LocalPriority carers = priority(3, "Carers");
    private final LocalPriority diabetes = priority(4, "Diabetes");
    private final List<LocalPriority> four = List.of(diabetes, falls, carers, loneliness);

    @Test
    void the_moved_priority_takes_its_rank_and_the_others_close_up_from_one() {
        List<LocalPriority> ranked = Ranking.move(four, carers.id(), 1, LATER);

        assertThat(ranked).extracting(LocalPriority::title).containsExactly("Carers", "Falls", "Loneliness", "Diabetes");
        assertThat(ranked).extracting(LocalPriority::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void moving_down_the_list_closes_the_gap_it_leaves() {
        List<LocalPriority> ranked = Ranking.move(four, falls.id(), 4, LATER);

        assertThat(ranked).extracting(LocalPriority::title).containsExactly("Loneliness", "Carers", "Diabetes", "Falls");
        assertThat(ranked).extracting(LocalPriority::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void only_the_priorities_whose_rank_changed_record_a_step() {
        List<LocalPriority> ranked = Ranking.move(four, carers.id(), 2, LATER);

        assertThat(ranked).extracting(LocalPriority::title).containsExactly("Falls", "Carers", "Loneliness", "Diabetes");
        assertThat(ranked.get(0)).isSameAs(falls);
        assertThat(ranked.get(3)).isSameAs(diabetes);
        assertThat(ranked.get(1).history().getLast()).isEqualTo(
                new PriorityEvent(LATER, PriorityEvent.Kind.RANKED, "Rank 3 to 2"));
        assertThat(ranked.get(2).history().getLast()).isEqualTo(
                new PriorityEvent(LATER, PriorityEvent.Kind.RANKED, "Rank 2 to 3"));
    }

    @Test
    void ranks_with_gaps_are_numbered_again_from_one() {
        List<LocalPriority> gappy = List.of(falls.atRank(3, LATER), loneliness.atRank(7, LATER));

        List<LocalPriority> ranked = Ranking.move(gappy, loneliness.id(), 2, LATER);

        assertThat(ranked).extracting(LocalPriority::rank).containsExactly(1, 2);
        assertThat(ranked).extracting(LocalPriority::title).containsExactly("Falls", "Loneliness");
    }

    @Test
    void a_rank_outside_one_to_the_number_of_priorities_is_refused() {
        for (int outside : new int[] {0, -1, 5}) {
            assertThatThrownBy(() -> Ranking.move(four, carers.id(), outside, LATER))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("rank");
                        assertThat(e.rule()).isEqualTo("must be from 1 to 4");
                    });
        }
    }

    @Test
    void a_priority_of_another_community_cannot_be_moved_here() {
        assertThatThrownBy(() -> Ranking.move(four, PriorityId.random(), 1, LATER))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("priorityId"));
    }
}
