package org.bettercaretogether.application.feedback;

import jakarta.inject.Inject;
import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.shared.KeysetCursor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.ListeningScorecard;
import org.bettercaretogether.domain.feedback.ScorecardFact;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.UkTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Serves the public's reading of views: published views with their answers, and the listening scorecards. */
public final class PublishedFeedbackReader implements ReadPublishedFeedback {

    public static final int MAXIMUM_PAGE_SIZE = 100;

    private final Transactions transactions;
    private final FeedbackLog feedback;
    private final ChangesMade changes;
    private final Communities communities;
    private final Subjects subjects;
    private final PublishedViews publishedViews;
    private final Clock clock;

    @Inject
    public PublishedFeedbackReader(Transactions transactions, FeedbackLog feedback, ChangesMade changes,
                                   Communities communities, Subjects subjects, PublishedViews publishedViews,
                                   Clock clock) {
        this.transactions = transactions;
        this.feedback = feedback;
        this.changes = changes;
        this.communities = communities;
        this.subjects = subjects;
        this.publishedViews = publishedViews;
        this.clock = clock;
    }

    @Override
    public Outcome<PublishedPage> published(Optional<ViewAbout> about, Optional<String> cursor, int limit) {
        if (limit < 1 || limit > MAXIMUM_PAGE_SIZE) {
            return Outcome.rejected(Rejection.InvalidInput.of("limit", "must be from 1 to " + MAXIMUM_PAGE_SIZE));
        }
        Optional<FeedbackLog.Position> before;
        try {
            before = KeysetCursor.decode(cursor, FeedbackLog.Position::new);
        } catch (IllegalArgumentException malformed) {
            return Outcome.rejected(KeysetCursor.malformed());
        }
        return transactions.inTransaction(() -> {
            Optional<Subject> subject = Optional.empty();
            if (about.isPresent()) {
                subject = subjects.resolve(about.get());
                if (subject.isEmpty()) {
                    return Outcome.<PublishedPage>notFound(about.get().kind().key(), about.get().slug().orElseThrow());
                }
            }
            List<Feedback> found = feedback.published(subject, before, limit + 1);
            boolean more = found.size() > limit;
            List<PublishedView> page = publishedViews.of(more ? found.subList(0, limit) : found);
            Optional<String> next = more ? Optional.of(KeysetCursor.encode(page.getLast().publishedAt(),
                    found.get(limit - 1).id().value())) : Optional.empty();
            return Outcome.done(new PublishedPage(page, next));
        });
    }

    @Override
    public ViewsGivenAt givenAt(MeetingId meeting) {
        return transactions.inTransaction(() -> {
            List<Feedback> given = feedback.givenAt(meeting);
            return new ViewsGivenAt(given.size(), publishedViews.of(given));
        });
    }

    @Override
    public ScorecardView programmeScorecard() {
        return transactions.inTransaction(() -> scorecard(Subjects.PROGRAMME, Optional.empty()));
    }

    @Override
    public Outcome<ScorecardView> communityScorecard(Slug community) {
        return transactions.inTransaction(() -> communities.findBySlug(community)
                .map(found -> Outcome.done(scorecard(found.name(), Optional.of(new Subject.AboutCommunity(found.id())))))
                .orElseGet(() -> Outcome.notFound("community", community)));
    }

    /** Views received over the last twelve months (today included), the scorecard's window. */
    private ScorecardView scorecard(String scope, Optional<Subject> about) {
        LocalDate to = UkTime.dayOf(clock.instant());
        LocalDate from = to.minusMonths(12).plusDays(1);
        Set<FeedbackId> linked = changes.viewsLinkedToMadeChanges();
        // A view is stored on or after the day it was received, so the stored window holds every view received in
        // the period; one received on paper before the period and entered during it is left out by its received day.
        List<ScorecardFact> facts = feedback.receivedBetween(about, UkTime.startOf(from), UkTime.startOf(to.plusDays(1)))
                .stream().filter(view -> !view.origin().receivedOn().isBefore(from)).map(view -> new ScorecardFact(view.origin().receivedOn(),
                        view.response().map(response -> UkTime.dayOf(response.at())), linked.contains(view.id())))
                .toList();
        return new ScorecardView(scope, from, to, ListeningScorecard.of(facts));
    }
}
