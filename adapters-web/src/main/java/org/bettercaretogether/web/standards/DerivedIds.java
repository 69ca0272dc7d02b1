package org.bettercaretogether.web.standards;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids for what the standards describe as records of their own and the programme keeps inside another (a community's
 * towns, its service): name-based UUIDs (RFC 4122, version 3) of the owner's id and a name, so the same record has
 * the same id in every answer and on every node, with nothing stored.
 */
public final class DerivedIds {

    private DerivedIds() {
    }

    /** The id of the {@code what} called {@code name} that belongs to {@code owner}. */
    public static UUID of(String what, UUID owner, String name) {
        return UUID.nameUUIDFromBytes(("bct:" + what + ":" + owner + ":" + name).getBytes(StandardCharsets.UTF_8));
    }
}
