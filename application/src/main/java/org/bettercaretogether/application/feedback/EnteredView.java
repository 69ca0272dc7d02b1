package org.bettercaretogether.application.feedback;

import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.time.LocalDate;
import java.util.Optional;

/** A view that came on paper, by phone, letter or email, or at a meeting, as a member of staff enters it. */
public record EnteredView(ShareAView view, Channel channel, LocalDate receivedOn, Optional<String> eventOrBatch) {

    public EnteredView {
        Require.present(view, "view");
        Require.present(channel, "channel");
        Require.present(receivedOn, "receivedOn");
        eventOrBatch = Require.present(eventOrBatch, "eventOrBatch").map(e -> Require.text(e, "eventOrBatch", 200));
        if (channel == Channel.ONLINE) {
            throw new InvalidValueException("channel", "must say how the view came in: online views are given by the public");
        }
    }
}
