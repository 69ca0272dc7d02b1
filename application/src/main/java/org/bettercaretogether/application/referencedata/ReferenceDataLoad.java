package org.bettercaretogether.application.referencedata;

/**
 * What one load of the reference data did: whether the release was new here, and how many records it added.
 * A record that already exists is left as it is, however staff have changed it.
 */
public record ReferenceDataLoad(String release, boolean newRelease, int partnersAdded, int networksAdded,
                                int communitiesAdded, int workstreamsAdded) {

    public int recordsAdded() {
        return partnersAdded + networksAdded + communitiesAdded + workstreamsAdded;
    }
}
