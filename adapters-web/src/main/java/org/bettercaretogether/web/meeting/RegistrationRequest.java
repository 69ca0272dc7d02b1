package org.bettercaretogether.web.meeting;

import java.util.List;
import java.util.Optional;
import org.bettercaretogether.application.meeting.NewRegistration;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.Formats;

/**
 * A registration as it was sent, before any check: the body of {@code POST /api/v1/meetings/{id}/registrations}, and
 * what the form's fields come to. Every member may be missing; {@link #toRegistration} finds every problem at once.
 *
 * <pre>{@code
 * {"name": "...", "email": "...", "places": 2, "accessNeeds": "..."}
 * }</pre>
 *
 * <p>The name, email address and access needs are personal data: {@link #toString()} leaves them out.
 *
 * @param places      how many places, from 1 to 10, the person's own included
 * @param accessNeeds optional; seen only by the organisers
 */
public record RegistrationRequest(String name, String email, Integer places, String accessNeeds) {

    /** The members a request may have; any other is refused, so that a misspelt one is not silently dropped. */
    static final List<String> MEMBERS = List.of("name", "email", "places", "accessNeeds");

    static final int LONGEST_NAME = 200;
    static final int LONGEST_ACCESS_NEEDS = 1_000;

    /** The registration, or every problem of the request, each against its member. */
    Outcome<NewRegistration> toRegistration() {
        return toRegistration(new FieldChecks());
    }

    /** The same, adding to problems already found (the form's "places" that is not a number). */
    Outcome<NewRegistration> toRegistration(FieldChecks checks) {
        if (checks.required("name", name, "Enter your name") && name.strip().length() > LONGEST_NAME) {
            checks.add("name", "Your name must be " + LONGEST_NAME + " characters or fewer");
        }
        Optional<EmailAddress> address = Optional.empty();
        if (checks.required("email", email, "Enter your email address")) {
            address = made(() -> new EmailAddress(email.strip()));
            if (address.isEmpty()) {
                checks.add("email", FieldChecks.EMAIL_FORMAT);
            }
        }
        if (checks.required("places", places, "Enter how many places you need")
                && (places < 1 || places > Registration.MOST_PLACES)) {
            checks.add("places", "The number of places must be from 1 to " + Registration.MOST_PLACES);
        }
        Optional<String> needs = blank(accessNeeds) ? Optional.empty() : Optional.of(accessNeeds.strip());
        if (needs.isPresent() && needs.get().length() > LONGEST_ACCESS_NEEDS) {
            checks.add("accessNeeds", "Your access needs must be " + Formats.number(LONGEST_ACCESS_NEEDS)
                    + " characters or fewer");
        }
        Optional<EmailAddress> given = address;
        return checks.outcome(() -> new NewRegistration(name.strip(), given.orElseThrow(), places, needs));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static <T> Optional<T> made(java.util.function.Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (InvalidValueException broken) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "RegistrationRequest[places=" + places + "]";
    }
}
