package org.bettercaretogether.web.meeting;

import io.javalin.http.Context;
import java.util.List;
import org.bettercaretogether.application.meeting.NewRegistration;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.Requests;

/**
 * The registration form's fields as the person filled them in, kept to show the form again. The number of places
 * is kept as typed, so that "two" comes back as "two" with its error.
 *
 * <p>There is no submission key: the form gives the registration no idempotency key (the API takes one in its
 * {@code Idempotency-Key} header), so a double click is left to the browser's POST-redirect-GET (the answer is a 303 to the registration's own page, which a refresh does not resend).
 */
public record RegistrationForm(String name, String email, String places, String accessNeeds) {

    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String PLACES = "places";
    static final String ACCESS_NEEDS = "access-needs";

    /** The fields in the order the page shows them, as the error summary lists their errors. */
    static final List<String> FIELDS = List.of(NAME, EMAIL, PLACES, ACCESS_NEEDS);

    /** A new form: one place. */
    static RegistrationForm start() {
        return new RegistrationForm("", "", "1", "");
    }

    static RegistrationForm read(Context ctx) {
        return new RegistrationForm(Requests.field(ctx, NAME), Requests.field(ctx, EMAIL), Requests.field(ctx, PLACES),
                Requests.field(ctx, ACCESS_NEEDS));
    }

    /** The registration, or every problem with the form's answers (named as the API names its members). */
    Outcome<NewRegistration> toRegistration() {
        var checks = new FieldChecks();
        Integer count = null;
        if (places.matches("[+-]?\\d+")) {
            try {
                count = Integer.valueOf(places);
            } catch (NumberFormatException tooManyDigits) {
                count = places.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE; // out of range all the same
            }
        } else if (!places.isBlank()) {
            checks.add(PLACES, "Enter the number of places as a whole number, like 2");
        }
        return new RegistrationRequest(name, email, count, accessNeeds).toRegistration(checks);
    }

    @Override
    public String toString() {
        return "RegistrationForm[places=" + places + "]";
    }
}
