package org.bettercaretogether.application.meeting;

import org.bettercaretogether.domain.meeting.Meeting;

/**
 * A meeting as the public sees it: the meeting, who holds it (name, kind and slug), how many places are left and how
 * many people are waiting. Nothing about who registered.
 *
 * @param hostKind {@code community} or {@code workstream}
 */
public record PublicMeeting(Meeting meeting, String hostName, String hostKind, String hostSlug, int placesLeft,
                            int waiting) {
}
