package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A view given to the programme, and everything that happened to it.
 *
 * <p>Its life runs: received → moderated (published with personal details removed, or withheld with a reason) →
 * answered by the partner it was assigned to → closed. The rules are kept here, so no service can break them: a
 * view is published only with the person's consent and only with a public text free of the personal details that
 * can be found in it; it is answered only after moderation and only by the partner it was assigned to; it is closed
 * only with an answer or a recorded reason; a withheld view is never public. Every step is recorded in
 * {@link #history()}. Erasure removes the contact details and the original words, keeping the facts that statistics
 * need and the public text when nothing personal is found in it; contact details alone go once a closed view has
 * been kept as long as they are.
 *
 * @param trackingTokenHash the SHA-256 of the private tracking link's token; the token itself is never stored
 * @param text              the original words; empty once erased
 * @param erasedAt          when the person's personal data was erased, if it was
 */
public record Feedback(FeedbackId id, FeedbackReference reference, Subject subject, ContributorRole role, Origin origin,
                       Optional<ViewText> text, ContactDetails contact, Consent consent,
                       Optional<PostcodeDistrict> postcodeDistrict, String trackingTokenHash, Instant receivedAt,
                       Moderation moderation, Set<ThemeId> themes, Optional<Assignment> assignment,
                       Optional<Response> response, Optional<Closure> closure,
                       Optional<SafeguardingFlag> safeguarding, Optional<Instant> erasedAt,
                       List<Transition> history, long version) {

    /** The moderator's note on a view taken down because its public words held personal details when it was erased. */
    public static final String TAKEN_DOWN_ON_ERASURE =
            "Taken down when the person's data was erased: its public words held a personal detail.";

    public Feedback {
        Require.present(id, "feedbackId");
        Require.present(reference, "reference");
        Require.present(subject, "about");
        Require.present(role, "role");
        Require.present(origin, "origin");
        Require.present(text, "text");
        Require.present(contact, "contact");
        Require.present(consent, "consent");
        Require.present(postcodeDistrict, "postcodeDistrict");
        trackingTokenHash = Require.text(trackingTokenHash, "trackingTokenHash", 128);
        Require.present(receivedAt, "receivedAt");
        Require.present(moderation, "moderation");
        themes = Set.copyOf(Require.present(themes, "themes"));
        Require.present(assignment, "assignment");
        Require.present(response, "response");
        Require.present(closure, "closure");
        Require.present(safeguarding, "safeguarding");
        Require.present(erasedAt, "erasedAt");
        history = Require.listOf(history, "history");
        Require.version(version);
        if (text.isEmpty() && erasedAt.isEmpty()) {
            throw new InvalidValueException("text", "is required");
        }
        if (moderation instanceof Moderation.Published && !consent.toPublish()) {
            throw new InvalidValueException("consent", "a view is published only with consent to publish");
        }
        if (response.isPresent() && moderation instanceof Moderation.Pending) {
            throw new InvalidValueException("response", "a view is answered only after moderation");
        }
    }

    /** A view just received, with the step that records it. */
    public static Feedback receive(FeedbackId id, FeedbackReference reference, Subject subject, ContributorRole role,
                                   Origin origin, ViewText text, ContactDetails contact, Consent consent,
                                   Optional<PostcodeDistrict> postcodeDistrict, String trackingTokenHash,
                                   Instant receivedAt) {
        Transition received = new Transition(receivedAt, origin.enteredBy(), Transition.Kind.RECEIVED,
                origin.channel().title());
        return new Feedback(id, reference, subject, role, origin, Optional.of(text), contact, consent, postcodeDistrict,
                trackingTokenHash, receivedAt, new Moderation.Pending(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(received), 0);
    }

    public FeedbackStatus status() {
        if (closure.isPresent()) {
            return FeedbackStatus.CLOSED;
        }
        if (response.isPresent()) {
            return FeedbackStatus.RESPONDED;
        }
        return switch (moderation) {
            case Moderation.Pending pending -> FeedbackStatus.RECEIVED;
            case Moderation.Published published -> FeedbackStatus.PUBLISHED;
            case Moderation.Withheld withheld -> FeedbackStatus.WITHHELD;
        };
    }

    /** Whether the public may see this view: only once published, and never when withheld. */
    public boolean isPublic() {
        return moderation instanceof Moderation.Published;
    }

    public Optional<PublicText> publicText() {
        return moderation instanceof Moderation.Published published ? Optional.of(published.text()) : Optional.empty();
    }

    /** Whether the person asked to be told what happens to their view and left an email address to tell them at. */
    public boolean wantsToBeTold() {
        return consent.toContact() && contact.email().isPresent() && erasedAt.isEmpty();
    }

    /** Publishes the view with a text the public may read; needs consent, and no personal details left in the text. */
    public Feedback publish(PublicText publicText, Instant at, StaffMemberId by) {
        requirePending();
        if (!consent.toPublish()) {
            throw new StateConflictException("This view cannot be published: the person did not agree to publication.");
        }
        requireNoContactDetailsIn(publicText.value());
        return copy().moderation(new Moderation.Published(publicText, at, by))
                .step(new Transition(at, Optional.of(by), Transition.Kind.PUBLISHED, "")).build();
    }

    /** Keeps the view from the public, for a reason. */
    public Feedback withhold(WithholdReason reason, Optional<String> note, Instant at, StaffMemberId by) {
        requirePending();
        return copy().moderation(new Moderation.Withheld(reason, note, at, by))
                .step(new Transition(at, Optional.of(by), Transition.Kind.WITHHELD, reason.title())).build();
    }

    public Feedback tagThemes(Set<ThemeId> tagged, Instant at, StaffMemberId by) {
        return copy().themes(tagged)
                .step(new Transition(at, Optional.of(by), Transition.Kind.THEMES_TAGGED, tagged.size() + " themes"))
                .build();
    }

    /** Gives the view to a partner to answer, by a due day; may be given to another partner until it is answered. */
    public Feedback assign(Assignment to) {
        if (response.isPresent() || closure.isPresent()) {
            throw new StateConflictException("This view has already been answered or closed.");
        }
        return copy().assignment(to)
                .step(new Transition(to.at(), Optional.of(to.by()), Transition.Kind.ASSIGNED, "due " + to.dueOn()))
                .build();
    }

    /** Records the official answer of the partner the view was assigned to. */
    public Feedback respond(Response answer) {
        if (moderation instanceof Moderation.Pending) {
            throw new StateConflictException("This view must be moderated before it is answered.");
        }
        if (closure.isPresent()) {
            throw new StateConflictException("This view is closed.");
        }
        if (response.isPresent()) {
            throw new StateConflictException("This view has already been answered.");
        }
        if (assignment.isEmpty() || !assignment.get().partner().equals(answer.partner())) {
            throw new StateConflictException("Only the organisation this view is assigned to may answer it.");
        }
        return copy().response(answer)
                .step(new Transition(answer.at(), Optional.of(answer.by()), Transition.Kind.RESPONDED, "")).build();
    }

    /** Ends the view's handling: it needs an answer, or a reason for closing without one. */
    public Feedback close(Closure ending) {
        if (closure.isPresent()) {
            throw new StateConflictException("This view is already closed.");
        }
        if (response.isEmpty() && ending.reason().isEmpty()) {
            throw new InvalidValueException("reason", "is required to close a view that has not been answered");
        }
        return copy().closure(ending).step(new Transition(ending.at(), Optional.of(ending.by()),
                Transition.Kind.CLOSED, ending.reason().isPresent() ? "closed with a reason" : "")).build();
    }

    public Feedback flagSafeguarding(SafeguardingFlag flag) {
        if (safeguarding.isPresent()) {
            throw new StateConflictException("This view has already been flagged as a safeguarding concern.");
        }
        return copy().safeguarding(flag)
                .step(new Transition(flag.at(), Optional.of(flag.by()), Transition.Kind.SAFEGUARDING_FLAGGED, ""))
                .build();
    }

    /**
     * Removes the person's name, email, phone and original words; the statistics stay, and so does the public text
     * unless a personal detail is found in it or in the published answer (one {@link PersonalDetails} finds, or the
     * name, email address or phone number the person gave): then the view is taken down, withheld for
     * {@link WithholdReason#PERSONAL_DETAILS}, so that nothing the person could be known by stays public.
     */
    public Feedback erase(Instant at, StaffMemberId by) {
        if (erasedAt.isPresent()) {
            return this;
        }
        Copy erased = copy().erased(at, new Consent(false, consent.toPublish()));
        if (publicWordsHoldPersonalDetails()) {
            return erased.moderation(new Moderation.Withheld(WithholdReason.PERSONAL_DETAILS,
                            Optional.of(TAKEN_DOWN_ON_ERASURE), at, by))
                    .step(new Transition(at, Optional.of(by), Transition.Kind.ERASED, "public text taken down"))
                    .build();
        }
        return erased.step(new Transition(at, Optional.of(by), Transition.Kind.ERASED, "")).build();
    }

    /**
     * Removes the contact details once the view has been closed for as long as they are kept; the words, the public
     * text and the statistics stay. Nobody asked for it, so no member of staff is named in the history.
     */
    public Feedback forgetContact(Instant at) {
        if (contact.isEmpty()) {
            return this;
        }
        return copy().withoutContact(new Consent(false, consent.toPublish()))
                .step(new Transition(at, Optional.empty(), Transition.Kind.CONTACT_REMOVED, "")).build();
    }

    public Feedback withVersion(long newVersion) {
        return copy().version(newVersion).build();
    }

    private void requirePending() {
        if (!(moderation instanceof Moderation.Pending)) {
            throw new StateConflictException("This view has already been moderated.");
        }
    }

    /** Refuses a public text that still holds the person's own name, email address or phone number. */
    private void requireNoContactDetailsIn(String publicText) {
        if (holdsContactDetails(publicText)) {
            throw new InvalidValueException("publicText",
                    "still contains the contact details the person gave; remove them before publishing");
        }
    }

    /** Whether the published text or the published answer holds a personal detail, as publishing would refuse. */
    private boolean publicWordsHoldPersonalDetails() {
        List<String> published = new ArrayList<>();
        publicText().ifPresent(text -> published.add(text.value()));
        response.filter(answer -> isPublic()).ifPresent(answer -> published.add(answer.text()));
        return published.stream().anyMatch(words -> !PersonalDetails.findIn(words).isEmpty()
                || holdsContactDetails(words));
    }

    /** Whether {@code text} holds the person's own name, email address or phone number. */
    private boolean holdsContactDetails(String text) {
        if (contact.isEmpty()) {
            return false; // nothing to look for: spares most views the search through the text
        }
        String haystack = text.toLowerCase(Locale.ROOT);
        String digitsOnly = digitsOf(text);
        return contact.name().filter(name -> containsAsWords(text, name)).isPresent()
                || contact.email().filter(email -> haystack.contains(email.value())).isPresent()
                || contact.phone().map(phone -> digitsOf(phone.value())).filter(digitsOnly::contains).isPresent();
    }

    /**
     * Whether {@code words} appears in {@code text}, ignoring case, as a whole word or words: "Ann" is not in
     * "planning", nor "Al" in "hospital". Searched without a regular expression, which would have to be compiled
     * again for every name.
     */
    private static boolean containsAsWords(String text, String words) {
        int length = words.length();
        if (length == 0) {
            return false;
        }
        for (int at = 0; at + length <= text.length(); at++) {
            if (text.regionMatches(true, at, words, 0, length)
                    && (at == 0 || !wordCharacter(text.codePointBefore(at)))
                    && (at + length == text.length() || !wordCharacter(text.codePointAt(at + length)))) {
                return true;
            }
        }
        return false;
    }

    /** A letter or a number of any script: what a word is made of. */
    private static boolean wordCharacter(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private Copy copy() {
        return new Copy(this);
    }

    /**
     * This view with some of its components changed, so that each transition names only what it changes; the copy
     * is checked by the canonical constructor like any other view.
     */
    private static final class Copy {

        private final Feedback from;
        private Optional<ViewText> text;
        private ContactDetails contact;
        private Consent consent;
        private Moderation moderation;
        private Set<ThemeId> themes;
        private Optional<Assignment> assignment;
        private Optional<Response> response;
        private Optional<Closure> closure;
        private Optional<SafeguardingFlag> safeguarding;
        private Optional<Instant> erasedAt;
        private final List<Transition> history;
        private long version;

        private Copy(Feedback from) {
            this.from = from;
            this.text = from.text;
            this.contact = from.contact;
            this.consent = from.consent;
            this.moderation = from.moderation;
            this.themes = from.themes;
            this.assignment = from.assignment;
            this.response = from.response;
            this.closure = from.closure;
            this.safeguarding = from.safeguarding;
            this.erasedAt = from.erasedAt;
            this.history = new ArrayList<>(from.history);
            this.version = from.version;
        }

        Copy moderation(Moderation decided) {
            this.moderation = decided;
            return this;
        }

        Copy themes(Set<ThemeId> tagged) {
            this.themes = tagged;
            return this;
        }

        Copy assignment(Assignment to) {
            this.assignment = Optional.of(to);
            return this;
        }

        Copy response(Response answer) {
            this.response = Optional.of(answer);
            return this;
        }

        Copy closure(Closure ending) {
            this.closure = Optional.of(ending);
            return this;
        }

        Copy safeguarding(SafeguardingFlag flag) {
            this.safeguarding = Optional.of(flag);
            return this;
        }

        /** Without the original words and contact details, with {@code kept} as what is left of the consent. */
        Copy erased(Instant at, Consent kept) {
            this.text = Optional.empty();
            this.erasedAt = Optional.of(at);
            return withoutContact(kept);
        }

        /** Without contact details, with {@code kept} as what is left of the consent. */
        Copy withoutContact(Consent kept) {
            this.contact = ContactDetails.none();
            this.consent = kept;
            return this;
        }

        /** With {@code step} appended to the history. */
        Copy step(Transition step) {
            history.add(step);
            return this;
        }

        Copy version(long newVersion) {
            this.version = newVersion;
            return this;
        }

        Feedback build() {
            return new Feedback(from.id, from.reference, from.subject, from.role, from.origin, text, contact, consent,
                    from.postcodeDistrict, from.trackingTokenHash, from.receivedAt, moderation, themes, assignment,
                    response, closure, safeguarding, erasedAt, history, version);
        }
    }

    @Override
    public String toString() {
        return "Feedback[" + reference + ", " + status() + ", themes=" + themes.stream().map(ThemeId::toString)
                .collect(Collectors.joining(",")) + "]";
    }
}
