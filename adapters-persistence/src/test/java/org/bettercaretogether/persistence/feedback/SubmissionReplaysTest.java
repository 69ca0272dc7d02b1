package org.bettercaretogether.persistence.feedback;

import org.bettercaretogether.application.shared.SubmissionReplays;
import org.bettercaretogether.application.shared.SubmissionReplays.Replay;
import org.bettercaretogether.application.shared.SealedTokens;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.persistence.FailureText;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.Concurrency.PATIENCE;
import static org.bettercaretogether.persistence.Concurrency.await;
import static org.bettercaretogether.persistence.Concurrency.awaitSomeoneWaitingForALock;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.bettercaretogether.persistence.jooq.Tables.SUBMISSION_REPLAY;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class SubmissionReplaysTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00.654321Z");

    private static DSLContext dsl;
    private static Transactions transactions;
    private static SubmissionReplays replays;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        transactions = postgres.port(Transactions.class);
        replays = postgres.port(SubmissionReplays.class);
    }

    @BeforeEach
    void noReplays() {
        dsl.deleteFrom(SUBMISSION_REPLAY).execute();
    }

    @Test
    void reads_back_a_recorded_answer_by_the_hash_of_its_key() {
        Replay replay = replay("key-1", "BCT-7KQ3-M9XD", MONDAY);

        boolean recorded = replays.record(replay);

        assertThat(recorded).isTrue();
        assertThat(replays.find(replay.keyHash())).contains(replay);
        assertThat(replays.find(Secrets.sha256("another key"))).isEmpty();
    }

    @Test
    void a_second_answer_for_a_key_already_recorded_is_not_recorded_and_the_first_stands() {
        Replay first = replay("key-1", "BCT-7KQ3-M9XD", MONDAY);
        Replay second = replay("key-1", "BCT-AAAA-BBBB", MONDAY.plusSeconds(1));
        replays.record(first);

        boolean recorded = replays.record(second);

        assertThat(recorded).isFalse();
        assertThat(replays.find(first.keyHash())).contains(first);
    }

    @Test
    void answers_recorded_together_are_each_found_and_only_keys_not_yet_recorded_are_claimed() {
        Replay earlier = replay("key-1", "BCT-7KQ3-M9XD", MONDAY);
        replays.record(earlier);
        Replay again = replay("key-1", "BCT-AAAA-BBBB", MONDAY.plusSeconds(1));
        Replay second = replay("key-2", "BCT-CCCC-DDDD", MONDAY.plusSeconds(1));
        Replay third = replay("key-3", "BCT-EEEE-FFFF", MONDAY.plusSeconds(1));

        Set<String> recorded = replays.recordAll(List.of(again, second, third));

        assertThat(recorded).containsExactlyInAnyOrder(second.keyHash(), third.keyHash());
        assertThat(replays.find(earlier.keyHash())).contains(earlier);
        assertThat(replays.find(second.keyHash())).contains(second);
        assertThat(replays.find(third.keyHash())).contains(third);
    }

    @Test
    void a_request_racing_another_with_the_same_key_waits_for_it_and_then_records_nothing() throws Exception {
        Replay first = replay("key-1", "BCT-7KQ3-M9XD", MONDAY);
        Replay second = replay("key-1", "BCT-AAAA-BBBB", MONDAY);
        CountDownLatch firstRecorded = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);

        try (ExecutorService requests = Executors.newFixedThreadPool(2)) {
            Future<Boolean> firstRequest = requests.submit(() -> transactions.inTransaction(() -> {
                boolean recorded = replays.record(first);
                firstRecorded.countDown();
                await(firstMayCommit);
                return recorded;
            }));
            await(firstRecorded);
            Future<Boolean> secondRequest = requests.submit(() -> transactions.inTransaction(
                    () -> replays.record(second)));

            awaitSomeoneWaitingForALock(dsl);
            assertThat(secondRequest).as("the second request waits while the first is undecided").isNotDone();
            firstMayCommit.countDown();

            assertThat(firstRequest.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(secondRequest.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isFalse();
        }
        assertThat(replays.find(first.keyHash())).contains(first);
    }

    @Test
    void forgets_the_answers_recorded_before_a_moment_and_keeps_the_rest() {
        Replay old = replay("old", "BCT-7KQ3-M9XD", MONDAY.minusSeconds(1));
        Replay onTheMoment = replay("moment", "BCT-AAAA-BBBB", MONDAY);
        replays.record(old);
        replays.record(onTheMoment);

        int forgotten = replays.forgetBefore(MONDAY);

        assertThat(forgotten).isOne();
        assertThat(replays.find(old.keyHash())).isEmpty();
        assertThat(replays.find(onTheMoment.keyHash())).contains(onTheMoment);
    }

    @Test
    void an_idempotency_key_kept_in_clear_is_refused_without_repeating_the_tracking_token() {
        Replay clear = new Replay("my-key-in-clear", Secrets.sha256("request"), "BCT-7KQ3-M9XD",
                SealedTokens.seal("bct_secret-token", "my-key-in-clear"), MONDAY);

        Throwable refusal = catchThrowable(() -> replays.record(clear));

        assertThat(refusal).isNotNull().hasMessageContaining("submission_replay_key_hash_sha256");
        assertThat(FailureText.of(refusal)).doesNotContain("bct_secret-token").doesNotContain("my-key-in-clear");
    }

    private static Replay replay(String key, String reference, Instant at) {
        return new Replay(Secrets.sha256(key), Secrets.sha256("request for " + reference), reference,
                SealedTokens.seal(Secrets.token("track_"), key), at);
    }
}
