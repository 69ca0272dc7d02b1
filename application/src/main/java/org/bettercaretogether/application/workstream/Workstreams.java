package org.bettercaretogether.application.workstream;

import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.domain.workstream.WorkstreamId;

import java.util.List;
import java.util.Optional;

/** The workstreams of the service review. */
public interface Workstreams {

    /** All workstreams, by name. */
    List<Workstream> all();

    Optional<Workstream> find(WorkstreamId id);

    Optional<Workstream> findBySlug(Slug slug);

    /** Stores a workstream that was never stored before; it comes back at version 1. */
    Workstream add(Workstream workstream);

    /** Stores a change unless the workstream changed since it was read; empty if it did or does not exist. */
    Optional<Workstream> update(Workstream workstream);
}
