package org.bettercaretogether.web.moderation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bettercaretogether.application.feedback.FeedbackForStaff;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.PersonalDetails;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.shared.EmailAddress;

/**
 * One view as the staff API answers it: the whole record, the original words and the contact details included
 * (absent once erased), with the {@code version} that a change to it must quote. Only the staff API answers this.
 *
 * @param status              {@code RECEIVED}, {@code PUBLISHED}, {@code WITHHELD}, {@code RESPONDED} or {@code CLOSED}
 * @param detected            the personal details found in the original words
 * @param suggestedPublicText the original words with those details replaced, as a start for the public text
 */
public record StaffFeedbackJson(String id, String reference, long version, String status, About about, String role,
                                Origin origin, String text, Contact contact, Consent consent,
                                String postcodeDistrict, List<Detected> detected, String suggestedPublicText,
                                Decision moderation, List<ThemeRef> themes, Assignment assignment,
                                Answer response, Closure closure, Safeguarding safeguarding, Instant erasedAt,
                                List<Step> history) {

    /** What it is about: {@code kind} {@code programme}, {@code community}, {@code workstream} or {@code network}. */
    public record About(String kind, UUID id, String name) {
    }

    /** How it came in: {@code channel} such as {@code LETTER}; {@code enteredByStaff} when it did not come online. */
    public record Origin(String channel, LocalDate receivedOn, Instant receivedAt, String eventOrBatch,
                         boolean enteredByStaff) {
    }

    /** How to reach the person; each part absent when not given. Personal data. */
    public record Contact(String name, String email, String phone) {

        @Override
        public String toString() {
            return "Contact[hidden]";
        }
    }

    /** What the person agreed to: to be contacted, to have the view published. */
    public record Consent(boolean toContact, boolean toPublish) {
    }

    /** A personal detail found in the original words: {@code kind} such as {@code EMAIL}, and in words. */
    public record Detected(String kind, String description) {
    }

    /**
     * The moderator's decision: {@code decision} {@code pending}, {@code published} (with the public text) or
     * {@code withheld} (with the {@code reason}, such as {@code ABUSIVE}, and the note).
     */
    public record Decision(String decision, String publicText, String reason, String note, Instant at) {
    }

    /** A theme the view is tagged with. */
    public record ThemeRef(String id, String name) {
    }

    /** The partner that owes the answer, by when, and whether that day has passed unanswered. */
    public record Assignment(String partner, String partnerName, LocalDate dueOn, boolean overdue) {
    }

    /** The official answer of a partner organisation. */
    public record Answer(String partner, String text, Instant at) {
    }

    /** When the view was closed, and why when it was not answered. */
    public record Closure(Instant at, String reason) {
    }

    /** When the view was flagged as a safeguarding concern, and why (for staff only). */
    public record Safeguarding(Instant at, String note) {
    }

    /** One step of the view's history. */
    public record Step(Instant at, String kind, String detail) {
    }

    /**
     * @param themeNames every theme's name by its id (a view's themes are named by the list as it is now)
     * @param today      the day in the UK, to tell whether an answer is overdue
     */
    static StaffFeedbackJson of(FeedbackForStaff view, Map<ThemeId, String> themeNames, LocalDate today) {
        Feedback feedback = view.feedback();
        var contact = feedback.contact();
        return new StaffFeedbackJson(feedback.id().toString(), feedback.reference().value(), feedback.version(),
                feedback.status().name(),
                new About(feedback.subject().kind(), feedback.subject().id().orElse(null), view.about()),
                feedback.role().name(),
                new Origin(feedback.origin().channel().name(), feedback.origin().receivedOn(), feedback.receivedAt(),
                        feedback.origin().eventOrBatch().orElse(null), feedback.origin().enteredBy().isPresent()),
                feedback.text().map(ViewText::value).orElse(null),
                contact.isEmpty() ? null : new Contact(contact.name().orElse(null),
                        contact.email().map(EmailAddress::value).orElse(null),
                        contact.phone().map(PhoneNumber::value).orElse(null)),
                new Consent(feedback.consent().toContact(), feedback.consent().toPublish()),
                feedback.postcodeDistrict().map(Object::toString).orElse(null),
                view.detected().stream().map(PersonalDetails.Found::kind).distinct()
                        .map(kind -> new Detected(kind.name(), kind.description())).toList(),
                view.suggestedPublicText().orElse(null),
                decision(feedback.moderation()),
                feedback.themes().stream().map(id -> new ThemeRef(id.toString(), themeNames.getOrDefault(id, "")))
                        .sorted(Comparator.comparing(ThemeRef::name)).toList(),
                feedback.assignment().map(a -> new Assignment(a.partner().toString(),
                        view.assignedPartnerName().orElse(null), a.dueOn(), overdue(feedback, today))).orElse(null),
                feedback.response().map(r -> new Answer(r.partner().toString(), r.text(), r.at())).orElse(null),
                feedback.closure().map(c -> new Closure(c.at(), c.reason().orElse(null))).orElse(null),
                feedback.safeguarding().map(s -> new Safeguarding(s.at(), s.note())).orElse(null),
                feedback.erasedAt().orElse(null),
                feedback.history().stream().map(step -> new Step(step.at(), step.kind().name(),
                        step.detail().isEmpty() ? null : step.detail())).toList());
    }

    /** Whether the view's answer is past its due day, in the UK, and it is neither answered nor closed. */
    static boolean overdue(Feedback feedback, LocalDate today) {
        return feedback.response().isEmpty() && feedback.closure().isEmpty()
                && feedback.assignment().map(a -> a.dueOn().isBefore(today)).orElse(false);
    }

    private static Decision decision(Moderation moderation) {
        return switch (moderation) {
            case Moderation.Pending pending -> new Decision("pending", null, null, null, null);
            case Moderation.Published published -> new Decision("published", published.text().value(), null, null,
                    published.at());
            case Moderation.Withheld withheld -> new Decision("withheld", null, withheld.reason().name(),
                    withheld.note().orElse(null), withheld.at());
        };
    }

    @Override
    public String toString() {
        return "StaffFeedbackJson[" + reference + ", " + status + "]";
    }
}
