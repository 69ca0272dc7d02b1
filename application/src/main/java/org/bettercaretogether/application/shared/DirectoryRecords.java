package org.bettercaretogether.application.shared;

import java.util.List;
import java.util.Optional;

/**
 * What the ports of the directory's records (partners, clinical networks, communities, workstreams) have in common:
 * each lists, finds, adds and changes the records of its kind, every change against the version read.
 *
 * @param <T> the record
 * @param <I> its identity
 */
public interface DirectoryRecords<T, I> {

    /** All of them, by name. */
    List<T> all();

    Optional<T> find(I id);

    /** Stores a record that was never stored before; it comes back at version 1. */
    T add(T record);

    /**
     * Stores a change to a record if nobody changed it since its version was read; it comes back one version on.
     * Empty if it changed meanwhile or does not exist.
     */
    Optional<T> update(T record);
}
