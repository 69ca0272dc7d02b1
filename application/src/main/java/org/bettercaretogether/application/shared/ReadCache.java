package org.bettercaretogether.application.shared;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Keeps the answers of read-only queries for as long as the stored data they were read from has not changed, so
 * that pages read by many people cost one trip to the store between two changes rather than one per reader.
 *
 * <p>Each answer names the {@linkplain StoredData parts} of the data it is read from, and is kept with their
 * {@link StoredDataVersion} seen <em>before</em> it was read: if the data changed while
 * it was being read, the next caller finds the version moved and reads again, so an answer is never given after a
 * change that it might not include. Answers must be immutable. At most {@code capacity} answers are kept; the one
 * after that empties the cache (the simplest bound that needs no bookkeeping: a full cache is rare, as every change
 * to the data empties it in effect anyway).
 *
 * <p>Keys are records or strings naming the query and its arguments, such as {@code new Key("partners")} or
 * {@code List.of("community", slug)}; they must have value equality, and one key is always read from the same parts.
 */
public final class ReadCache {

    /** How many answers are kept by default: enough for every public summary, few enough for a small heap. */
    public static final int DEFAULT_CAPACITY = 500;

    /** Empty for a cache that keeps nothing. */
    private final Optional<StoredDataVersion> version;
    private final int capacity;
    private final Map<Object, Kept> kept = new ConcurrentHashMap<>();

    /** An answer being read or read, under the version of its parts seen before reading it. */
    private record Kept(long version, FutureTask<Object> answer) {
    }

    public ReadCache(StoredDataVersion version) {
        this(version, DEFAULT_CAPACITY);
    }

    public ReadCache(StoredDataVersion version, int capacity) {
        this(Optional.of(Objects.requireNonNull(version, "version")), capacity);
    }

    private ReadCache(Optional<StoredDataVersion> version, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.version = version;
        this.capacity = capacity;
    }

    /** A cache that never keeps anything: every call reads the store. For stores that keep no version. */
    public static ReadCache none() {
        return new ReadCache(Optional.empty(), 1);
    }

    /**
     * The answer kept for {@code key} if the {@code readFrom} parts of the stored data have not changed since it was
     * read; otherwise reads it with {@code query}, keeps it and gives it.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Set<StoredData> readFrom, Supplier<T> query) {
        if (version.isEmpty()) {
            return query.get();
        }
        long now = version.get().current(readFrom);
        Kept found = kept.get(key);
        if (found == null || found.version() != now) {
            // Of the readers that find the answer missing or old at the same moment, one reads it and the others
            // wait for it, rather than all asking the store at once.
            Kept mine = new Kept(now, new FutureTask<>(query::get));
            found = kept.compute(key, (ignored, kept) -> kept != null && kept.version() == now ? kept : mine);
            if (found == mine) {
                if (kept.size() > capacity) {
                    kept.clear();
                    kept.put(key, mine);
                }
                mine.answer().run();
            }
        }
        try {
            return (T) found.answer().get();
        } catch (ExecutionException failed) {
            kept.remove(key, found); // a failure is not kept: the next reader tries again
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed.getCause() instanceof RuntimeException unchecked ? unchecked
                    : new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while another reader read the answer", interrupted);
        }
    }
}
