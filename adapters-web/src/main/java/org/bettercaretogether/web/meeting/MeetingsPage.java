package org.bettercaretogether.web.meeting;

import java.util.List;

/** The model of the list of upcoming meetings, soonest first. */
public record MeetingsPage(List<MeetingDetails> meetings) {

    public static final String HEADING = "Public meetings";

    public MeetingsPage {
        meetings = List.copyOf(meetings);
    }
}
