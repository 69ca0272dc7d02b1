package org.bettercaretogether.web.meeting;

import java.util.ArrayList;
import java.util.List;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.FormErrors;

/**
 * The model of the meeting pages for staff: scheduling a new meeting ({@code meeting} null), or one meeting with its
 * details, its registrations (personal data: staff only) and the forms that revise it, cancel it and record what
 * happened afterwards — each offered only while it can be used.
 *
 * @param form       the values of the form that schedules or revises the meeting
 * @param errors     the errors of that form
 * @param reason     the reason for cancelling, as typed
 * @param attendance how many came, as typed
 * @param summary    the public summary, as typed
 * @param others     the errors of the cancel and afterwards forms
 */
public record StaffMeetingPage(Summary meeting, List<Registrant> registrations, StaffMeetingForm form,
                               FormErrors errors, Choices choices, String reason, String attendance, String summary,
                               FormErrors others, String notice) {

    public static final String NEW_HEADING = "Schedule a meeting";

    public StaffMeetingPage {
        registrations = List.copyOf(registrations);
    }

    /**
     * A meeting as staff read it, in words: who holds it, when (UK time), where, its places and status, and what was
     * recorded; {@code revisable} while it can still be changed or cancelled (scheduled, not started),
     * {@code recordable} once it has ended (and was not cancelled).
     */
    public record Summary(String id, String version, String title, String purpose, String host, String when,
                          String status, String statusClass, String venueName, String venueAddress,
                          List<String> access, String accessNotes, String onlineLink, int capacity, int taken,
                          int left, int waiting, String cancellationReason, String attendance, String publicSummary,
                          boolean revisable, boolean recordable) {
    }

    /** A registration, for staff only: who, how to reach them, how many places, their access needs and status. */
    public record Registrant(int arrival, String name, String email, int places, String accessNeeds, String status,
                             String registeredAt) {

        @Override
        public String toString() {
            return "Registrant[" + arrival + "]";
        }
    }

    /** What the meeting form offers: the communities and workstreams that may hold it, and the access features. */
    public record Choices(List<Choice> communities, List<Choice> workstreams, List<Choice> access) {
    }

    public boolean creating() {
        return meeting == null;
    }

    public String heading() {
        return creating() ? NEW_HEADING : meeting.title();
    }

    public String title() {
        return errors.isEmpty() && others.isEmpty() ? heading() : "Error: " + heading();
    }

    public String action() {
        return creating() ? StaffMeetingRoutes.PAGES + "/new" : StaffMeetingRoutes.PAGES + "/" + meeting.id();
    }

    /** Every error on the page, for its error summary. */
    public FormErrors allErrors() {
        List<FieldError> all = new ArrayList<>(errors.list());
        all.addAll(others.list());
        return new FormErrors(all);
    }
}
