package org.bettercaretogether.application.feedback;

import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A view that came on paper, by phone, letter or email, or at a meeting, as a member of staff enters it; one given at
 * one of the programme's public meetings names that meeting, and is then counted on the meeting's page.
 */
public record EnteredView(ShareAView view, Channel channel, LocalDate receivedOn, Optional<String> eventOrBatch,
                          Optional<MeetingId> meeting) {

    public EnteredView {
        Require.present(view, "view");
        Require.present(channel, "channel");
        Require.present(receivedOn, "receivedOn");
        eventOrBatch = Require.present(eventOrBatch, "eventOrBatch").map(e -> Require.text(e, "eventOrBatch", 200));
        if (channel == Channel.ONLINE) {
            throw new InvalidValueException("channel", "must say how the view came in: online views are given by the public");
        }
        Require.present(meeting, "meeting");
        if (meeting.isPresent() && channel != Channel.MEETING) {
            throw new InvalidValueException("meeting", "is given only for a view given at a meeting");
        }
    }

    /** A view not given at one of the programme's public meetings. */
    public EnteredView(ShareAView view, Channel channel, LocalDate receivedOn, Optional<String> eventOrBatch) {
        this(view, channel, receivedOn, eventOrBatch, Optional.empty());
    }
}
