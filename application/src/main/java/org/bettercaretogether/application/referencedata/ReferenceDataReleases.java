package org.bettercaretogether.application.referencedata;

import java.time.Instant;

/** Which releases of the reference data have been loaded. */
public interface ReferenceDataReleases {

    /**
     * Records {@code release} as loaded at {@code at}, unless it already was: answers whether this call claimed
     * it. Two servers starting together cannot both claim the same release.
     */
    boolean claim(String release, Instant at);
}
