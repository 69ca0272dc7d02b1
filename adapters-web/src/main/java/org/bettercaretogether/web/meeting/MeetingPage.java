package org.bettercaretogether.web.meeting;

import org.bettercaretogether.web.platform.FormErrors;

/**
 * The model of a meeting's page: the meeting, the registration form as filled in, the errors of the last attempt,
 * and the views given at the meeting.
 *
 * @param feed  the calendar feed of all the host's meetings, or null when the host has none
 * @param views how many views were given at the meeting, and the published ones
 */
public record MeetingPage(MeetingDetails meeting, RegistrationForm form, FormErrors errors, String feed,
                          MeetingViews views) {

    public String title() {
        return errors.isEmpty() ? meeting.title() : "Error: " + meeting.title();
    }

    /**
     * Whether the page tells of the views given at the meeting: once it has taken place, or sooner when some were
     * entered (a meeting cancelled on the day may still have heard people at the door).
     */
    public boolean showsViews() {
        return meeting.tookPlace() || views.count() > 0;
    }

    /** The words of the form's button: a full meeting has only places on the waiting list to give. */
    public String registerButton() {
        return meeting.full() ? "Join the waiting list" : "Register";
    }
}
