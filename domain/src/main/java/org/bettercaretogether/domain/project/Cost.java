package org.bettercaretogether.domain.project;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.Optional;

/** What taking part costs: free, or a charge described in words ("£2 a session, first one free"). */
public record Cost(boolean free, Optional<String> charge) {

    public Cost {
        charge = Require.present(charge, "charge").map(words -> Require.text(words, "charge", 200));
        if (!free && charge.isEmpty()) {
            throw new InvalidValueException("charge", "must say what it costs when it is not free");
        }
        if (free && charge.isPresent()) {
            throw new InvalidValueException("charge", "must be left out when it is free");
        }
    }

    public static Cost nothing() {
        return new Cost(true, Optional.empty());
    }

    public static Cost of(String charge) {
        return new Cost(false, Optional.of(charge));
    }
}
