package org.bettercaretogether.domain.meeting;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.time.Instant;
import java.util.Optional;

/**
 * A person's registration for a meeting: their name, email address, how many places, and any access needs — all
 * personal data, for staff only, hidden by {@link #toString()} — when they registered, their place in the order of
 * arrival (1 for the first to register for the meeting), and whether they have a place, are waiting for one, or
 * cancelled. The private cancel link's token is kept as a hash.
 */
public record Registration(RegistrationId id, MeetingId meeting, String name, EmailAddress email, int places,
                           Optional<String> accessNeeds, RegistrationStatus status, Instant registeredAt, int arrival,
                           String cancelTokenHash, long version) {

    public static final int MOST_PLACES = 10;

    public Registration {
        Require.present(id, "registrationId");
        Require.present(meeting, "meeting");
        name = Require.text(name, "name", 200);
        Require.present(email, "email");
        if (places < 1 || places > MOST_PLACES) {
            throw new InvalidValueException("places", "must be from 1 to " + MOST_PLACES);
        }
        accessNeeds = Require.present(accessNeeds, "accessNeeds").map(needs -> Require.text(needs, "accessNeeds", 1_000));
        Require.present(status, "status");
        Require.present(registeredAt, "registeredAt");
        Require.positive(arrival, "arrival");
        cancelTokenHash = Require.text(cancelTokenHash, "cancelTokenHash", 128);
        Require.version(version);
    }

    public boolean active() {
        return status != RegistrationStatus.CANCELLED;
    }

    public Registration withStatus(RegistrationStatus newStatus) {
        return new Registration(id, meeting, name, email, places, accessNeeds, newStatus, registeredAt, arrival, cancelTokenHash,
                version);
    }

    public Registration withVersion(long newVersion) {
        return new Registration(id, meeting, name, email, places, accessNeeds, status, registeredAt, arrival, cancelTokenHash,
                newVersion);
    }

    @Override
    public String toString() {
        return "Registration[" + id + ", " + status + ", places=" + places + "]";
    }
}
