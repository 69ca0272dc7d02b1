package org.bettercaretogether.domain.workstream;

import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one workstream of the service review for good; its name and slug may change, this does not. */
public record WorkstreamId(UUID value) {

    public WorkstreamId {
        Require.present(value, "workstreamId");
    }

    public static WorkstreamId random() {
        return new WorkstreamId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
