package org.bettercaretogether.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * One aggregate's records held in memory, with the same version rules as the PostgreSQL adapter: a record
 * is added at version 1, and an update succeeds only against the version it was read at.
 */
public final class InMemoryRecords<K, A> {

    private final Function<A, K> idOf;
    private final ToLongFunction<A> versionOf;
    private final BiFunction<A, Long, A> atVersion;
    private final Comparator<A> order;
    private Map<K, A> records = new LinkedHashMap<>();
    private long changes;

    public InMemoryRecords(Function<A, K> idOf, ToLongFunction<A> versionOf, BiFunction<A, Long, A> atVersion,
                           Comparator<A> order) {
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.atVersion = atVersion;
        this.order = order;
    }

    public synchronized List<A> all() {
        List<A> sorted = new ArrayList<>(records.values());
        sorted.sort(order);
        return List.copyOf(sorted);
    }

    public synchronized Optional<A> find(K id) {
        return Optional.ofNullable(records.get(id));
    }

    public synchronized Optional<A> findWhere(Predicate<A> test) {
        return records.values().stream().filter(test).findFirst();
    }

    public synchronized A add(A record) {
        K id = idOf.apply(record);
        if (records.containsKey(id)) {
            throw new IllegalStateException("a record with the id " + id + " is already stored");
        }
        A stored = atVersion.apply(record, 1L);
        changes++;
        records.put(id, stored);
        return stored;
    }

    public synchronized Optional<A> update(A record) {
        K id = idOf.apply(record);
        A current = records.get(id);
        if (current == null || versionOf.applyAsLong(current) != versionOf.applyAsLong(record)) {
            return Optional.empty();
        }
        A stored = atVersion.apply(record, versionOf.applyAsLong(record) + 1);
        changes++;
        records.put(id, stored);
        return Optional.of(stored);
    }

    /** Removes a record, whatever its version. */
    public synchronized void remove(K id) {
        changes++;
        records.remove(id);
    }

    /** Puts a record in place of the one with its id, keeping the version it carries. */
    public synchronized void replace(A record) {
        changes++;
        records.put(idOf.apply(record), record);
    }

    /** How many times the records were written (added, updated, removed, replaced or rolled back) so far. */
    synchronized long changes() {
        return changes;
    }

    synchronized Map<K, A> snapshot() {
        return new LinkedHashMap<>(records);
    }

    @SuppressWarnings("unchecked")
    synchronized void restore(Map<?, ?> snapshot) {
        changes++;
        records = new LinkedHashMap<>((Map<K, A>) snapshot);
    }
}
