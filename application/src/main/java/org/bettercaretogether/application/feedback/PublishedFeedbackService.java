package org.bettercaretogether.application.feedback;

import jakarta.inject.Inject;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.shared.KeysetCursor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.PageRequest;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.ListeningScorecard;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.UkTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Serves the public's reading of views: published views with their answers, and the listening scorecards. The
 * scorecards come from counts kept as views change, never from the views themselves; the first page of each list
 * and every scorecard are kept in memory while nothing stored changes.
 */
public final class PublishedFeedbackService implements ReadPublishedFeedback {

    public static final int MAXIMUM_PAGE_SIZE = 100;

    /** The parts of the stored data its kept answers are read from. */
    private static final Set<StoredData> READ_FROM = Set.of(StoredData.DIRECTORY, StoredData.VIEWS);

    private final Transactions transactions;
    private final FeedbackLog feedback;
    private final Communities communities;
    private final Subjects subjects;
    private final PublishedViews publishedViews;
    private final ReadCache cache;
    private final Clock clock;

    @Inject
    public PublishedFeedbackService(Transactions transactions, FeedbackLog feedback, Communities communities,
                                   Subjects subjects, PublishedViews publishedViews, ReadCache cache, Clock clock) {
        this.transactions = transactions;
        this.feedback = feedback;
        this.communities = communities;
        this.subjects = subjects;
        this.publishedViews = publishedViews;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public Outcome<PublishedPage> published(Optional<ViewAbout> about, Optional<String> cursor, int limit) {
        return PageRequest.of(cursor, limit, MAXIMUM_PAGE_SIZE, FeedbackLog.Position::new).flatMap(request ->
                request.after().isEmpty()
                        ? cache.get(List.of("published", about, limit), READ_FROM, () -> page(about, request))
                        : page(about, request));
    }

    private Outcome<PublishedPage> page(Optional<ViewAbout> about, PageRequest<FeedbackLog.Position> request) {
        return transactions.inTransaction(() -> {
            Optional<Subject> subject = Optional.empty();
            if (about.isPresent()) {
                subject = subjects.find(about.get());
                if (subject.isEmpty()) {
                    return Outcome.<PublishedPage>notFound(about.get().kind().key(), about.get().slug().orElseThrow());
                }
            }
            PageRequest.Page<Feedback> page = request.page(
                    feedback.published(subject, request.after(), request.lookAhead()),
                    view -> KeysetCursor.encode(((Moderation.Published) view.moderation()).at(), view.id().value()));
            return Outcome.done(new PublishedPage(publishedViews.of(page.items()), page.next()));
        });
    }

    @Override
    public ViewsGivenAt givenAt(MeetingId meeting) {
        return cache.get(List.of("views given at", meeting), READ_FROM, () -> transactions.inTransaction(() -> {
            List<Feedback> given = feedback.givenAt(meeting);
            return new ViewsGivenAt(given.size(), publishedViews.of(given));
        }));
    }

    @Override
    public ScorecardReport programmeScorecard() {
        LocalDate today = UkTime.dayOf(clock.instant());
        return cache.get(List.of("scorecard", today), READ_FROM, () -> scorecard(Subjects.PROGRAMME, Optional.empty(), today));
    }

    @Override
    public Outcome<ScorecardReport> communityScorecard(Slug community) {
        LocalDate today = UkTime.dayOf(clock.instant());
        return cache.get(List.of("scorecard", community, today), READ_FROM, () -> transactions.inTransaction(() ->
                Outcome.found(communities.findBySlug(community), "community", community)
                        .map(found -> scorecard(found.name(), Optional.of(found.id()), today))));
    }

    /**
     * Views received over the last twelve months (today included), the scorecard's window; by the day they were
     * received, so a letter received before the window and entered during it is left out.
     */
    private ScorecardReport scorecard(String scope, Optional<CommunityId> community, LocalDate to) {
        LocalDate from = to.minusMonths(12).plusDays(1);
        ListeningTally tally = feedback.listeningTally(community, from, to);
        return new ScorecardReport(scope, from, to,
                ListeningScorecard.of(tally.received(), tally.daysToAnswer(), tally.linkedToChangeMade()));
    }
}
