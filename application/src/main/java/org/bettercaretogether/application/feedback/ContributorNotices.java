package org.bettercaretogether.application.feedback;

import jakarta.inject.Inject;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.shared.EmailAddress;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * Writes the messages that tell people what became of their view — received, published, answered, linked to a
 * change — to the outbox, in the transaction of the change itself. Only people who agreed to be contacted and gave an email address
 * are written to. Messages quote the reference, never the person's original words.
 */
public final class ContributorNotices {

    private static final String SIGN_OFF = """

            You can follow your view at any time with the private link you were given when you shared it.

            Thank you for telling us what you think.
            Better Care Together
            """;

    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public ContributorNotices(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Confirms to each person who sent one of these views that it has arrived, and says what happens to it next. */
    public void received(List<Feedback> views) {
        outbox.addAll(views.stream().filter(Feedback::wantsToBeTold).map(view -> message(view,
                "We have received your view " + view.reference(),
                "Thank you: your view (reference " + view.reference() + ") has reached Better Care Together.\n\n"
                        + "A moderator will read it soon. If you agreed, it will then be published on our website with "
                        + "any personal details removed, and we will write to you again when it is published, when a "
                        + "partner organisation answers it, and when it helps to shape a change to services.\n"))
                .toList());
    }

    public void published(Feedback view) {
        tell(view, "Your view " + view.reference() + " has been published",
                "Your view (reference " + view.reference() + ") has been read by our moderators and published on the "
                        + "Better Care Together website, with any personal details removed.\n");
    }

    public void answered(Feedback view, String partnerName) {
        tell(view, "Your view " + view.reference() + " has been answered",
                partnerName + " has answered your view (reference " + view.reference() + "):\n\n"
                        + view.response().orElseThrow().text() + "\n");
    }

    public void linkedToChange(Feedback view, String changeTitle, String changeStatus) {
        tell(view, "Your view " + view.reference() + " has helped to shape a change",
                "Your view (reference " + view.reference() + ") is one of the views behind this change to services:\n\n"
                        + changeTitle + " (" + changeStatus.toLowerCase(java.util.Locale.UK) + ")\n\n"
                        + "You can read about it under \"You said, we did\" on the Better Care Together website.\n");
    }

    /** Tells every administrator at once that a view raises a safeguarding concern, by its reference only. */
    public void safeguardingConcern(Collection<EmailAddress> administrators, FeedbackReference reference) {
        for (EmailAddress administrator : administrators) {
            outbox.add(OutgoingMail.write(administrator, "Safeguarding concern raised on view " + reference,
                    "A moderator has flagged view " + reference + " as a safeguarding concern.\n\n"
                            + "Sign in to the staff pages and open Safeguarding concerns to read it and act today.\n",
                    clock.instant()));
        }
    }

    private void tell(Feedback view, String subject, String body) {
        if (view.wantsToBeTold()) {
            outbox.add(message(view, subject, body));
        }
    }

    private OutgoingMail message(Feedback view, String subject, String body) {
        return OutgoingMail.write(view.contact().email().orElseThrow(), subject, body + SIGN_OFF, clock.instant());
    }
}
