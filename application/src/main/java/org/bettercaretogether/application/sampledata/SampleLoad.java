package org.bettercaretogether.application.sampledata;

import java.util.List;

/**
 * What a sample load did.
 *
 * @param viewsBefore   how many views the database held before; the new views are numbered from here
 * @param newStaff      how the staff created by this load sign in, to show once; empty when a previous load made them
 * @param staffMembers  how many sample staff there are, new or found
 * @param priorities    local priorities added
 * @param teams         integrated teams described
 * @param meetings      public meetings scheduled
 * @param registrations registrations for them
 * @param changes       changes made recorded
 * @param projects      community projects added (suggestions among them)
 * @param views         the views added, counted by state
 */
public record SampleLoad(long viewsBefore, List<StaffSignIn> newStaff, int staffMembers, int priorities, int teams,
                         int meetings, int registrations, int changes, int projects, ViewTally views) {

    public SampleLoad {
        newStaff = List.copyOf(newStaff);
    }
}
