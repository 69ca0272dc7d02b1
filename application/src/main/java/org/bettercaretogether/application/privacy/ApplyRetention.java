package org.bettercaretogether.application.privacy;

/**
 * Removes what has been kept as long as the privacy notice says ({@link RetentionSettings}): run on a schedule, by one
 * instance of the service at a time however many share the store, each run recorded in the audit log by how many
 * records of each kind it removed, never by what they held.
 */
public interface ApplyRetention {

    /**
     * Removes everything past its time, a batch of each kind at a time, until nothing is left or another instance
     * takes over. Answers what this instance removed.
     */
    RetentionRun applyAll();
}
