package org.bettercaretogether.application.sampledata;

import org.bettercaretogether.domain.shared.InvalidValueException;

/**
 * What sample to load.
 *
 * @param views  how many views to add, at least one
 * @param seed   chooses the sample: the same seed on the same day gives the same programme and the same views
 * @param append whether to add to a database that already holds views, rather than refuse it
 */
public record SampleRequest(int views, long seed, boolean append) {

    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 1;

    public SampleRequest {
        if (views < 1) {
            throw new InvalidValueException("views", "must be at least 1");
        }
    }
}
