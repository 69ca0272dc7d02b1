package org.bettercaretogether.application.meeting;

import jakarta.inject.Inject;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.RegistrationStatus;
import org.bettercaretogether.domain.meeting.Venue;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes the messages that tell registrants about their places and their meetings to the outbox. */
public final class MeetingNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final String SIGN_OFF = """

            To cancel, use the private link you were given when you registered.

            Better Care Together
            """;

    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public MeetingNotices(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public void registered(Registration registration, Meeting meeting, int waitingAhead) {
        boolean confirmed = registration.status() == RegistrationStatus.CONFIRMED;
        tell(registration, confirmed ? "Your place at " + meeting.title() : "You are on the waiting list for " + meeting.title(),
                (confirmed ? "You have " + places(registration) + " at this meeting:"
                        : "The meeting is full, so you are on the waiting list (" + waitingAhead
                        + " ahead of you). If a place frees, it is given to the first person waiting, and we will tell you.")
                        + "\n\n" + describe(meeting));
    }

    public void promoted(Registration registration, Meeting meeting) {
        tell(registration, "A place has become free: you have a place at " + meeting.title(),
                "A place has become free, and you now have " + places(registration) + " at this meeting:\n\n"
                        + describe(meeting));
    }

    public void cancelledByRegistrant(Registration registration, Meeting meeting) {
        outbox.add(OutgoingMail.write(registration.email(), "You have cancelled your registration for " + meeting.title(),
                "Your registration for this meeting is cancelled:\n\n" + describe(meeting)
                        + "\nThank you for letting us know.\n\nBetter Care Together\n", clock.instant()));
    }

    public void meetingCancelled(Registration registration, Meeting meeting) {
        outbox.add(OutgoingMail.write(registration.email(), "Cancelled: " + meeting.title(),
                "We are sorry: this meeting is cancelled.\n\n" + describe(meeting) + "\nThe reason: "
                        + meeting.cancellationReason().orElse("not given") + "\n\nBetter Care Together\n",
                clock.instant()));
    }

    public void meetingChanged(Registration registration, Meeting meeting) {
        tell(registration, "Changed: " + meeting.title(),
                "The time or place of this meeting has changed. It is now:\n\n" + describe(meeting));
    }

    private void tell(Registration registration, String subject, String body) {
        outbox.add(OutgoingMail.write(registration.email(), subject, body + SIGN_OFF, clock.instant()));
    }

    private static String places(Registration registration) {
        return registration.places() == 1 ? "a place" : registration.places() + " places";
    }

    /** The meeting's title, UK date and times, and where it is. */
    static String describe(Meeting meeting) {
        LocalDateTime start = meeting.localStart();
        LocalDateTime end = meeting.localEnd();
        StringBuilder text = new StringBuilder(meeting.title()).append('\n')
                .append(DAY.format(start)).append(", ").append(time(start)).append(" to ").append(time(end))
                .append(" (UK time)\n");
        meeting.venue().map(Venue::name).ifPresent(name -> text.append(name).append(", ")
                .append(meeting.venue().get().address()).append('\n'));
        meeting.onlineLink().ifPresent(link -> text.append("Online: ").append(link).append('\n'));
        return text.toString();
    }

    private static String time(LocalDateTime at) {
        return TIME.format(at).toLowerCase(Locale.UK);
    }
}
