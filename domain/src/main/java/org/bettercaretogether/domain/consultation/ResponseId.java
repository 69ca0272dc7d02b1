package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one response to a consultation: the answers one person gave at once. */
public record ResponseId(UUID value) {

    public ResponseId {
        Require.present(value, "responseId");
    }

    public static ResponseId random() {
        return new ResponseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
