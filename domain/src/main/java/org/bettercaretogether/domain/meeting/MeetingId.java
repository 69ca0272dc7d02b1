package org.bettercaretogether.domain.meeting;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one meeting. */
public record MeetingId(UUID value) {

    public MeetingId {
        Require.present(value, "meetingId");
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    public static MeetingId parse(String text) {
        try {
            return new MeetingId(UUID.fromString(Require.present(text, "meetingId").strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidValueException("meetingId", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
