package org.bettercaretogether.application.feedback;

import jakarta.inject.Inject;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.domain.feedback.Assignment;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.PublicText;
import org.bettercaretogether.domain.feedback.Transition;

import java.util.List;
import java.util.Optional;

/** Finds a view by the token of its private tracking link, and tells where it stands without any personal data. */
public final class TrackingService implements TrackFeedback {

    private static final int LONGEST_TOKEN = 100;

    private final Transactions transactions;
    private final FeedbackLog feedback;
    private final Subjects subjects;
    private final PublishedViews publishedViews;

    @Inject
    public TrackingService(Transactions transactions, FeedbackLog feedback, Subjects subjects,
                           PublishedViews publishedViews) {
        this.transactions = transactions;
        this.feedback = feedback;
        this.subjects = subjects;
        this.publishedViews = publishedViews;
    }

    @Override
    public Outcome<TrackedView> track(String token) {
        if (token == null || token.isBlank() || token.length() > LONGEST_TOKEN) {
            return Outcome.notFound("tracking link", "given");
        }
        return transactions.inTransaction(() -> Outcome.found(
                feedback.findByTrackingHash(Secrets.sha256(token.strip())).map(this::tracked),
                "tracking link", "given"));
    }

    private TrackedView tracked(Feedback view) {
        Optional<String> withheld = view.moderation() instanceof Moderation.Withheld w
                ? Optional.of(w.reason().title()) : Optional.empty();
        List<TrackedView.Step> steps = view.history().stream()
                .map(step -> new TrackedView.Step(step.at(), describe(step.kind()))).toList();
        return new TrackedView(view.reference(), view.status(), view.origin().receivedOn(),
                subjects.describe(view.subject()).name(), view.publicText().map(PublicText::value), withheld,
                PublishedViews.answerOf(view, partner -> publishedViews.partnerName(partner).orElse(null)),
                view.response().isPresent() || view.closure().isPresent() ? Optional.empty()
                        : view.assignment().map(Assignment::dueOn), steps);
    }

    private static String describe(Transition.Kind kind) {
        return switch (kind) {
            case RECEIVED -> "Received";
            case PUBLISHED -> "Published, with any personal details removed";
            case WITHHELD -> "Read by a moderator and not published";
            case THEMES_TAGGED -> "Tagged with themes";
            case ASSIGNED -> "Passed to a partner organisation to answer";
            case RESPONDED -> "Answered";
            case CLOSED -> "Closed";
            case SAFEGUARDING_FLAGGED -> "Passed to a senior member of staff";
            case ERASED -> "Personal details erased on request";
            case CONTACT_REMOVED -> "Contact details removed, kept no longer than the privacy notice says";
        };
    }
}
