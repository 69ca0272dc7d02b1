package org.bettercaretogether.web.change;

import java.util.Optional;
import org.bettercaretogether.application.feedback.ShareAView;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.RunningPublicWeb;

/**
 * Views given by members of the public and moderated, through the running server's own use cases, for the tests of
 * "you said, we did": each with its contributor's name, email address and original words, which must never be
 * shown publicly.
 */
final class ViewsGiven {

    private final RunningPublicWeb web;
    private Actor moderator;

    ViewsGiven(RunningPublicWeb web) {
        this.web = web;
    }

    /** A view about the community {@code slug}, from a patient who agreed to be contacted and published. */
    FeedbackReference aboutCommunity(String slug, String words, String name, String email) {
        var view = new ShareAView(ViewAbout.community(new Slug(slug)), ContributorRole.PATIENT, new ViewText(words),
                new ContactDetails(Optional.of(name), Optional.of(new EmailAddress(email)), Optional.empty()),
                new Consent(true, true), Optional.empty());
        return web.application().submitFeedback().submit(view, Optional.empty()).orElseThrow().reference();
    }

    /** Publishes the view with {@code publicText}. */
    void publish(FeedbackReference reference, String publicText) {
        Feedback view = find(reference);
        web.application().moderateFeedback().publish(moderator(), view.id(), view.version(), publicText).orElseThrow();
    }

    /** Withholds the view. */
    void withhold(FeedbackReference reference) {
        Feedback view = find(reference);
        web.application().moderateFeedback().withhold(moderator(), view.id(), view.version(),
                WithholdReason.PERSONAL_DETAILS, Optional.empty()).orElseThrow();
    }

    Feedback find(FeedbackReference reference) {
        return web.application().feedback().feedbackLog().findByReference(reference).orElseThrow();
    }

    private Actor moderator() {
        if (moderator == null) {
            moderator = web.staff().member(Role.MODERATOR).actor();
        }
        return moderator;
    }
}
