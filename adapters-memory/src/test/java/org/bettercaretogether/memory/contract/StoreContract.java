package org.bettercaretogether.memory.contract;

import org.bettercaretogether.application.health.StoreHealth;
import org.bettercaretogether.application.keyquestion.KeyQuestions;
import org.bettercaretogether.application.shared.OneRunAtATime;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.shared.StoredDataVersion;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.keyquestion.KeyQuestionId;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What the store as a whole promises: {@code Transactions} (work that throws leaves nothing behind), {@link StoreHealth},
 * {@link StoredDataVersion} (it moves when the data does), {@link OneRunAtATime}; and {@link KeyQuestions}, the
 * records these cases write.
 */
public abstract class StoreContract extends PortContract {

    @Test
    void work_that_throws_inside_a_transaction_leaves_nothing_it_wrote() {
        KeyQuestions questions = port(KeyQuestions.class);
        var before = questions.all();

        Throwable failure = catchThrowable(() -> transactions().inTransaction(() -> {
            questions.add(question("Will my views be listened to?", before.size() + 1));
            throw new IllegalStateException("the work fails after writing");
        }));

        assertThat(failure).hasMessage("the work fails after writing");
        assertThat(questions.all()).isEqualTo(before);
    }

    @Test
    void work_that_returns_keeps_what_it_wrote() {
        KeyQuestions questions = port(KeyQuestions.class);

        KeyQuestion added = transactions().inTransaction(() ->
                questions.add(question("Why change?", questions.all().size() + 1)));

        assertThat(questions.find(added.id())).contains(added);
        assertThat(added.version()).isEqualTo(1);
    }

    @Test
    void a_key_question_is_updated_against_its_version_and_removed() {
        KeyQuestions questions = port(KeyQuestions.class);
        var before = questions.all();
        KeyQuestion added = transactions().inTransaction(() ->
                questions.add(question("Why change?", before.size() + 1)));
        KeyQuestion reworded = new KeyQuestion(added.id(), "Why change at all?", added.answer(), added.position(),
                at(5), added.version());

        KeyQuestion stored = transactions().inTransaction(() -> questions.update(reworded)).orElseThrow();
        boolean staleStored = transactions().inTransaction(() -> questions.update(reworded)).isPresent();
        boolean removed = transactions().inTransaction(() -> questions.remove(stored));

        assertThat(stored.question()).isEqualTo("Why change at all?");
        assertThat(staleStored).isFalse();
        assertThat(removed).isTrue();
        assertThat(questions.all()).isEqualTo(before);
    }

    @Test
    void the_stored_data_version_moves_once_a_write_is_committed() {
        StoredDataVersion version = port(StoredDataVersion.class);
        Set<StoredData> communityLife = Set.of(StoredData.COMMUNITY_LIFE);
        long before = version.current(communityLife);

        KeyQuestions questions = port(KeyQuestions.class);
        transactions().inTransaction(() -> questions.add(question("Who decides?", questions.all().size() + 1)));

        assertThat(version.current(communityLife)).isNotEqualTo(before);
    }

    @Test
    void a_store_that_is_up_says_it_is_reachable() {
        assertThat(port(StoreHealth.class).reachable()).isTrue();
    }

    @Test
    void work_claimed_inside_a_transaction_is_this_run_s_to_do() {
        boolean claimed = transactions().inTransaction(() -> port(OneRunAtATime.class).claim("retention"));

        assertThat(claimed).isTrue();
    }

    private static KeyQuestion question(String words, int position) {
        return KeyQuestion.add(KeyQuestionId.random(), words, "An answer in plain words.", position, MONDAY);
    }
}
