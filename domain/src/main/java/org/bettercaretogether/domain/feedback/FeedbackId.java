package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one view for as long as it is kept. */
public record FeedbackId(UUID value) {

    public FeedbackId {
        Require.present(value, "feedbackId");
    }

    public static FeedbackId random() {
        return new FeedbackId(UUID.randomUUID());
    }

    /** Reads an id as it appears in an address; anything that is not a UUID is refused. */
    public static FeedbackId parse(String text) {
        try {
            return new FeedbackId(UUID.fromString(Require.present(text, "feedbackId").strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidValueException("feedbackId", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
