package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.change.ChangeDraft;
import org.bettercaretogether.application.change.ChangeSummary;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.ListeningScorecard;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.application.feedback.FeedbackWorld.HOSPITALS;
import static org.bettercaretogether.application.feedback.FeedbackWorld.aView;
import static org.bettercaretogether.application.feedback.FeedbackWorld.rejection;

/**
 * The listening scorecards over views placed in time, with the figures worked out by hand. Today is Monday 14
 * December 2026, so the twelve months run from 15 December 2025 to 14 December 2026.
 */
class ListeningScorecardScenarioTest {

    private final FeedbackWorld world = new FeedbackWorld(Instant.parse("2025-12-01T10:00:00Z"));

    @BeforeEach
    void views_over_a_year_and_a_fortnight() {
        // A: Kendal, 1 December 2025 — older than twelve months. Answered after 2 days, linked to the made change.
        FeedbackReference a = world.publishedAndAssigned(aView().aboutCommunity("kendal"), HOSPITALS);
        world.moveTo(Instant.parse("2025-12-03T10:00:00Z"));
        world.answer(a, world.hospitalResponder, "Thank you; we are looking at it.");
        // F: the programme, 23:30 on 14 December 2025 (UK time is UTC in winter) — one day too old.
        world.moveTo(Instant.parse("2025-12-14T23:30:00Z"));
        world.submit(aView());
        // G: the programme, 00:30 on 15 December 2025 — the first day of the window.
        world.moveTo(Instant.parse("2025-12-15T00:30:00Z"));
        world.submit(aView());
        // 1 September 2026: B (Kendal, answered after 6 days), C (Kendal, linked to the made change),
        // D (Barrow Town, linked only to a planned change), E (the programme, withheld).
        world.moveTo(Instant.parse("2026-09-01T10:00:00Z"));
        FeedbackReference b = world.publishedAndAssigned(aView().aboutCommunity("kendal"), HOSPITALS);
        FeedbackReference c = world.submit(aView().aboutCommunity("kendal")).reference();
        FeedbackReference d = world.submit(aView().aboutCommunity("barrow-town")).reference();
        Feedback e = world.stored(world.submit(aView()).reference());
        world.app.moderateFeedback().withhold(world.moderator, e.id(), e.version(), WithholdReason.OFF_TOPIC,
                Optional.empty()).orElseThrow();
        world.moveTo(Instant.parse("2026-09-07T10:00:00Z"));
        world.answer(b, world.hospitalResponder, "A later bus starts in March.");
        ChangeSummary made = world.app.recordChangeMade().plan(world.engagementOfficer, new ChangeDraft(
                "Later buses to Westmorland General", "The last bus now leaves at 21:00.",
                Optional.of(new Slug("kendal")), Optional.empty(), Set.of(a, c), Set.of(),
                Optional.empty())).orElseThrow();
        world.app.recordChangeMade().advance(world.engagementOfficer, made.change().id(), made.change().version(),
                ChangeStatus.MADE, LocalDate.of(2026, 9, 7)).orElseThrow();
        world.app.recordChangeMade().plan(world.engagementOfficer, new ChangeDraft("A walk-in clinic in Barrow",
                "Planned for 2027.", Optional.of(new Slug("barrow-town")), Optional.empty(), Set.of(d), Set.of(),
                Optional.empty())).orElseThrow();
        world.moveTo(Instant.parse("2026-12-14T10:00:00Z"));
    }

    @Test
    void the_programme_scorecard_counts_the_last_twelve_months_of_every_view() {
        ScorecardReport view = world.app.readPublishedFeedback().programmeScorecard();

        // G, B, C, D, E received; B answered after 6 days; C linked to a made change.
        assertThat(view.scope()).isEqualTo(Subjects.PROGRAMME);
        assertThat(view.from()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(view.to()).isEqualTo(LocalDate.of(2026, 12, 14));
        ListeningScorecard card = view.scorecard();
        assertThat(card).isEqualTo(new ListeningScorecard(5, 1, Optional.of(6.0), 1));
        assertThat(card.percentAnswered()).contains(20);
        assertThat(card.percentLinkedToChangeMade()).contains(20);
    }

    @Test
    void a_letter_entered_today_counts_by_the_day_it_was_received_not_the_day_it_was_entered() {
        world.app.enterFeedback().enter(world.moderator, new EnteredView(aView().aboutCommunity("kendal").build(),
                Channel.LETTER, LocalDate.of(2025, 11, 20), Optional.of("Postbag"))).orElseThrow();
        world.app.enterFeedback().enter(world.moderator, new EnteredView(aView().aboutCommunity("kendal").build(),
                Channel.LETTER, LocalDate.of(2026, 12, 7), Optional.of("Postbag"))).orElseThrow();

        ScorecardReport kendal = world.app.readPublishedFeedback().communityScorecard(new Slug("kendal")).orElseThrow();

        // B and C as before, plus the letter of 7 December 2026; the letter of November 2025 is too old.
        assertThat(kendal.scorecard().received()).isEqualTo(3);
    }

    @Test
    void a_community_scorecard_counts_only_its_own_views() {
        ScorecardReport kendal = world.app.readPublishedFeedback().communityScorecard(new Slug("kendal")).orElseThrow();
        ScorecardReport barrow = world.app.readPublishedFeedback().communityScorecard(new Slug("barrow-town")).orElseThrow();
        ScorecardReport lakes = world.app.readPublishedFeedback().communityScorecard(new Slug("lakes")).orElseThrow();

        // Kendal: B and C (A is too old); B answered after 6 days; C linked to the made change.
        assertThat(kendal.scope()).isEqualTo("Kendal");
        assertThat(kendal.scorecard()).isEqualTo(new ListeningScorecard(2, 1, Optional.of(6.0), 1));
        assertThat(kendal.scorecard().percentAnswered()).contains(50);
        assertThat(kendal.scorecard().percentLinkedToChangeMade()).contains(50);
        // Barrow Town: D, unanswered, linked only to a change still planned.
        assertThat(barrow.scorecard()).isEqualTo(new ListeningScorecard(1, 0, Optional.empty(), 0));
        assertThat(barrow.scorecard().percentAnswered()).contains(0);
        assertThat(barrow.scorecard().percentLinkedToChangeMade()).contains(0);
        // Lakes: nothing received, so no shares at all.
        assertThat(lakes.scorecard().received()).isZero();
        assertThat(lakes.scorecard().percentAnswered()).isEmpty();
    }

    @Test
    void the_scorecard_of_a_community_that_does_not_exist_is_not_found() {
        assertThat(rejection(world.app.readPublishedFeedback().communityScorecard(new Slug("atlantis"))))
                .isInstanceOf(Rejection.NotFound.class);
    }

    @Test
    void the_window_moves_with_the_clock() {
        world.moveTo(Instant.parse("2026-12-15T10:00:00Z"));

        // G (15 December 2025) has now left the window.
        assertThat(world.app.readPublishedFeedback().programmeScorecard().scorecard())
                .isEqualTo(new ListeningScorecard(4, 1, Optional.of(6.0), 1));
    }
}
