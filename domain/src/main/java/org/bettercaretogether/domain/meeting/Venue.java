package org.bettercaretogether.domain.meeting;

import org.bettercaretogether.domain.shared.Require;

import java.util.Optional;
import java.util.Set;

/** Where a meeting is held, with what the venue offers and anything else a person needs to know to get in. */
public record Venue(String name, String address, Set<AccessFeature> access, Optional<String> accessNotes) {

    public Venue {
        name = Require.text(name, "venueName", 200);
        address = Require.text(address, "venueAddress", 500);
        access = Set.copyOf(Require.present(access, "access"));
        accessNotes = Require.present(accessNotes, "accessNotes").map(notes -> Require.text(notes, "accessNotes", 1_000));
    }
}
