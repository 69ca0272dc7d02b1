package org.bettercaretogether.persistence.security;

import com.zaxxer.hikari.HikariDataSource;
import org.bettercaretogether.application.security.Admission;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.RateLimits;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.persistence.ConnectionPool;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.jooq.Tables.RATE_LIMIT_BUCKET;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class RateLimitsTest {

    private static final Limit FIVE_A_QUARTER_HOUR = new Limit(5, Duration.ofMinutes(15));

    private static TestDatabase database;
    private static DSLContext dsl;
    private static RateLimits node;
    private static HikariDataSource secondPool;
    private static RateLimits secondNode;

    @BeforeAll
    static void migrate(TestDatabase testDatabase) {
        database = testDatabase;
        SchemaMigrations.migrate(database.dataSource());
        dsl = Jooq.dslContext(database.dataSource());
        node = new PostgresAdapters(database.dataSource()).port(RateLimits.class);
        // A second node: its own pool and its own adapters, the same database.
        secondPool = ConnectionPool.open(database.jdbcUrl(), database.user(), database.password(), 4);
        secondNode = new PostgresAdapters(secondPool).port(RateLimits.class);
    }

    @AfterAll
    static void closeSecondNode() {
        secondPool.close();
    }

    @Test
    void allows_the_capacity_then_refuses_and_says_to_retry_within_the_period() {
        String key = freshKey();

        List<Admission> admissions = IntStream.range(0, 6).mapToObj(i -> node.tryConsume(key, FIVE_A_QUARTER_HOUR))
                .toList();

        assertThat(admissions.subList(0, 5)).allMatch(Admission::allowed).allMatch(a -> a.retryAfter().isZero());
        Admission sixth = admissions.get(5);
        assertThat(sixth.allowed()).isFalse();
        assertThat(sixth.retryAfter()).isPositive().isLessThanOrEqualTo(FIVE_A_QUARTER_HOUR.period())
                .as("the tokens come back when the period that began with the first action ends")
                .isGreaterThan(FIVE_A_QUARTER_HOUR.period().minusMinutes(1));
    }

    @Test
    void checking_counts_nothing() {
        String key = freshKey();

        for (int i = 0; i < 20; i++) {
            assertThat(node.check(key, FIVE_A_QUARTER_HOUR)).isEqualTo(Admission.allow());
        }

        assertThat(IntStream.range(0, 5).mapToObj(i -> node.tryConsume(key, FIVE_A_QUARTER_HOUR)))
                .allMatch(Admission::allowed);
        Admission check = node.check(key, FIVE_A_QUARTER_HOUR);
        assertThat(check.allowed()).isFalse();
        assertThat(check.retryAfter()).isPositive().isLessThanOrEqualTo(FIVE_A_QUARTER_HOUR.period());
        assertThat(node.tryConsume(key, FIVE_A_QUARTER_HOUR).allowed()).isFalse();
    }

    @Test
    void a_check_on_a_key_part_used_says_yes_and_leaves_the_rest() {
        String key = freshKey();
        node.tryConsume(key, FIVE_A_QUARTER_HOUR);
        node.tryConsume(key, FIVE_A_QUARTER_HOUR);

        assertThat(node.check(key, FIVE_A_QUARTER_HOUR).allowed()).isTrue();
        assertThat(IntStream.range(0, 4).mapToObj(i -> node.tryConsume(key, FIVE_A_QUARTER_HOUR).allowed()))
                .containsExactly(true, true, true, false);
    }

    @Test
    void keys_are_counted_apart() {
        String spent = freshKey();
        String untouched = freshKey();
        IntStream.range(0, 5).forEach(i -> node.tryConsume(spent, FIVE_A_QUARTER_HOUR));

        assertThat(node.tryConsume(spent, FIVE_A_QUARTER_HOUR).allowed()).isFalse();
        assertThat(node.check(untouched, FIVE_A_QUARTER_HOUR).allowed()).isTrue();
        assertThat(node.tryConsume(untouched, FIVE_A_QUARTER_HOUR).allowed()).isTrue();
    }

    @Test
    void one_key_under_two_different_limits_is_two_counts() {
        String key = freshKey();
        Limit one = new Limit(1, Duration.ofMinutes(15));
        node.tryConsume(key, one);

        assertThat(node.tryConsume(key, one).allowed()).isFalse();
        assertThat(node.tryConsume(key, FIVE_A_QUARTER_HOUR).allowed()).isTrue();
    }

    @Test
    void two_nodes_on_one_database_share_the_count() {
        String key = freshKey();

        assertThat(node.tryConsume(key, FIVE_A_QUARTER_HOUR).allowed()).isTrue();
        assertThat(secondNode.tryConsume(key, FIVE_A_QUARTER_HOUR).allowed()).isTrue();
        assertThat(node.tryConsume(key, FIVE_A_QUARTER_HOUR).allowed()).isTrue();
        assertThat(secondNode.tryConsume(key, FIVE_A_QUARTER_HOUR).allowed()).isTrue();
        assertThat(node.tryConsume(key, FIVE_A_QUARTER_HOUR).allowed()).isTrue();

        assertThat(secondNode.check(key, FIVE_A_QUARTER_HOUR).allowed()).isFalse();
        assertThat(secondNode.tryConsume(key, FIVE_A_QUARTER_HOUR).allowed()).isFalse();
        assertThat(node.tryConsume(key, FIVE_A_QUARTER_HOUR).allowed()).isFalse();
    }

    @Test
    void two_nodes_racing_on_one_key_allow_exactly_the_capacity_between_them() throws Exception {
        String key = freshKey();
        Limit tenAnHour = new Limit(10, Duration.ofHours(1));
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            RateLimits either = i % 2 == 0 ? node : secondNode;
            attempts.add(() -> either.tryConsume(key, tenAnHour).allowed());
        }

        long allowed;
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> results = threads.invokeAll(attempts);
            allowed = 0;
            for (Future<Boolean> result : results) {
                allowed += result.get() ? 1 : 0;
            }
        }

        assertThat(allowed).isEqualTo(10);
    }

    @Test
    void a_large_limit_lets_each_node_admit_at_most_a_hundredth_more_than_it_allows() {
        String key = freshKey();
        Limit threeHundredAnHour = new Limit(300, Duration.ofHours(1));

        int first = admittedUntilRefused(node, key, threeHundredAnHour);
        int second = admittedUntilRefused(secondNode, key, threeHundredAnHour);

        assertThat(first + second).isBetween(300, 300 + 2 * 3);
    }

    @Test
    void a_node_counting_ahead_tells_the_database_within_a_moment() throws InterruptedException {
        String key = freshKey();
        Limit threeHundredAnHour = new Limit(300, Duration.ofHours(1));
        for (int i = 0; i < 290; i++) {
            assertThat(node.tryConsume(key, threeHundredAnHour).allowed()).isTrue();
        }

        Thread.sleep(Bucket4jRateLimits.LONGEST_UNTOLD.toMillis() + 50);
        assertThat(node.tryConsume(key, threeHundredAnHour).allowed()).isTrue();

        assertThat(admittedUntilRefused(secondNode, key, threeHundredAnHour)).isEqualTo(9);
    }

    private static int admittedUntilRefused(RateLimits limits, String key, Limit limit) {
        int admitted = 0;
        while (limits.tryConsume(key, limit).allowed()) {
            admitted++;
            if (admitted > limit.capacity() * 2) {
                throw new AssertionError("admitted twice the limit and more");
            }
        }
        return admitted;
    }

    @Test
    void the_capacity_comes_back_once_the_period_has_passed() throws InterruptedException {
        String key = freshKey();
        Limit twoASecond = new Limit(2, Duration.ofSeconds(1));
        node.tryConsume(key, twoASecond);
        node.tryConsume(key, twoASecond);
        Admission refused = node.tryConsume(key, twoASecond);
        assertThat(refused.allowed()).isFalse();

        Thread.sleep(refused.retryAfter().toMillis() + 50);

        assertThat(node.tryConsume(key, twoASecond).allowed()).isTrue();
        assertThat(node.tryConsume(key, twoASecond).allowed()).isTrue();
        assertThat(node.tryConsume(key, twoASecond).allowed()).isFalse();
    }

    @Test
    void keeps_only_a_hash_like_key_and_the_limit_in_the_table() {
        String key = freshKey();

        node.tryConsume(key, FIVE_A_QUARTER_HOUR);

        assertThat(dsl.select(RATE_LIMIT_BUCKET.ID).from(RATE_LIMIT_BUCKET)
                .where(RATE_LIMIT_BUCKET.ID.endsWith(key)).fetch(RATE_LIMIT_BUCKET.ID))
                .containsExactly("5/PT15M/" + key);
    }

    @Test
    void a_sweep_forgets_the_buckets_that_are_full_again_and_keeps_the_others() throws InterruptedException {
        String refilled = freshKey();
        String inUse = freshKey();
        node.tryConsume(refilled, new Limit(3, Duration.ofMillis(200)));
        node.tryConsume(inUse, FIVE_A_QUARTER_HOUR);
        assertThat(bucketOf(refilled)).isOne();
        assertThat(bucketOf(inUse)).isOne();

        Thread.sleep(400);
        Bucket4jRateLimits sweepingEveryTime = new Bucket4jRateLimits(database.dataSource(), 1);
        sweepingEveryTime.tryConsume(freshKey(), FIVE_A_QUARTER_HOUR);

        assertThat(bucketOf(refilled)).as("full again, so forgotten").isZero();
        assertThat(bucketOf(inUse)).as("still counting").isOne();
        assertThat(IntStream.range(0, 5).mapToObj(i -> node.tryConsume(inUse, FIVE_A_QUARTER_HOUR).allowed()))
                .as("its count carries on").containsExactly(true, true, true, true, false);
    }

    private static int bucketOf(String key) {
        return dsl.fetchCount(RATE_LIMIT_BUCKET, RATE_LIMIT_BUCKET.ID.endsWith(key));
    }

    /** A key as callers make them: a hash, here of something unique to the test. */
    private static String freshKey() {
        return Secrets.sha256("sign-in:" + UUID.randomUUID());
    }
}
