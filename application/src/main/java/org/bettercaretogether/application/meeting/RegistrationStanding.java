package org.bettercaretogether.application.meeting;

import org.bettercaretogether.domain.meeting.RegistrationStatus;

/** What the holder of a cancel link sees: the meeting, and where their registration stands (no personal data). */
public record RegistrationStanding(PublicMeeting meeting, RegistrationStatus status, int places, int waitingAhead) {
}
