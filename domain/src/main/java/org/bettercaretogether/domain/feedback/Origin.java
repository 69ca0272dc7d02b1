package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a view came from: the channel, the day it was received, the event or batch it came with (a meeting, a
 * postbag, an imported file), the member of staff who entered it when it did not come in online, and — for a view
 * given at one of the programme's public meetings — that meeting.
 */
public record Origin(Channel channel, LocalDate receivedOn, Optional<String> eventOrBatch,
                     Optional<StaffMemberId> enteredBy, Optional<MeetingId> meeting) {

    public Origin {
        Require.present(channel, "channel");
        Require.present(receivedOn, "receivedOn");
        eventOrBatch = Require.present(eventOrBatch, "eventOrBatch").map(e -> Require.text(e, "eventOrBatch", 200));
        Require.present(enteredBy, "enteredBy");
        if (channel == Channel.ONLINE && enteredBy.isPresent()) {
            throw new InvalidValueException("channel", "must not be online for a view entered by staff");
        }
        if (channel != Channel.ONLINE && enteredBy.isEmpty()) {
            throw new InvalidValueException("enteredBy", "is required for a view that did not come in online");
        }
        Require.present(meeting, "meeting");
        if (meeting.isPresent() && channel != Channel.MEETING) {
            throw new InvalidValueException("meeting", "is given only for a view given at a meeting");
        }
    }

    /** Where a view came from that was not given at one of the programme's meetings. */
    public Origin(Channel channel, LocalDate receivedOn, Optional<String> eventOrBatch,
                  Optional<StaffMemberId> enteredBy) {
        this(channel, receivedOn, eventOrBatch, enteredBy, Optional.empty());
    }

    public static Origin online(LocalDate receivedOn) {
        return new Origin(Channel.ONLINE, receivedOn, Optional.empty(), Optional.empty());
    }
}
