package org.bettercaretogether.web.meeting;

import java.time.Instant;
import org.bettercaretogether.application.meeting.RegistrationStanding;
import org.bettercaretogether.domain.meeting.RegistrationStatus;

/**
 * The model of a registration's private page: the meeting, where the registration stands, and on arrival from the
 * form ({@code justRegistered}) the confirmation of it. It shows nothing the person gave: not their name, email
 * address or access needs, so that whoever holds the link learns no more than the meeting and a status.
 *
 * @param link the whole private link, to keep
 */
public record RegistrationPage(MeetingDetails meeting, RegistrationStatus status, int places, int waitingAhead,
                               boolean justRegistered, String link, String cancelAction) {

    static RegistrationPage of(RegistrationStanding view, Instant now, boolean justRegistered, String link,
                               String cancelAction) {
        return new RegistrationPage(MeetingDetails.of(view.meeting(), now), view.status(), view.places(),
                view.waitingAhead(), justRegistered, link, cancelAction);
    }

    public boolean confirmed() {
        return status == RegistrationStatus.CONFIRMED;
    }

    public boolean waiting() {
        return status == RegistrationStatus.WAITING;
    }

    public boolean cancelled() {
        return status == RegistrationStatus.CANCELLED;
    }

    /** The confirmation panel: only just after registering, for a registration still standing. */
    public boolean panel() {
        return justRegistered && !cancelled();
    }

    /** Whether the person can still cancel here: their registration stands and the meeting is still to come. */
    public boolean cancellable() {
        return !cancelled() && meeting.open();
    }

    /** The page's heading (the panel's title on arrival from the form). */
    public String heading() {
        return switch (status) {
            case CONFIRMED -> "You have a place";
            case WAITING -> "You are on the waiting list";
            case CANCELLED -> "Your registration is cancelled";
        };
    }

    /** "1 place", "3 places". */
    public String placesText() {
        return places == 1 ? "1 place" : places + " places";
    }

    /** "2 ahead of you", or that nobody is. */
    public String aheadText() {
        return waitingAhead == 0 ? "Nobody is ahead of you" : waitingAhead + " ahead of you";
    }

    public String statusText() {
        return status.title();
    }

    public String statusColour() {
        return switch (status) {
            case CONFIRMED -> "govuk-tag--green";
            case WAITING -> "govuk-tag--orange";
            case CANCELLED -> "govuk-tag--grey";
        };
    }

    public String title() {
        return heading();
    }

    @Override
    public String toString() {
        return "RegistrationPage[" + status + "]";
    }
}
