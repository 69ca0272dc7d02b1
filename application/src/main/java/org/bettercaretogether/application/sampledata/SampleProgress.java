package org.bettercaretogether.application.sampledata;

/**
 * Hears how a sample load goes, to show it to the person waiting. Called from the loading thread only.
 */
public interface SampleProgress {

    /** A step before or after the views, such as creating the staff, described in a few words. */
    void step(String description);

    /** The views start to be written; {@code total} will be. */
    void viewsStarting(long total);

    /** {@code written} views of the total are written so far. */
    void viewsWritten(long written);

    /** Every view is written. */
    void viewsFinished();

    /** Progress that nobody watches. */
    static SampleProgress silent() {
        return new SampleProgress() {
            @Override
            public void step(String description) {
            }

            @Override
            public void viewsStarting(long total) {
            }

            @Override
            public void viewsWritten(long written) {
            }

            @Override
            public void viewsFinished() {
            }
        };
    }
}
