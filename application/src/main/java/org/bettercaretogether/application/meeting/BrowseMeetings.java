package org.bettercaretogether.application.meeting;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.Slug;

import java.util.List;

/** What anyone may read of the meetings. */
public interface BrowseMeetings {

    /** Meetings not yet ended (cancelled ones included, so people who planned to come can see it), soonest first. */
    List<PublicMeeting> upcoming();

    /** A community's meetings: upcoming ones first, soonest first, then past ones, latest first. */
    Outcome<List<PublicMeeting>> ofCommunity(Slug community);

    /** A workstream's meetings, in the same order. */
    Outcome<List<PublicMeeting>> ofWorkstream(Slug workstream);

    Outcome<PublicMeeting> meeting(MeetingId id);
}
