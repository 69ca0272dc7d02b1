package org.bettercaretogether.application.workstream;

import org.bettercaretogether.application.shared.DirectoryRecords;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.domain.workstream.WorkstreamId;

import java.util.Optional;

/** The workstreams of the service review. */
public interface Workstreams extends DirectoryRecords<Workstream, WorkstreamId> {

    Optional<Workstream> findBySlug(Slug slug);
}
