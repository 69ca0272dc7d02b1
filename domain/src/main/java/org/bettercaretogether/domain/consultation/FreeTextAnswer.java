package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.PersonalDetails;
import org.bettercaretogether.domain.feedback.PublicText;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A free-text answer its writer agreed may be published, and the moderator's decision on it, as for views: pending
 * until a moderator publishes it — in words with no email address, phone number, full postcode or NHS number left in
 * them ({@link PublicText}) — or withholds it, with a reason. Only a published one is ever shown, and never with
 * anything that says who wrote it. An answer given without that consent never becomes one of these
 * ({@link Consultation#forModeration}), so it cannot be published. A decision, once made, is final.
 */
public record FreeTextAnswer(FreeTextAnswerId id, ResponseId response, ConsultationId consultation,
                             QuestionId question, String text, Instant receivedAt, Moderation moderation,
                             long version) {

    public FreeTextAnswer {
        Require.present(id, "freeTextAnswerId");
        Require.present(response, "response");
        Require.present(consultation, "consultation");
        Require.present(question, "question");
        Require.present(text, "text");
        Require.present(receivedAt, "receivedAt");
        Require.present(moderation, "moderation");
        Require.version(version);
    }

    /** A free-text answer of {@code response} waiting for a moderator. */
    static FreeTextAnswer awaiting(Response response, Answer answer) {
        return new FreeTextAnswer(FreeTextAnswerId.random(), response.id(), response.consultation(), answer.question(),
                answer.values().getFirst(), response.receivedAt(), new Moderation.Pending(), 0);
    }

    /** The personal details found in the words as written, for the moderator to take out before publishing. */
    public List<PersonalDetails.Found> personalDetails() {
        return PersonalDetails.findIn(text);
    }

    /** The words with each personal detail found replaced, as a starting point for the text to publish. */
    public String suggestedPublicText() {
        return PersonalDetails.redacted(text);
    }

    public boolean pending() {
        return moderation instanceof Moderation.Pending;
    }

    /** Publishes the answer as {@code publicText}, which must hold no personal detail; only a pending one. */
    public FreeTextAnswer publish(String publicText, StaffMemberId by, Instant now) {
        requirePending();
        return decided(new Moderation.Published(new PublicText(publicText), now, by));
    }

    /** Keeps the answer from the public for {@code reason}; only a pending one. */
    public FreeTextAnswer withhold(WithholdReason reason, Optional<String> note, StaffMemberId by, Instant now) {
        requirePending();
        return decided(new Moderation.Withheld(reason, note, now, by));
    }

    public FreeTextAnswer withVersion(long newVersion) {
        return new FreeTextAnswer(id, response, consultation, question, text, receivedAt, moderation, newVersion);
    }

    private void requirePending() {
        if (!pending()) {
            throw new StateConflictException("This answer has been moderated already: it is "
                    + (moderation instanceof Moderation.Published ? "published." : "withheld."));
        }
    }

    private FreeTextAnswer decided(Moderation decision) {
        return new FreeTextAnswer(id, response, consultation, question, text, receivedAt, decision, version);
    }
}
