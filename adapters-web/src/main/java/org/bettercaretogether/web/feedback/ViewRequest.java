package org.bettercaretogether.web.feedback;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.bettercaretogether.application.feedback.ShareAView;
import org.bettercaretogether.application.feedback.Subjects;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.Formats;

/**
 * A view as it was sent, before any check: the body of {@code POST /api/v1/feedback}, and what the form's fields come
 * to. Every member may be missing; {@link #toView} finds every problem at once.
 *
 * <pre>{@code
 * {"about": "community", "slug": "kendal", "role": "PATIENT", "text": "...", "name": "...", "email": "...",
 *  "phone": "...", "consentToContact": true, "consentToPublish": false, "postcodeDistrict": "LA9"}
 * }</pre>
 *
 * @param about            {@code programme}, {@code community}, {@code workstream} or {@code network}
 * @param slug             the community's, workstream's or network's slug; none for the programme
 * @param role             a {@link ContributorRole} by name
 * @param consentToContact absent means no: consent is never assumed
 * @param consentToPublish absent means no
 */
public record ViewRequest(String about, String slug, String role, String text, String name, String email,
                          String phone, Boolean consentToContact, Boolean consentToPublish, String postcodeDistrict) {

    /** The members a request may have; any other is refused, so that a misspelt one is not silently dropped. */
    static final List<String> MEMBERS = List.of("about", "slug", "role", "text", "name", "email", "phone",
            "consentToContact", "consentToPublish", "postcodeDistrict");

    static final int LONGEST_NAME = 200;
    private static final Pattern FULL_POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?\\s*[0-9][A-Z]{2}");

    /**
     * The view to share, or every problem of the request, each against its member ({@code slugField} names the member
     * that carries the slug: {@code slug} in JSON, the kind's own select on the form).
     */
    Outcome<ShareAView> toView(String slugField, Function<ViewAbout, Optional<FieldProblem>> subjectProblem) {
        var checks = new FieldChecks();
        Optional<ViewAbout> viewAbout = about(checks, slugField, subjectProblem);
        Optional<ContributorRole> contributor = role(checks);
        Optional<ViewText> words = text(checks);
        Optional<String> given = blank(name) ? Optional.empty() : Optional.of(name.strip());
        if (given.isPresent() && given.get().length() > LONGEST_NAME) {
            checks.add("name", "Your name must be " + LONGEST_NAME + " characters or fewer");
        }
        Optional<EmailAddress> address = blank(email) ? Optional.empty() : made(() -> new EmailAddress(email));
        if (!blank(email) && address.isEmpty()) {
            checks.add("email", FieldChecks.EMAIL_FORMAT);
        }
        Optional<PhoneNumber> number = blank(phone) ? Optional.empty() : made(() -> new PhoneNumber(phone));
        if (!blank(phone) && number.isEmpty()) {
            checks.add("phone", "Enter a telephone number, like 01539 123456");
        }
        boolean contact = Boolean.TRUE.equals(consentToContact);
        if (contact && blank(email) && blank(phone)) {
            checks.add("consentToContact", "To be contacted about your view, enter an email address or a "
                    + "telephone number, or untick the box");
        }
        Optional<PostcodeDistrict> district = district(checks);
        return checks.outcome(() -> new ShareAView(viewAbout.orElseThrow(), contributor.orElseThrow(),
                words.orElseThrow(), new ContactDetails(given, address, number),
                new Consent(contact, Boolean.TRUE.equals(consentToPublish)), district));
    }

    /**
     * What the view is about, as asked; whether there is such a community, workstream or network is the use case's
     * to say ({@code subjectProblem}), and its answer is listed with the rest, against {@code slugField}.
     */
    private Optional<ViewAbout> about(FieldChecks checks, String slugField,
                                      Function<ViewAbout, Optional<FieldProblem>> subjectProblem) {
        if (blank(about)) {
            checks.add("about", "Select what your view is about");
            return Optional.empty();
        }
        Optional<ViewAbout.Kind> kind = Arrays.stream(ViewAbout.Kind.values())
                .filter(k -> k.key().equals(about.strip().toLowerCase(Locale.ROOT))).findFirst();
        if (kind.isEmpty()) {
            checks.add("about", "Select what your view is about: the programme as a whole, a community, a "
                    + "workstream or a network");
            return Optional.empty();
        }
        if (kind.get() == ViewAbout.Kind.PROGRAMME) {
            if (!blank(slug)) {
                checks.add(slugField, "Leave out the slug for a view about the programme as a whole");
                return Optional.empty();
            }
            return Optional.of(ViewAbout.programme());
        }
        String noun = kind.get().title();
        if (blank(slug)) {
            checks.add(slugField, "Select the " + noun + " your view is about");
            return Optional.empty();
        }
        String wanted = slug.strip();
        Optional<Slug> address = made(() -> new Slug(wanted));
        if (address.isEmpty()) {
            // No address of that shape was ever given to anything: say so as the use case says it of any unknown one.
            checks.add(slugField, Subjects.unknown(kind.get(), wanted));
            return Optional.empty();
        }
        ViewAbout asked = new ViewAbout(kind.get(), address);
        Optional<FieldProblem> problem = subjectProblem.apply(asked);
        problem.ifPresent(refused -> checks.add(slugField, refused.problem()));
        return problem.isPresent() ? Optional.empty() : Optional.of(asked);
    }

    private Optional<ContributorRole> role(FieldChecks checks) {
        if (blank(role)) {
            checks.add("role", "Select which of these best describes you");
            return Optional.empty();
        }
        Optional<ContributorRole> found = Arrays.stream(ContributorRole.values())
                .filter(r -> r.name().equals(role.strip().toUpperCase(Locale.ROOT))).findFirst();
        if (found.isEmpty()) {
            checks.add("role", "Select which of these best describes you: one of "
                    + Formats.list(Arrays.stream(ContributorRole.values()).map(Enum::name).toList()));
        }
        return found;
    }

    private Optional<ViewText> text(FieldChecks checks) {
        // A browser sends each line break of a textarea as CR LF; a person counts one character, as the counter does.
        String words = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (words.isEmpty()) {
            checks.add("text", "Enter your view");
            return Optional.empty();
        }
        if (words.length() > ViewText.MAX_LENGTH) {
            checks.add("text", "Your view must be " + Formats.number(ViewText.MAX_LENGTH) + " characters or fewer");
            return Optional.empty();
        }
        return checks.check("text", "Your view", () -> new ViewText(words));
    }

    private Optional<PostcodeDistrict> district(FieldChecks checks) {
        if (blank(postcodeDistrict)) {
            return Optional.empty();
        }
        String given = postcodeDistrict.strip().toUpperCase(Locale.ROOT);
        if (FULL_POSTCODE.matcher(given).matches()) {
            checks.add("postcodeDistrict", "Enter only the first half of your postcode, like LA9");
            return Optional.empty();
        }
        if (!PostcodeDistrict.looksLikeOne(given)) {
            checks.add("postcodeDistrict", "Enter the first half of your postcode, like LA9");
            return Optional.empty();
        }
        return Optional.of(new PostcodeDistrict(given));
    }

    /** How the request names a kind of subject: "Integrated Care Community", "workstream", "clinical network". */
    /** The value, or empty when it breaks one of the domain's rules (the caller words the problem for a person). */
    private static <T> Optional<T> made(Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (InvalidValueException broken) {
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "ViewRequest[about=" + about + ", slug=" + slug + "]";
    }
}
