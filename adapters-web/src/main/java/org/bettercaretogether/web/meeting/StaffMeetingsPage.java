package org.bettercaretogether.web.meeting;

import java.util.List;

/** The model of {@code /staff/meetings}: every meeting, the latest first, with its places and status. */
public record StaffMeetingsPage(List<Row> meetings) {

    public static final String HEADING = "Meetings";

    public StaffMeetingsPage {
        meetings = List.copyOf(meetings);
    }

    /**
     * One meeting: its title and staff page, who holds it, when (UK time, in words), places taken and left, how many
     * are waiting, and its status with the GOV.UK tag it is shown in.
     */
    public record Row(String title, String href, String host, String when, int capacity, int taken, int left,
                      int waiting, String status, String statusClass) {
    }
}
