package org.bettercaretogether.application.meeting;

import org.bettercaretogether.domain.meeting.Registration;

import java.util.List;

/** A meeting as staff see it: the public picture and every registration, access needs included. */
public record StaffMeeting(PublicMeeting meeting, List<Registration> registrations) {
}
