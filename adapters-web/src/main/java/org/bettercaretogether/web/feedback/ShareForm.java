package org.bettercaretogether.web.feedback;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.web.platform.Requests;

/**
 * The "Share your view" form's fields as the person filled them in, kept to show the form again. Each kind of
 * subject has its own select ({@code community}, {@code workstream}, {@code network}); without JavaScript all three
 * are shown, and only the one matching the chosen {@code about} counts.
 *
 * @param submission a random value the form carries from the moment it is shown, sent as the submission's
 *                   idempotency key, so that a double click or a resent form gives one view, not two
 */
public record ShareForm(String about, String community, String workstream, String network, String role, String text,
                 String name, String email, String phone, boolean consentToContact, boolean consentToPublish,
                 String postcodeDistrict, String submission) {

    static final String ABOUT = "about";
    static final String ROLE = "role";
    static final String TEXT = "text";
    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String CONSENT_TO_CONTACT = "consent-to-contact";
    static final String CONSENT_TO_PUBLISH = "consent-to-publish";
    static final String POSTCODE_DISTRICT = "postcode-district";
    static final String SUBMISSION = "submission";

    /** The fields in the order the page shows them, as the error summary lists their errors. */
    static final List<String> FIELDS = List.of(ABOUT, "community", "workstream", "network", ROLE, TEXT, NAME, EMAIL,
            PHONE, CONSENT_TO_CONTACT, CONSENT_TO_PUBLISH, POSTCODE_DISTRICT);

    /** A new, empty form; {@code about} and {@code slug} (from a link such as "Share your view about Kendal") choose a subject. */
    static ShareForm start(String about, String slug) {
        String kind = about == null ? "" : about.strip().toLowerCase(Locale.ROOT);
        String chosen = slug == null ? "" : slug.strip();
        boolean known = kind.equals("programme") || kind.equals("community") || kind.equals("workstream")
                || kind.equals("network");
        return new ShareForm(known ? kind : "", kind.equals("community") ? chosen : "",
                kind.equals("workstream") ? chosen : "", kind.equals("network") ? chosen : "", "", "", "", "", "",
                false, false, "", newSubmission());
    }

    static ShareForm read(Context ctx) {
        return new ShareForm(Requests.field(ctx, ABOUT), Requests.field(ctx, "community"),
                Requests.field(ctx, "workstream"), Requests.field(ctx, "network"), Requests.field(ctx, ROLE),
                Requests.field(ctx, TEXT), Requests.field(ctx, NAME), Requests.field(ctx, EMAIL),
                Requests.field(ctx, PHONE), Requests.ticked(ctx, CONSENT_TO_CONTACT),
                Requests.ticked(ctx, CONSENT_TO_PUBLISH), Requests.field(ctx, POSTCODE_DISTRICT),
                Requests.field(ctx, SUBMISSION));
    }

    /** What the form comes to as a request: the slug is the one chosen in the select of the chosen kind. */
    ViewRequest request() {
        return new ViewRequest(about, slugOfChosenKind(), role, text, name, email, phone, consentToContact,
                consentToPublish, postcodeDistrict);
    }

    /** The field that holds the slug of the chosen kind of subject, against which a problem with it is shown. */
    String slugField() {
        return switch (about) {
            case "community", "workstream", "network" -> about;
            default -> ABOUT;
        };
    }

    /** The form's idempotency key, when it carries a well-formed one. */
    Optional<IdempotencyKey> key() {
        try {
            return submission.isBlank() ? Optional.empty() : Optional.of(new IdempotencyKey(submission));
        } catch (InvalidValueException malformed) {
            return Optional.empty();
        }
    }

    /** The same answers with a new submission key, for a form whose key was already used for another view. */
    ShareForm withNewSubmission() {
        return new ShareForm(about, community, workstream, network, role, text, name, email, phone, consentToContact,
                consentToPublish, postcodeDistrict, newSubmission());
    }

    public boolean isAbout(ViewAbout.Kind kind) {
        return about.equals(kind.key());
    }

    private String slugOfChosenKind() {
        return switch (about) {
            case "community" -> community;
            case "workstream" -> workstream;
            case "network" -> network;
            default -> null;
        };
    }

    private static String newSubmission() {
        return UUID.randomUUID().toString();
    }

    @Override
    public String toString() {
        return "ShareForm[about=" + about + "]";
    }
}
