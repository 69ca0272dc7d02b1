package org.bettercaretogether.web.moderation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bettercaretogether.application.feedback.EnteredView;
import org.bettercaretogether.application.feedback.ShareAView;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.FieldChecks;

/**
 * A view that did not come in online, as a member of staff enters it: the body of
 * {@code POST /api/v1/staff/feedback}, and what the form at {@code /staff/feedback/new} and each row of an imported
 * CSV file are read into. Everything is text as typed, read here with the domain's rules.
 *
 * @param about            {@code programme}, {@code community}, {@code workstream} or {@code network}
 * @param slug             which community, workstream or network (none for the programme)
 * @param role             in what capacity the person gave it, such as {@code PATIENT} (or its title, "Patient")
 * @param channel          how it came in, such as {@code LETTER} or {@code MEETING}; not {@code ONLINE}
 * @param receivedOn       the day it was received, {@code YYYY-MM-DD}; not in the future
 * @param eventOrBatch     the meeting or postbag it came with, if any
 * @param consentToContact whether the person agreed to be contacted (absent: no)
 * @param consentToPublish whether the person agreed to publication (absent: no)
 * @param meeting          the id of the programme's public meeting it was given at, if it was (then the channel is
 *                         {@code MEETING}); the meeting's page counts it
 */
public record ViewEntry(String about, String slug, String role, String text, String channel, String receivedOn,
                        String eventOrBatch, String name, String email, String phone, Boolean consentToContact,
                        Boolean consentToPublish, String postcodeDistrict, String meeting) {

    /**
     * What the use case calls the field at fault when it cannot find what a view is about (the kind's own name),
     * as an entry names it.
     */
    static final Map<String, String> USE_CASE_FIELDS = Map.of("community", "slug", "workstream", "slug",
            "network", "slug");

    /** The view entered, or empty with every rule broken recorded in {@code problems}. */
    Optional<EnteredView> read(FieldChecks problems) {
        Optional<ViewAbout> subject = about(problems);
        Optional<ContributorRole> givenAs = required("role", role, problems).flatMap(value -> oneOf(
                EnumSet.allOf(ContributorRole.class), value, ContributorRole::title, "role", problems));
        Optional<ViewText> words = problems.rule("text", () -> new ViewText(orEmpty(text)));
        Optional<Channel> how = required("channel", channel, problems).flatMap(value -> oneOf(
                EnumSet.complementOf(EnumSet.of(Channel.ONLINE)), value, Channel::title, "channel", problems));
        Optional<LocalDate> day = problems.has("receivedOn") ? Optional.empty()
                : required("receivedOn", receivedOn, problems).flatMap(value -> date(value, problems));
        Optional<Optional<String>> batch = optional(eventOrBatch, "eventOrBatch",
                value -> Require.text(value, "eventOrBatch", 200), problems);
        Optional<Optional<String>> fullName = optional(name, "name", value -> Require.text(value, "name", 200), problems);
        Optional<Optional<EmailAddress>> address = optional(email, "email", EmailAddress::new, problems);
        Optional<Optional<PhoneNumber>> number = optional(phone, "phone", PhoneNumber::new, problems);
        Optional<Optional<PostcodeDistrict>> district = optional(postcodeDistrict, "postcodeDistrict",
                PostcodeDistrict::new, problems);
        Optional<Optional<MeetingId>> givenAt = optional(meeting, "meeting", ViewEntry::meetingId, problems);
        if (!problems.passed()) {
            return Optional.empty();
        }
        return problems.rule(() -> new EnteredView(new ShareAView(subject.orElseThrow(),
                givenAs.orElseThrow(), words.orElseThrow(), new ContactDetails(fullName.orElseThrow(),
                address.orElseThrow(), number.orElseThrow()), new Consent(Boolean.TRUE.equals(consentToContact),
                Boolean.TRUE.equals(consentToPublish)), district.orElseThrow()), how.orElseThrow(), day.orElseThrow(),
                batch.orElseThrow(), givenAt.orElseThrow()));
    }

    /** A meeting's id; the domain's own rule names a UUID, which staff know as the end of the meeting's address. */
    private static MeetingId meetingId(String text) {
        try {
            return MeetingId.parse(text);
        } catch (InvalidValueException notAnId) {
            throw new InvalidValueException("meeting", "must be a meeting's id, as at the end of the address of its "
                    + "page (/meetings/...)");
        }
    }

    private Optional<ViewAbout> about(FieldChecks problems) {
        Optional<ViewAbout.Kind> kind = required("about", about, problems)
                .flatMap(value -> problems.rule("about", () -> ViewAbout.Kind.parse(value)));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        boolean named = slug != null && !slug.isBlank();
        if (kind.get() == ViewAbout.Kind.PROGRAMME) {
            if (named) {
                problems.add("slug", "must be empty for a view about the programme as a whole");
                return Optional.empty();
            }
            return Optional.of(ViewAbout.programme());
        }
        if (!named) {
            problems.add("slug", "is required: say which " + kind.get().key() + " the view is about");
            return Optional.empty();
        }
        return problems.rule("slug", () -> new ViewAbout(kind.get(), Optional.of(new Slug(slug.strip()))));
    }

    private static Optional<String> required(String field, String value, FieldChecks problems) {
        if (value == null || value.isBlank()) {
            problems.add(field, "is required");
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    private static <T> Optional<Optional<T>> optional(String value, String field, Function<String, T> make,
                                                      FieldChecks problems) {
        if (value == null || value.isBlank()) {
            return Optional.of(Optional.empty());
        }
        return problems.rule(field, () -> Optional.of(make.apply(value.strip())));
    }

    /**
     * The one of {@code allowed} that {@code text} names, by its name in any case ({@code member of public} too) or by
     * its title ("Member of the public").
     */
    static <E extends Enum<E>> Optional<E> oneOf(Set<E> allowed, String text, Function<E, String> title,
                                                 String field, FieldChecks problems) {
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        Optional<E> found = allowed.stream()
                .filter(e -> e.name().equals(key) || title.apply(e).equalsIgnoreCase(text.strip())).findFirst();
        if (found.isEmpty()) {
            problems.add(field, "must be one of " + String.join(", ", allowed.stream()
                    .map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
        }
        return found;
    }

    private static Optional<LocalDate> date(String text, FieldChecks problems) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            problems.add("receivedOn", "must be a real date written YYYY-MM-DD, like 2025-03-31");
            return Optional.empty();
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String toString() {
        return "ViewEntry[" + about + ", " + channel + "]";
    }
}
