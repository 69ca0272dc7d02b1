package org.bettercaretogether.application.security;

import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.staff.Role;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may do what, in one place. Every staff use case asks here before it acts, so the rules are not spread
 * over handlers.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** Refuses unless the actor holds one of {@code roles}. */
    public static Optional<Rejection> requireAny(Actor actor, Role... roles) {
        if (Arrays.stream(roles).anyMatch(actor::holds)) {
            return Optional.empty();
        }
        return Optional.of(new Rejection.Forbidden("This needs the role of "
                + String.join(" or ", Arrays.stream(roles).map(Role::title).toList()).toLowerCase(Locale.UK) + "."));
    }
}
