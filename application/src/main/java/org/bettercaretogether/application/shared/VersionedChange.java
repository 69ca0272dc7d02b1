package org.bettercaretogether.application.shared;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * The one way a stored record is changed by someone who read it at some version: find it, refuse the change if the
 * record has been changed since that version, take the domain's step (a rule the step breaks is refused), then store
 * the result, which is a conflict if someone else stored a change meanwhile. What is audited and shown afterwards is
 * the caller's: it gets the record as it {@linkplain Changed#was() was} and as it {@linkplain Changed#is() is}.
 *
 * <pre>{@code
 * VersionedChange<LocalPriority> versioned = VersionedChange.of("priority", LocalPriority::version, priorities::update);
 * versioned.apply(priorities.find(id), id, version, was -> was.revise(...))
 *         .map(changed -> { audit.record(...); return view(changed.is()); });
 * }</pre>
 *
 * @param <R> the record changed
 */
public final class VersionedChange<R> {

    /** A record before and after a change that was stored. */
    public record Changed<R>(R was, R is) {
    }

    private final String what;
    private final ToLongFunction<R> versionOf;
    private final Function<R, Optional<R>> store;
    private final Rejection changedSinceRead;
    private final Rejection changedMeanwhile;

    private VersionedChange(String what, ToLongFunction<R> versionOf, Function<R, Optional<R>> store,
                            Rejection changedSinceRead, Rejection changedMeanwhile) {
        this.what = what;
        this.versionOf = versionOf;
        this.store = store;
        this.changedSinceRead = changedSinceRead;
        this.changedMeanwhile = changedMeanwhile;
    }

    /**
     * Changes to records called {@code what} (as in "There is no {@code what} ..."), whose version is
     * {@code versionOf}, stored by {@code store}, which answers the stored record, or nothing if the version it was
     * given is no longer the stored one. A stale version, read or stored, is refused as "The {@code what} was changed
     * by someone else since you read it; read it again and redo the change."
     */
    public static <R> VersionedChange<R> of(String what, ToLongFunction<R> versionOf, Function<R, Optional<R>> store) {
        Rejection stale = new Rejection.Conflict("The " + what + " was changed by someone else since you read it; "
                + "read it again and redo the change.");
        return new VersionedChange<>(what, versionOf, store, stale, stale);
    }

    /** These changes, refusing a change that lost the race to store with {@code message} instead. */
    public VersionedChange<R> storedMeanwhileSays(String message) {
        return new VersionedChange<>(what, versionOf, store, changedSinceRead, new Rejection.Conflict(message));
    }

    /** The refusal of a change made to a version that is no longer the stored one. */
    public Rejection changedSinceRead() {
        return changedSinceRead;
    }

    /** The record {@code found} under {@code key}, or that there is none. */
    public Outcome<R> found(Optional<R> found, Object key) {
        return Outcome.found(found, what, key);
    }

    /** {@code current}, if it is still at the version read; otherwise the refusal that it changed since. */
    public Outcome<R> atVersion(R current, long versionRead) {
        return versionOf.applyAsLong(current) == versionRead ? Outcome.done(current) : Outcome.rejected(changedSinceRead);
    }

    /** The record {@code found} under {@code key}, if there is one and it is still at the version read. */
    public Outcome<R> current(Optional<R> found, Object key, long versionRead) {
        return found(found, key).flatMap(current -> atVersion(current, versionRead));
    }

    /** Stores {@code changed}, made from {@code was}; a change stored by someone else meanwhile is refused. */
    public Outcome<Changed<R>> store(R was, R changed) {
        return store.apply(changed).map(stored -> Outcome.done(new Changed<>(was, stored)))
                .orElseGet(() -> Outcome.rejected(changedMeanwhile));
    }

    /**
     * Stores {@code changed}, or, if someone else stored a change meanwhile, throws the refusal as a
     * {@link RejectedException}, so that the transaction undoes what the caller wrote before.
     */
    public R storeOrUndo(R changed) {
        return store.apply(changed).orElseThrow(() -> new RejectedException(changedMeanwhile));
    }

    /** Takes {@code step} from {@code was}, if it is still at the version read, and stores the result. */
    public Outcome<Changed<R>> apply(R was, long versionRead, UnaryOperator<R> step) {
        return atVersion(was, versionRead).flatMap(current -> Outcome.attempt(() -> step.apply(current)))
                .flatMap(changed -> store(was, changed));
    }

    /** Takes {@code step} from the record found under {@code key}, if it is still at the version read, and stores it. */
    public Outcome<Changed<R>> apply(Optional<R> found, Object key, long versionRead, UnaryOperator<R> step) {
        return found(found, key).flatMap(was -> apply(was, versionRead, step));
    }
}
