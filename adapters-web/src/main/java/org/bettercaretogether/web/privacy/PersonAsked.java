package org.bettercaretogether.web.privacy;

import org.bettercaretogether.application.privacy.DataSubject;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.InvalidValueException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who a request about personal data is about, as an administrator gave it on a form or in the staff API: exactly one
 * of the reference of one of the person's views, their email address or their telephone number (each field empty or
 * absent but one), written as the domain keeps it. Its {@link #toString()} says which, never what.
 *
 * @param reference the reference of one of the person's views, or null
 * @param email     their email address, or null
 * @param phone     their telephone number, or null
 */
public record PersonAsked(String reference, String email, String phone) {

    static final String REFERENCE = "reference";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    /** The fields of a form and of a JSON body, each by the id of the input that shows it. */
    static final Map<String, String> FIELDS = Map.of(REFERENCE, REFERENCE, EMAIL, EMAIL, PHONE, PHONE);

    /**
     * The one of {@code reference} (only when {@code byReference}), {@code email} and {@code phone} that was given,
     * checked and written as the domain keeps it; a refusal names the first field offered when none or several were.
     */
    static Outcome<PersonAsked> given(String reference, String email, String phone, boolean byReference) {
        List<String> offered = byReference ? List.of(REFERENCE, EMAIL, PHONE) : List.of(EMAIL, PHONE);
        Map<String, String> values = new HashMap<>();
        values.put(REFERENCE, byReference ? blankIfNull(reference) : "");
        values.put(EMAIL, blankIfNull(email));
        values.put(PHONE, blankIfNull(phone));
        List<String> filled = offered.stream().filter(field -> !values.get(field).isBlank()).toList();
        if (filled.size() != 1) {
            return Outcome.rejected(Rejection.InvalidInput.of(offered.getFirst(), byReference
                    ? "Give one of the reference of one of the person's views, their email address or their "
                    + "telephone number"
                    : "Give either the person's email address or their telephone number"));
        }
        String field = filled.getFirst();
        try {
            String value = values.get(field);
            return Outcome.done(switch (field) {
                case REFERENCE -> new PersonAsked(new FeedbackReference(value).value(), null, null);
                case EMAIL -> new PersonAsked(null, new EmailAddress(value).value(), null);
                default -> new PersonAsked(null, null, new PhoneNumber(value).value());
            });
        } catch (InvalidValueException broken) {
            return Outcome.rejected(Rejection.InvalidInput.of(broken));
        }
    }

    /** The field that was given: {@code reference}, {@code email} or {@code phone}. */
    String field() {
        return reference != null ? REFERENCE : email != null ? EMAIL : PHONE;
    }

    /** What was given in {@link #field()}. */
    String value() {
        return reference != null ? reference : email != null ? email : phone;
    }

    /** The view's reference, when the person was asked for by one. */
    Optional<FeedbackReference> viewReference() {
        return Optional.ofNullable(reference).map(FeedbackReference::new);
    }

    /** The person, when asked for by an email address or a telephone number. */
    Optional<DataSubject> subject() {
        if (email != null) {
            return Optional.of(new DataSubject.ByEmail(new EmailAddress(email)));
        }
        return Optional.ofNullable(phone).map(number -> new DataSubject.ByPhone(new PhoneNumber(number)));
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String toString() {
        return "PersonAsked[by " + field() + "]";
    }
}
