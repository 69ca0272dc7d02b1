package org.bettercaretogether.domain.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who has a place and who waits, strictly first come first served: in the order people registered, each gets their
 * places while enough are left; from the first who cannot be seated, everyone after waits, so nobody overtakes an
 * earlier registrant by asking for fewer places.
 */
public final class SeatPlan {

    private SeatPlan() {
    }

    /**
     * The active registrations with the status each should have for {@code capacity} places, in arrival order
     * (their arrival number).
     */
    public static List<Registration> allocate(int capacity, List<Registration> registrations) {
        List<Registration> inOrder = registrations.stream().filter(Registration::active)
                .sorted(Comparator.comparingInt(Registration::arrival))
                .toList();
        List<Registration> planned = new ArrayList<>();
        int left = capacity;
        boolean queueing = false;
        for (Registration registration : inOrder) {
            if (!queueing && registration.places() <= left) {
                left -= registration.places();
                planned.add(registration.withStatus(RegistrationStatus.CONFIRMED));
            } else {
                queueing = true;
                planned.add(registration.withStatus(RegistrationStatus.WAITING));
            }
        }
        return planned;
    }

    /** Places taken by confirmed registrations. */
    public static int taken(List<Registration> registrations) {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                .mapToInt(Registration::places).sum();
    }
}
