package org.bettercaretogether.persistence.security;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.bettercaretogether.application.security.Admission;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.RateLimits;
import org.bettercaretogether.persistence.shared.ConnectionLoss;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Rate limits as Bucket4j token buckets kept in the {@code rate_limit_bucket} table, so that every node counting
 * against one key counts in the same bucket. Each call locks the key's row ({@code SELECT ... FOR UPDATE}, created
 * on first use), updates the bucket and commits, on a connection of its own: a count stands even if the caller's
 * transaction rolls back, and the call needs one more connection from the pool while the caller holds one.
 *
 * <p>A bucket holds {@code capacity} tokens and gets all of them back at once, a whole {@code period} after it was
 * first used, then every period after that (Bucket4j's "intervally" refill). From a first action, at most
 * {@code capacity} actions are allowed in that period, and a refused caller is told to come back when it ends. A
 * steady refill ("greedy") would hand one token back every {@code period / capacity} and allow nearly twice the
 * capacity in the first period. Like any fixed window, actions crowded on either side of a refill can reach twice
 * the capacity within one period; over time the rate never exceeds {@code capacity} per {@code period}.
 *
 * <p>The stored key is the limit ({@code capacity/period/}) followed by the caller's key: Bucket4j keeps a bucket's
 * first configuration, so a changed limit starts a bucket of its own rather than carrying on with the old one. A
 * bucket full again is of no use; its row says when ({@code expires_at}), and every {@value #SWEEP_EVERY}th action
 * counted here removes up to {@value #SWEEP_BATCH} such rows, so the table does not grow with every address seen.
 *
 * <p>A limit of fewer than {@value #LIMIT_COUNTED_AHEAD} actions is counted exactly: every action waits for its
 * count in the database. A larger one (a limit raised for a load test, or for a busy shared address) lets each node
 * admit up to one {@value #LIMIT_COUNTED_AHEAD}th of it on its own reckoning before it tells the database, and tells
 * it at least every {@link #LONGEST_UNTOLD} (Bucket4j's "delaying" optimization): thousands of actions a second then
 * cost a few transactions a second, not one each, and all nodes together admit at most one hundredth of the limit
 * more per node than it allows.
 */
public final class Bucket4jRateLimits implements RateLimits {

    /** How many actions counted on this node between two sweeps of the buckets full again. */
    static final int SWEEP_EVERY = 1_000;
    /** The most rows one sweep removes. */
    static final int SWEEP_BATCH = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(Bucket4jRateLimits.class);

    /** Limits this large or larger are counted ahead on each node, up to this fraction of them (see above). */
    static final int LIMIT_COUNTED_AHEAD = 100;
    /** The longest a node counts ahead before it tells the database what it admitted. */
    static final Duration LONGEST_UNTOLD = Duration.ofMillis(100);

    /** The most keys whose bucket objects this node holds; the state itself is in the database. */
    private static final int MOST_KEYS_HELD = 10_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Map<String, BucketProxy> proxies = new ConcurrentHashMap<>();
    private final int sweepEvery;
    private final AtomicLong counted = new AtomicLong();

    /** Rate limits counted over connections of {@code dataSource}, sweeping every {@value #SWEEP_EVERY}th action. */
    public Bucket4jRateLimits(DataSource dataSource) {
        this(dataSource, SWEEP_EVERY);
    }

    Bucket4jRateLimits(DataSource dataSource, int sweepEvery) {
        Objects.requireNonNull(dataSource, "dataSource is required");
        if (sweepEvery < 1) {
            throw new IllegalArgumentException("sweepEvery must be at least 1, was " + sweepEvery);
        }
        this.sweepEvery = sweepEvery;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // Forgettable as soon as it is full again: a new bucket would be the same.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    @Override
    public Admission tryConsume(String key, Limit limit) {
        ConsumptionProbe probe;
        try {
            probe = bucket(key, limit).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException failure) {
            if (!bucketMissing(failure)) {
                throw ConnectionLoss.translated(failure);
            }
            // Batched commands cannot create a bucket (a new key, or one swept when full again): one command alone can.
            probe = buckets.builder().build(storedKey(key, limit), () -> configuration(limit))
                    .tryConsumeAndReturnRemaining(1);
        }
        if (counted.incrementAndGet() % sweepEvery == 0) {
            sweep();
        }
        return probe.isConsumed() ? Admission.allow() : Admission.refuse(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public Admission check(String key, Limit limit) {
        EstimationProbe probe;
        try {
            probe = bucket(key, limit).estimateAbilityToConsume(1);
        } catch (RuntimeException failure) {
            if (!bucketMissing(failure)) {
                throw ConnectionLoss.translated(failure);
            }
            return Admission.allow(); // no bucket is a full one
        }
        return probe.canBeConsumed() ? Admission.allow() : Admission.refuse(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private static boolean bucketMissing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BucketNotFoundException) {
                return true;
            }
        }
        return false;
    }

    /** Removes buckets full again. A failure is logged, not thrown: the action was counted. */
    private void sweep() {
        try {
            buckets.removeExpired(SWEEP_BATCH);
        } catch (RuntimeException failure) {
            LOG.warn("Could not remove rate-limit buckets that are full again; will try again later", failure);
        }
    }

    /**
     * The bucket of a key, one object per key on this node: requests counted against the same key at the same moment
     * (a busy address) wait for each other's trip to the database, and Bucket4j's batching sends them together in one.
     */
    private BucketProxy bucket(String key, Limit limit) {
        String stored = storedKey(key, limit);
        BucketProxy known = proxies.get(stored);
        if (known != null) {
            return known;
        }
        if (proxies.size() >= MOST_KEYS_HELD) {
            proxies.clear();
        }
        return proxies.computeIfAbsent(stored, ignored -> buckets.builder()
                .withOptimization(optimization(limit))
                .build(stored, () -> configuration(limit)));
    }

    /**
     * Requests counted against one key at the same moment go to the database together (batching); a large limit is
     * also counted ahead on this node (see the class comment).
     */
    static Optimization optimization(Limit limit) {
        long countedAhead = limit.capacity() / LIMIT_COUNTED_AHEAD;
        return countedAhead == 0 ? Optimizations.batching()
                : Optimizations.delaying(new DelayParameters(countedAhead, LONGEST_UNTOLD));
    }

    private static String storedKey(String key, Limit limit) {
        Objects.requireNonNull(key, "key is required");
        Objects.requireNonNull(limit, "limit is required");
        if (key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
        return limit.capacity() + "/" + limit.period() + "/" + key;
    }

    private static BucketConfiguration configuration(Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                        .refillIntervally(limit.capacity(), limit.period()))
                .build();
    }
}
