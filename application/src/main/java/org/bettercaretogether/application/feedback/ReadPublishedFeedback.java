package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.Slug;

import java.util.Optional;

/** What anyone may read of the views: the published ones with their answers, and the listening scorecards. */
public interface ReadPublishedFeedback {

    /**
     * Published views, newest first, about one community, workstream or network, or all of them when {@code about}
     * is empty; {@code cursor} is the {@code next} of the page before. An unknown slug or a malformed cursor is refused.
     */
    Outcome<PublishedPage> published(Optional<ViewAbout> about, Optional<String> cursor, int limit);

    /** How many views were given at a meeting, and those of them that are published. */
    ViewsGivenAt givenAt(MeetingId meeting);

    /** The programme's listening scorecard over the last twelve months. */
    ScorecardReport programmeScorecard();

    /** A community's listening scorecard over the last twelve months. */
    Outcome<ScorecardReport> communityScorecard(Slug community);
}
