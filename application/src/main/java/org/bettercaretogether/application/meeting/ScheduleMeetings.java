package org.bettercaretogether.application.meeting;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.meeting.MeetingId;

import java.util.List;

/**
 * Engagement officers and administrators run meetings. Moving or cancelling a meeting tells everyone registered; its
 * places may not go below those already confirmed, and more places go to those waiting.
 */
public interface ScheduleMeetings {

    Outcome<List<PublicMeeting>> meetings(Actor actor);

    Outcome<StaffMeeting> meeting(Actor actor, MeetingId id);

    /** Schedules a meeting; the start must be in the future. */
    Outcome<StaffMeeting> schedule(Actor actor, MeetingDraft draft);

    /** Changes a meeting before it starts; if its time or place changes, everyone registered is told. */
    Outcome<StaffMeeting> revise(Actor actor, MeetingId id, long version, MeetingDraft draft);

    Outcome<StaffMeeting> cancel(Actor actor, MeetingId id, long version, String reason);

    /** After the meeting: how many came, and a summary for the public. */
    Outcome<StaffMeeting> recordAfterwards(Actor actor, MeetingId id, long version, int attendance, String summary);
}
