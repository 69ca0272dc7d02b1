package org.bettercaretogether.persistence.keyquestion;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.bettercaretogether.application.keyquestion.KeyQuestions;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.keyquestion.KeyQuestionId;
import org.bettercaretogether.domain.keyquestion.KeyQuestionOrder;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.persistence.Concurrency.PATIENCE;
import static org.bettercaretogether.persistence.Concurrency.await;
import static org.bettercaretogether.persistence.Concurrency.awaitSomeoneWaitingFor;
import static org.bettercaretogether.persistence.jooq.Tables.KEY_QUESTION;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class KeyQuestionsTest {

    /** Microseconds, as PostgreSQL keeps them. */
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00.654321Z");

    private static DSLContext dsl;
    private static Transactions transactions;
    private static KeyQuestions keyQuestions;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        transactions = postgres.port(Transactions.class);
        keyQuestions = postgres.port(KeyQuestions.class);
    }

    @BeforeEach
    void noKeyQuestions() {
        dsl.deleteFrom(KEY_QUESTION).execute();
    }

    private static KeyQuestion question(int position, String question) {
        return KeyQuestion.add(KeyQuestionId.random(), question, "First paragraph about " + question
                + "\n\nSecond paragraph.", position, MONDAY);
    }

    @Test
    void reads_back_a_key_question_equal_at_version_1_with_its_paragraphs_and_time_to_the_microsecond() {
        KeyQuestion added = question(1, "What is an ICC?");

        KeyQuestion stored = keyQuestions.add(added);

        assertThat(stored).isEqualTo(added.withVersion(1));
        assertThat(keyQuestions.find(added.id())).contains(stored);
        assertThat(keyQuestions.find(added.id()).orElseThrow().paragraphs())
                .containsExactly("First paragraph about What is an ICC?", "Second paragraph.");
        assertThat(keyQuestions.find(KeyQuestionId.random())).isEmpty();
    }

    @Test
    void every_question_is_read_by_position_whatever_order_it_was_stored_in() {
        keyQuestions.add(question(3, "Third?"));
        keyQuestions.add(question(1, "First?"));
        keyQuestions.add(question(2, "Second?"));

        assertThat(keyQuestions.all()).extracting(KeyQuestion::question).containsExactly("First?", "Second?", "Third?");
        assertThat(transactions.inTransaction(keyQuestions::allHeld)).extracting(KeyQuestion::question)
                .containsExactly("First?", "Second?", "Third?");
    }

    @Test
    void an_update_at_the_stored_version_is_kept_at_the_next_one() {
        KeyQuestion stored = keyQuestions.add(question(1, "Old?"));

        KeyQuestion revised = keyQuestions.update(stored.revise("New?", "New answer.", MONDAY.plusSeconds(60)))
                .orElseThrow();

        assertThat(revised.version()).isEqualTo(2);
        assertThat(keyQuestions.find(stored.id())).contains(revised);
    }

    @Test
    void an_update_or_removal_at_a_stale_version_changes_nothing() {
        KeyQuestion read = keyQuestions.add(question(1, "Who takes part?"));
        KeyQuestion changedMeanwhile = keyQuestions.update(read.revise("Which organisations?", "Ten.", MONDAY))
                .orElseThrow();

        assertThat(keyQuestions.update(read.revise("Who is involved?", "Ten.", MONDAY))).isEmpty();
        assertThat(keyQuestions.remove(read)).isFalse();
        assertThat(keyQuestions.find(read.id())).contains(changedMeanwhile);
        assertThat(keyQuestions.update(question(2, "Never stored?").withVersion(1))).isEmpty();
    }

    @Test
    void a_removal_at_the_stored_version_takes_the_question_away() {
        KeyQuestion stored = keyQuestions.add(question(1, "Going?"));

        assertThat(keyQuestions.remove(stored)).isTrue();
        assertThat(keyQuestions.all()).isEmpty();
    }

    @Test
    void two_questions_may_swap_places_one_row_at_a_time_in_a_transaction() {
        KeyQuestion first = keyQuestions.add(question(1, "First?"));
        KeyQuestion second = keyQuestions.add(question(2, "Second?"));

        transactions.inTransaction(() -> {
            for (KeyQuestion moved : KeyQuestionOrder.moveUp(List.of(first, second), second.id(), MONDAY)) {
                keyQuestions.update(moved).orElseThrow();
            }
            return null;
        });

        assertThat(keyQuestions.all()).extracting(KeyQuestion::question).containsExactly("Second?", "First?");
    }

    @Test
    void two_questions_left_at_one_position_when_the_transaction_ends_cannot_commit() {
        keyQuestions.add(question(1, "First?"));

        assertThatThrownBy(() -> transactions.inTransaction(() -> keyQuestions.add(question(1, "Also first?"))))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("key_question_position_key");
        assertThat(keyQuestions.all()).extracting(KeyQuestion::question).containsExactly("First?");
    }

    @Test
    void the_schema_refuses_what_the_domain_refuses() {
        assertRefusedBy("key_question_question_text", "Q".repeat(201), "An answer.", 1);
        assertRefusedBy("key_question_question_text", "   ", "An answer.", 1);
        assertRefusedBy("key_question_answer_text", "A question?", "A".repeat(4_001), 1);
        assertRefusedBy("key_question_answer_text", "A question?", " ", 1);
        assertRefusedBy("key_question_position_positive", "A question?", "An answer.", 0);
    }

    @Test
    void a_writer_holding_the_list_makes_a_second_wait_and_the_second_then_sees_the_first_ones_question()
            throws Exception {
        keyQuestions.add(question(1, "First?"));
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);

        try (ExecutorService staff = Executors.newFixedThreadPool(2);
             ExecutorService visitor = Executors.newSingleThreadExecutor()) {
            Future<KeyQuestion> first = staff.submit(() -> transactions.inTransaction(() -> {
                int next = keyQuestions.allHeld().size() + 1;
                firstHolds.countDown();
                await(firstMayCommit);
                return keyQuestions.add(question(next, "Added by the first?"));
            }));
            await(firstHolds);
            Future<KeyQuestion> second = staff.submit(() -> transactions.inTransaction(() ->
                    keyQuestions.add(question(keyQuestions.allHeld().size() + 1, "Added by the second?"))));

            awaitSomeoneWaitingFor(dsl, "relation");
            assertThat(second).as("the second waits while the first holds the list").isNotDone();
            Future<List<KeyQuestion>> read = visitor.submit(() -> transactions.inTransaction(keyQuestions::all));
            // a read kept waiting may still get through within PATIENCE, once the first gives up and the second
            // commits: what it then shows, the second's question, is what fails it
            String readsWithoutWaiting = "the public reads without waiting for the first to commit";
            assertThat(read).as(readsWithoutWaiting).succeedsWithin(PATIENCE)
                    .asInstanceOf(InstanceOfAssertFactories.list(KeyQuestion.class)).extracting(KeyQuestion::question)
                    .as(readsWithoutWaiting).containsExactly("First?");
            firstMayCommit.countDown();

            assertThat(first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).position()).isEqualTo(2);
            assertThat(second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).position()).isEqualTo(3);
        }
        assertThat(keyQuestions.all()).extracting(KeyQuestion::position).containsExactly(1, 2, 3);
    }

    private static void assertRefusedBy(String constraint, String question, String answer, int position) {
        assertThatThrownBy(() -> dsl.insertInto(KEY_QUESTION)
                .set(KEY_QUESTION.ID, UUID.randomUUID())
                .set(KEY_QUESTION.QUESTION, question)
                .set(KEY_QUESTION.ANSWER, answer)
                .set(KEY_QUESTION.POSITION, position)
                .set(KEY_QUESTION.CHANGED_AT, MONDAY.atOffset(java.time.ZoneOffset.UTC))
                .set(KEY_QUESTION.VERSION, 1L)
                .execute())
                .isInstanceOfSatisfying(DataAccessException.class, refused -> {
                    assertThat(refused.sqlState()).isEqualTo("23514");
                    assertThat(refused.getMessage()).contains("\"" + constraint + "\"");
                });
    }
}
