package org.bettercaretogether.application.meeting;

import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingHost;
import org.bettercaretogether.domain.meeting.MeetingId;

import java.util.List;
import java.util.Optional;

/** Every public meeting. */
public interface Meetings {

    /** Stores a new meeting at version 1. */
    Meeting add(Meeting meeting);

    Optional<Meeting> find(MeetingId id);

    /**
     * The meeting, held for the rest of the transaction so that no other registration or change to it can be made
     * meanwhile: registrations for one meeting are counted one at a time.
     */
    Optional<Meeting> lock(MeetingId id);

    /** Stores a changed meeting if its version is the stored one; empty otherwise. */
    Optional<Meeting> update(Meeting meeting);

    /** Every meeting of a host, by start. */
    List<Meeting> of(MeetingHost host);

    /** Every meeting, by start. */
    List<Meeting> all();
}
