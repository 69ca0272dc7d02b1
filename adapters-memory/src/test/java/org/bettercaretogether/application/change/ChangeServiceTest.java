package org.bettercaretogether.application.change;

import org.bettercaretogether.application.feedback.FeedbackWorld;
import org.bettercaretogether.application.consultation.ConsultationDraft;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.application.feedback.FeedbackWorld.aView;
import static org.bettercaretogether.application.feedback.FeedbackWorld.invalidFields;
import static org.bettercaretogether.application.feedback.FeedbackWorld.rejection;

/** Engagement officers record the changes views led to; anyone reads "you said, we did". */
class ChangeServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 14);

    private final FeedbackWorld world = new FeedbackWorld();
    private final Theme travel = world.app.manageThemes().add(world.engagementOfficer, "Travel and transport")
            .orElseThrow();

    @Test
    void a_change_is_planned_today_for_a_community_with_the_views_and_themes_behind_it() {
        FeedbackReference published = world.submit(aView().aboutCommunity("kendal")).reference();
        world.publish(published, "The last bus leaves too early.");
        FeedbackReference withheld = world.submit(aView().aboutCommunity("kendal")).reference();
        Feedback toWithhold = world.stored(withheld);
        world.app.moderateFeedback().withhold(world.moderator, toWithhold.id(), toWithhold.version(),
                WithholdReason.PERSONAL_DETAILS, Optional.empty()).orElseThrow();

        ChangeSummary summary = plan(draft("Later buses", Optional.of("kendal"), Optional.empty(),
                Set.of(published, withheld), Set.of(travel.id())));

        assertThat(summary.change().status()).isEqualTo(ChangeStatus.PLANNED);
        assertThat(summary.change().plannedOn()).isEqualTo(TODAY);
        assertThat(summary.change().version()).isEqualTo(1);
        assertThat(summary.where()).isEqualTo("Kendal");
        assertThat(summary.communitySlug()).contains("kendal");
        assertThat(summary.workstreamSlug()).isEmpty();
        assertThat(summary.themeNames()).containsExactly("Travel and transport");
        assertThat(summary.viewReferences()).containsExactlyInAnyOrder(published, withheld);
        assertThat(summary.publishedViewCount()).isEqualTo(1);
        assertThat(summary.unpublishedViewCount()).isEqualTo(1);
        assertThat(world.app.youSaidWeDid().community(new Slug("kendal")).orElseThrow()).singleElement()
                .satisfies(shown -> assertThat(shown.publishedViews()).extracting(view -> view.reference())
                        .containsExactly(published));
        assertThat(world.app.readAuditLog().read(world.admin, Optional.empty(), 50).orElseThrow().entries())
                .filteredOn(entry -> entry.action().equals("change.planned")).singleElement().satisfies(entry -> {
                    assertThat(entry.recordId()).isEqualTo(summary.change().id().toString());
                    assertThat(entry.actor()).contains(world.engagementOfficer.id());
                });
    }

    @Test
    void a_change_names_the_consultation_it_came_from_and_the_consultation_lists_the_changes_made_from_it() {
        ConsultationSummary consultation = consultation("maternity-review", true);
        ChangeSummary planned = plan(cameFrom("Midwife-led births in Kendal", "maternity-review"));
        plan(draft("A single phone number", Optional.empty(), Optional.empty(), Set.of(), Set.of()));
        List<ChangeSummary> shownBefore = world.app.youSaidWeDid().programme();

        ChangeSummary revised = world.app.recordChangeMade().revise(world.engagementOfficer, planned.change().id(),
                planned.change().version(), draft("Midwife-led births in Kendal", Optional.empty(), Optional.empty(),
                        Set.of(), Set.of())).orElseThrow();

        assertThat(planned.change().consultation()).contains(consultation.consultation().id());
        assertThat(planned.cameFrom()).contains(new ChangeSummary.CameFrom(new Slug("maternity-review"),
                consultation.consultation().title()));
        assertThat(shownBefore).filteredOn(shown -> shown.cameFrom().isPresent())
                .singleElement().satisfies(shown -> assertThat(shown.change().id()).isEqualTo(planned.change().id()));
        assertThat(revised.cameFrom()).as("a revision without the consultation unlinks it").isEmpty();
        assertThat(world.app.youSaidWeDid().consultation(new Slug("maternity-review")).orElseThrow()).isEmpty();
        assertThat(world.app.readAuditLog().read(world.admin, Optional.empty(), 50).orElseThrow().entries())
                .filteredOn(entry -> entry.action().equals("change.revised")).singleElement()
                .satisfies(entry -> assertThat(entry.changes()).extracting(FieldChange::field)
                        .contains("consultation"));
    }

    @Test
    void the_changes_made_from_a_consultation_are_listed_for_it_and_a_draft_or_unknown_consultation_is_refused() {
        consultation("maternity-review", true);
        consultation("draft-review", false);
        ChangeSummary planned = plan(cameFrom("Midwife-led births in Kendal", "maternity-review"));

        Outcome<ChangeSummary> fromDraft = world.app.recordChangeMade().plan(world.engagementOfficer,
                cameFrom("From a draft", "draft-review"));
        Outcome<ChangeSummary> fromNowhere = world.app.recordChangeMade().plan(world.engagementOfficer,
                cameFrom("From nowhere", "atlantis"));

        assertThat(world.app.youSaidWeDid().consultation(new Slug("maternity-review")).orElseThrow())
                .extracting(shown -> shown.change().id()).containsExactly(planned.change().id());
        assertThat(invalidFields(fromDraft)).containsExactly("consultation");
        assertThat(invalidFields(fromNowhere)).containsExactly("consultation");
        assertThat(rejection(world.app.youSaidWeDid().consultation(new Slug("draft-review"))))
                .isInstanceOf(Rejection.NotFound.class);
    }

    @Test
    void a_change_for_the_whole_programme_names_neither_community_nor_workstream() {
        ChangeSummary summary = plan(draft("A single phone number", Optional.empty(), Optional.empty(), Set.of(),
                Set.of()));

        assertThat(summary.where()).isEqualTo("The programme as a whole");
        assertThat(summary.communitySlug()).isEmpty();
        assertThat(summary.workstreamSlug()).isEmpty();
    }

    @Test
    void unknown_places_views_and_themes_are_each_named_in_the_refusal_and_nothing_is_recorded() {
        ThemeId unknownTheme = ThemeId.random();
        Outcome<ChangeSummary> refused = world.app.recordChangeMade().plan(world.engagementOfficer, draft("Nowhere",
                Optional.of("atlantis"), Optional.empty(), Set.of(new FeedbackReference("BCT-2222-3333")),
                Set.of(unknownTheme, travel.id())));
        Outcome<ChangeSummary> noWorkstream = world.app.recordChangeMade().plan(world.engagementOfficer,
                draft("Nowhere", Optional.empty(), Optional.of("dentistry"), Set.of(), Set.of()));

        List<FieldProblem> problems = ((Rejection.InvalidInput) rejection(refused)).problems();
        assertThat(problems).extracting(FieldProblem::field).containsExactly("community", "views", "themes");
        assertThat(problems.get(0).problem()).contains("atlantis");
        assertThat(problems.get(1).problem()).contains("BCT-2222-3333");
        assertThat(problems.get(2).problem()).contains(unknownTheme.toString()).doesNotContain(travel.id().toString());
        assertThat(invalidFields(noWorkstream)).containsExactly("workstream");
        assertThat(world.app.recordChangeMade().changes(world.engagementOfficer).orElseThrow()).isEmpty();
        assertThat(world.app.youSaidWeDid().programme()).isEmpty();
    }

    @Test
    void a_change_belongs_to_a_community_or_a_workstream_not_both() {
        assertThatThrownBy(() -> draft("Both", Optional.of("kendal"), Optional.of("elective-care"), Set.of(), Set.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("workstream:");
    }

    @Test
    void only_engagement_officers_and_administrators_record_changes() {
        assertThat(rejection(world.app.recordChangeMade().plan(world.moderator, draft("Later buses", Optional.empty(),
                Optional.empty(), Set.of(), Set.of())))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(world.app.recordChangeMade().changes(world.hospitalResponder)))
                .isInstanceOf(Rejection.Forbidden.class);
        assertThat(world.app.recordChangeMade().plan(world.admin, draft("Later buses", Optional.empty(),
                Optional.empty(), Set.of(), Set.of()))).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void revising_a_change_keeps_its_status_and_days() {
        ChangeSummary planned = plan(draft("Later buses", Optional.of("kendal"), Optional.empty(), Set.of(), Set.of()));
        ChangeSummary started = advance(planned, ChangeStatus.IN_PROGRESS, TODAY);
        FeedbackReference view = world.submit(aView()).reference();

        ChangeSummary revised = world.app.recordChangeMade().revise(world.engagementOfficer, started.change().id(),
                started.change().version(), draft("Later buses from Kendal", Optional.empty(),
                        Optional.of("out-of-hospital-care"), Set.of(view), Set.of(travel.id()))).orElseThrow();

        assertThat(revised.change().title()).isEqualTo("Later buses from Kendal");
        assertThat(revised.change().status()).isEqualTo(ChangeStatus.IN_PROGRESS);
        assertThat(revised.change().startedOn()).contains(TODAY);
        assertThat(revised.where()).isEqualTo("Out of Hospital Care");
        assertThat(revised.workstreamSlug()).contains("out-of-hospital-care");
        assertThat(revised.viewReferences()).containsExactly(view);
        assertThat(revised.change().version()).isEqualTo(started.change().version() + 1);
    }

    @Test
    void a_revision_on_an_old_version_is_a_conflict_and_an_unknown_change_is_not_found() {
        ChangeSummary planned = plan(draft("Later buses", Optional.empty(), Optional.empty(), Set.of(), Set.of()));
        advance(planned, ChangeStatus.IN_PROGRESS, TODAY);

        assertThat(rejection(world.app.recordChangeMade().revise(world.engagementOfficer, planned.change().id(),
                planned.change().version(), draft("Stale", Optional.empty(), Optional.empty(), Set.of(), Set.of()))))
                .isInstanceOf(Rejection.Conflict.class);
        assertThat(rejection(world.app.recordChangeMade().advance(world.engagementOfficer, planned.change().id(),
                planned.change().version(), ChangeStatus.MADE, TODAY))).isInstanceOf(Rejection.Conflict.class);
        assertThat(rejection(world.app.recordChangeMade().revise(world.engagementOfficer, ChangeId.random(), 1,
                draft("Missing", Optional.empty(), Optional.empty(), Set.of(), Set.of()))))
                .isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(world.app.recordChangeMade().change(world.engagementOfficer, ChangeId.random())))
                .isInstanceOf(Rejection.NotFound.class);
    }

    @Test
    void a_change_moves_forward_never_back_never_into_the_future_and_never_before_it_was_planned() {
        ChangeSummary planned = plan(draft("Later buses", Optional.empty(), Optional.empty(), Set.of(), Set.of()));

        assertThat(invalidFields(world.app.recordChangeMade().advance(world.engagementOfficer, planned.change().id(),
                planned.change().version(), ChangeStatus.IN_PROGRESS, TODAY.plusDays(1)))).containsExactly("day");
        assertThat(invalidFields(world.app.recordChangeMade().advance(world.engagementOfficer, planned.change().id(),
                planned.change().version(), ChangeStatus.IN_PROGRESS, TODAY.minusDays(1)))).containsExactly("startedOn");
        ChangeSummary made = advance(planned, ChangeStatus.MADE, TODAY);
        assertThat(made.change().madeOn()).contains(TODAY);
        assertThat(rejection(world.app.recordChangeMade().advance(world.engagementOfficer, made.change().id(),
                made.change().version(), ChangeStatus.IN_PROGRESS, TODAY))).isInstanceOf(Rejection.Conflict.class);
        assertThat(world.app.recordChangeMade().change(world.engagementOfficer, made.change().id()).orElseThrow()
                .change().status()).isEqualTo(ChangeStatus.MADE);
    }

    @Test
    void you_said_we_did_lists_made_changes_first_latest_first_then_in_progress_then_planned() {
        ChangeSummary plannedEarly = plan(draft("Planned early", Optional.of("kendal"), Optional.empty(), Set.of(),
                Set.of()));
        ChangeSummary madeEarly = plan(draft("Made early", Optional.of("kendal"), Optional.empty(), Set.of(), Set.of()));
        advance(madeEarly, ChangeStatus.MADE, TODAY);
        ChangeSummary inProgress = plan(draft("In progress", Optional.of("lakes"), Optional.empty(), Set.of(),
                Set.of()));
        advance(inProgress, ChangeStatus.IN_PROGRESS, TODAY);
        ChangeSummary elective = plan(draft("Elective", Optional.empty(), Optional.of("elective-care"), Set.of(),
                Set.of()));
        world.advance(Duration.ofDays(3));
        ChangeSummary madeLater = plan(draft("Made later", Optional.of("kendal"), Optional.empty(), Set.of(), Set.of()));
        advance(madeLater, ChangeStatus.MADE, TODAY.plusDays(3));
        ChangeSummary plannedLater = plan(draft("Planned later", Optional.empty(), Optional.empty(), Set.of(),
                Set.of()));

        assertThat(titles(world.app.youSaidWeDid().programme())).containsExactly("Made later", "Made early",
                "In progress", "Planned later", "Elective", "Planned early");
        assertThat(titles(world.app.youSaidWeDid().community(new Slug("kendal")).orElseThrow()))
                .containsExactly("Made later", "Made early", "Planned early");
        assertThat(titles(world.app.youSaidWeDid().community(new Slug("lakes")).orElseThrow()))
                .containsExactly("In progress");
        assertThat(titles(world.app.youSaidWeDid().workstream(new Slug("elective-care")).orElseThrow()))
                .containsExactly("Elective");
        assertThat(world.app.youSaidWeDid().community(new Slug("garstang")).orElseThrow()).isEmpty();
        assertThat(rejection(world.app.youSaidWeDid().community(new Slug("atlantis"))))
                .isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(world.app.youSaidWeDid().workstream(new Slug("dentistry"))))
                .isInstanceOf(Rejection.NotFound.class);
        assertThat(List.of(plannedEarly, elective, plannedLater)).allSatisfy(summary ->
                assertThat(summary.change().status()).isEqualTo(ChangeStatus.PLANNED));
    }

    @Test
    void a_view_linked_again_on_revision_does_not_tell_its_giver_twice() {
        FeedbackReference view = world.submit(aView().from(null, "jane@example.com", null).consenting(true, false))
                .reference();
        FeedbackReference another = world.submit(aView().from(null, "sam@example.com", null).consenting(true, false))
                .reference();
        world.app.deliverMail().deliverDue(100); // both are told their view was received
        ChangeSummary planned = plan(draft("Later buses", Optional.empty(), Optional.empty(), Set.of(view), Set.of()));

        world.app.recordChangeMade().revise(world.engagementOfficer, planned.change().id(), planned.change().version(),
                draft("Later buses, revised", Optional.empty(), Optional.empty(), Set.of(view, another), Set.of()))
                .orElseThrow();
        world.app.deliverMail().deliverDue(100);

        assertThat(world.app.mailbox().sentTo("jane@example.com")).as("received, then linked once").hasSize(2);
        assertThat(world.app.mailbox().sentTo("sam@example.com")).as("received, then linked once").hasSize(2);
    }

    private ChangeSummary plan(ChangeDraft draft) {
        return world.app.recordChangeMade().plan(world.engagementOfficer, draft).orElseThrow();
    }

    private ChangeSummary advance(ChangeSummary summary, ChangeStatus status, LocalDate day) {
        ChangeSummary current = world.app.recordChangeMade().change(world.engagementOfficer, summary.change().id())
                .orElseThrow();
        return world.app.recordChangeMade().advance(world.engagementOfficer, current.change().id(),
                current.change().version(), status, day).orElseThrow();
    }

    private static ChangeDraft draft(String title, Optional<String> community, Optional<String> workstream,
                                     Set<FeedbackReference> views, Set<ThemeId> themes) {
        return new ChangeDraft(title, "What was done, and why.", community.map(Slug::new), workstream.map(Slug::new),
                views, themes, Optional.empty());
    }

    /** A change for the whole programme that came from the consultation at {@code consultation}. */
    private static ChangeDraft cameFrom(String title, String consultation) {
        return new ChangeDraft(title, "What was done, and why.", Optional.empty(), Optional.empty(), Set.of(),
                Set.of(), Optional.of(new Slug(consultation)));
    }

    /** A consultation about the programme that opened yesterday, {@code scheduled} or left a draft. */
    private ConsultationSummary consultation(String slug, boolean scheduled) {
        Instant now = world.clock.instant();
        ConsultationSummary drafted = world.app.runConsultations().draft(world.engagementOfficer,
                new ConsultationDraft(new Slug(slug), ViewAbout.programme(), "Where babies are born",
                        "Maternity care across the Bay.", List.of(), "Where midwife-led births take place",
                        MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
                        new OpeningTimes(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))),
                        List.of(new Question(new QuestionId("support"), "Do you support it?", Optional.empty(),
                                true, QuestionKind.Scale.agreement())))).orElseThrow();
        return scheduled ? world.app.runConsultations().schedule(world.engagementOfficer,
                drafted.consultation().id(), drafted.consultation().version()).orElseThrow() : drafted;
    }

    private static List<String> titles(List<ChangeSummary> summaries) {
        return summaries.stream().map(summary -> summary.change().title()).toList();
    }

}
