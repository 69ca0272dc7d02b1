package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.FeedbackStatus;
import org.bettercaretogether.domain.feedback.PersonalDetails;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.application.feedback.FeedbackWorld.aView;
import static org.bettercaretogether.application.feedback.FeedbackWorld.invalidFields;
import static org.bettercaretogether.application.feedback.FeedbackWorld.rejection;

/** A moderator decides what the public sees of each view. */
class ModerateFeedbackTest {

    private static final String ORIGINAL = "I'm Jane Smith of LA9 4AB, ring 07700 900123: the Kendal clinic closes at 4.";

    private final FeedbackWorld world = new FeedbackWorld();

    @Test
    void a_moderator_sees_the_personal_details_found_and_a_suggested_text_without_them() {
        FeedbackReference reference = world.submit(aView().aboutCommunity("kendal").saying(ORIGINAL)
                .from("Jane Smith", "jane@example.com", null)).reference();

        FeedbackForStaff forStaff = world.app.moderateFeedback().view(world.moderator, world.stored(reference).id())
                .orElseThrow();

        assertThat(forStaff.about()).isEqualTo("Kendal");
        assertThat(forStaff.detected()).extracting(PersonalDetails.Found::kind)
                .containsExactly(PersonalDetails.Kind.POSTCODE, PersonalDetails.Kind.PHONE);
        assertThat(forStaff.suggestedPublicText()).contains(
                "I'm Jane Smith of [full postcode removed], ring [telephone number removed]: the Kendal clinic closes at 4.");
        assertThat(forStaff.feedback().contact().name()).as("staff see the contact details").contains("Jane Smith");
    }

    @Test
    void a_view_published_with_its_details_removed_shows_the_public_only_the_public_text() {
        FeedbackReference reference = world.submit(aView().aboutCommunity("kendal").saying(ORIGINAL)
                .from("Jane Smith", "jane@example.com", "07700 900123")).reference();
        world.advance(Duration.ofHours(2));

        Feedback published = world.publish(reference, "A patient says the Kendal clinic closes at 4.");

        assertThat(published.status()).isEqualTo(FeedbackStatus.PUBLISHED);
        PublishedPage page = world.app.readPublishedFeedback().published(Optional.empty(), Optional.empty(), 10)
                .orElseThrow();
        assertThat(page.items()).singleElement().satisfies(view -> {
            assertThat(view.reference()).isEqualTo(reference);
            assertThat(view.text()).isEqualTo("A patient says the Kendal clinic closes at 4.");
            assertThat(view.about()).isEqualTo("Kendal");
            assertThat(view.aboutKind()).isEqualTo("community");
            assertThat(view.aboutSlug()).contains("kendal");
            assertThat(view.givenAs()).isEqualTo("Patient");
            assertThat(view.publishedAt()).isEqualTo(FeedbackWorld.MONDAY_14_DECEMBER_2026.plus(Duration.ofHours(2)));
            assertThat(view.answer()).isEmpty();
            assertThat(view.toString()).doesNotContain("Jane").doesNotContain("jane@").doesNotContain("07700")
                    .doesNotContain("LA9 4AB");
        });
        assertThat(world.app.readPublishedFeedback().published(Optional.of(ViewAbout.community(new Slug("kendal"))),
                Optional.empty(), 10).orElseThrow().items()).hasSize(1);
        assertThat(world.app.readPublishedFeedback().published(Optional.of(ViewAbout.community(new Slug("lakes"))),
                Optional.empty(), 10).orElseThrow().items()).isEmpty();
    }

    @Test
    void a_public_text_still_holding_personal_details_or_the_persons_name_is_refused_and_the_view_waits() {
        FeedbackReference reference = world.submit(aView().saying(ORIGINAL).from("Jane Smith", null, null)).reference();
        Feedback view = world.stored(reference);

        assertThat(invalidFields(world.app.moderateFeedback().publish(world.moderator, view.id(), view.version(),
                "Ring 07700 900123."))).containsExactly("publicText");
        assertThat(invalidFields(world.app.moderateFeedback().publish(world.moderator, view.id(), view.version(),
                "Jane Smith says the clinic closes early."))).containsExactly("publicText");
        assertThat(world.stored(reference).status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(world.stored(reference).version()).isEqualTo(view.version());
    }

    @Test
    void a_view_without_consent_to_publish_cannot_be_published_but_can_be_withheld() {
        FeedbackReference reference = world.submit(aView().consenting(true, false)).reference();
        Feedback view = world.stored(reference);

        assertThat(rejection(world.app.moderateFeedback().publish(world.moderator, view.id(), view.version(),
                "The bus leaves too early."))).isInstanceOf(Rejection.Conflict.class);
        assertThat(world.app.moderateFeedback().withhold(world.moderator, view.id(), view.version(),
                WithholdReason.NO_CONSENT, Optional.empty()).orElseThrow().feedback().status())
                .isEqualTo(FeedbackStatus.WITHHELD);
    }

    @Test
    void a_withheld_view_never_appears_in_the_published_lists_and_still_counts_as_received() {
        FeedbackReference withheld = world.submit(aView().aboutCommunity("kendal")).reference();
        FeedbackReference published = world.submit(aView().aboutCommunity("kendal")).reference();
        Feedback view = world.stored(withheld);

        world.app.moderateFeedback().withhold(world.moderator, view.id(), view.version(), WithholdReason.ABUSIVE,
                Optional.of("Swears at a named nurse")).orElseThrow();
        world.publish(published, "The clinic closes at 4.");

        assertThat(world.app.readPublishedFeedback().published(Optional.empty(), Optional.empty(), 100).orElseThrow()
                .items()).extracting(PublishedView::reference).containsExactly(published);
        assertThat(world.app.readPublishedFeedback().published(Optional.of(ViewAbout.community(new Slug("kendal"))),
                Optional.empty(), 100).orElseThrow().items()).extracting(PublishedView::reference)
                .containsExactly(published);
        assertThat(world.app.readPublishedFeedback().communityScorecard(new Slug("kendal")).orElseThrow().scorecard()
                .received()).isEqualTo(2);
        assertThat(world.app.readPublishedFeedback().programmeScorecard().scorecard().received()).isEqualTo(2);
    }

    @Test
    void a_change_made_on_a_version_read_before_someone_elses_change_is_a_conflict() {
        FeedbackReference reference = world.submit(aView()).reference();
        Feedback read = world.stored(reference);
        world.app.moderateFeedback().assign(world.moderator, read.id(), read.version(), FeedbackWorld.HOSPITALS)
                .orElseThrow();

        Outcome<FeedbackForStaff> stale = world.app.moderateFeedback().publish(world.moderator, read.id(),
                read.version(), "The bus leaves too early.");

        assertThat(rejection(stale)).isInstanceOf(Rejection.Conflict.class);
        assertThat(rejection(stale).message()).contains("changed by someone else");
        assertThat(world.stored(reference).status()).isEqualTo(FeedbackStatus.RECEIVED);
    }

    @Test
    void a_view_is_moderated_once() {
        FeedbackReference reference = world.submit(aView()).reference();
        Feedback published = world.publish(reference, "The bus leaves too early.");

        assertThat(rejection(world.app.moderateFeedback().withhold(world.moderator, published.id(), published.version(),
                WithholdReason.DUPLICATE, Optional.empty()))).isInstanceOf(Rejection.Conflict.class);
        assertThat(rejection(world.app.moderateFeedback().publish(world.moderator, published.id(), published.version(),
                "Again."))).isInstanceOf(Rejection.Conflict.class);
    }

    @Test
    void only_moderators_and_administrators_publish_or_withhold() {
        FeedbackReference reference = world.submit(aView()).reference();
        Feedback view = world.stored(reference);

        assertThat(rejection(world.app.moderateFeedback().publish(world.hospitalResponder, view.id(), view.version(),
                "The bus leaves too early."))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(world.app.moderateFeedback().publish(world.engagementOfficer, view.id(), view.version(),
                "The bus leaves too early."))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(world.app.moderateFeedback().withhold(world.hospitalResponder, view.id(), view.version(),
                WithholdReason.ABUSIVE, Optional.empty()))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(world.stored(reference).status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(world.app.moderateFeedback().publish(world.admin, view.id(), view.version(),
                "The bus leaves too early.")).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void a_view_that_does_not_exist_is_not_found() {
        assertThat(rejection(world.app.moderateFeedback().publish(world.moderator, FeedbackId.random(), 1, "Words")))
                .isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(world.app.moderateFeedback().view(world.moderator, FeedbackId.random())))
                .isInstanceOf(Rejection.NotFound.class);
    }

    @Test
    void a_responder_reads_only_the_views_assigned_to_their_own_organisation() {
        FeedbackReference reference = world.submit(aView()).reference();
        world.assign(reference, FeedbackWorld.HOSPITALS);
        FeedbackId id = world.stored(reference).id();

        assertThat(world.app.moderateFeedback().view(world.hospitalResponder, id)).isInstanceOf(Outcome.Done.class);
        assertThat(rejection(world.app.moderateFeedback().view(world.councilResponder, id)))
                .isInstanceOf(Rejection.Forbidden.class);
    }

    @Test
    void each_moderation_is_audited_by_reference_with_the_status_before_and_after() {
        FeedbackReference reference = world.submit(aView().from("Jane Smith", "jane@example.com", null)).reference();

        world.publish(reference, "The bus leaves too early.");

        AuditEntry entry = world.app.readAuditLog().read(world.admin, Optional.empty(), 50).orElseThrow().entries()
                .stream().filter(e -> e.action().equals("feedback.published")).findFirst().orElseThrow();
        assertThat(entry.action()).isEqualTo("feedback.published");
        assertThat(entry.recordType()).isEqualTo("feedback");
        assertThat(entry.recordId()).isEqualTo(reference.value());
        assertThat(entry.actor()).contains(world.moderator.id());
        assertThat(entry.changes()).containsExactly(
                new FieldChange("status", Optional.of("RECEIVED"), Optional.of("PUBLISHED")));
        assertThat(entry.toString()).doesNotContain("Jane").doesNotContain("jane@");
    }

    @Test
    void published_views_read_newest_first_a_page_at_a_time() {
        List<FeedbackReference> references = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            references.add(world.submit(aView().saying("View " + i)).reference());
        }
        for (int i = 0; i < 5; i++) {
            world.advance(Duration.ofMinutes(1));
            world.publish(references.get(i), "Published view number " + i);
        }

        PublishedPage first = world.app.readPublishedFeedback().published(Optional.empty(), Optional.empty(), 2)
                .orElseThrow();
        PublishedPage second = world.app.readPublishedFeedback().published(Optional.empty(), first.next(), 2)
                .orElseThrow();
        PublishedPage third = world.app.readPublishedFeedback().published(Optional.empty(), second.next(), 2)
                .orElseThrow();

        assertThat(first.items()).extracting(PublishedView::reference).containsExactly(references.get(4),
                references.get(3));
        assertThat(second.items()).extracting(PublishedView::reference).containsExactly(references.get(2),
                references.get(1));
        assertThat(third.items()).extracting(PublishedView::reference).containsExactly(references.get(0));
        assertThat(third.next()).isEmpty();
    }

    @Test
    void the_published_list_refuses_an_unknown_place_a_made_up_cursor_and_a_page_size_out_of_range() {
        assertThat(rejection(world.app.readPublishedFeedback().published(
                Optional.of(ViewAbout.community(new Slug("atlantis"))), Optional.empty(), 10)))
                .isInstanceOf(Rejection.NotFound.class);
        assertThat(invalidFields(world.app.readPublishedFeedback().published(Optional.empty(), Optional.of("abc"), 10)))
                .containsExactly("cursor");
        assertThat(invalidFields(world.app.readPublishedFeedback().published(Optional.empty(), Optional.empty(), 0)))
                .containsExactly("limit");
    }

    @Test
    void views_are_tagged_only_with_themes_in_use_and_the_public_sees_their_names() {
        Theme waiting = world.app.manageThemes().add(world.engagementOfficer, "Waiting times").orElseThrow();
        Theme travel = world.app.manageThemes().add(world.engagementOfficer, "Travel and transport").orElseThrow();
        Theme retired = world.app.manageThemes().add(world.engagementOfficer, "Parking").orElseThrow();
        world.app.manageThemes().setInUse(world.engagementOfficer, retired.id(), retired.version(), false).orElseThrow();
        FeedbackReference reference = world.submit(aView()).reference();
        Feedback view = world.stored(reference);

        assertThat(invalidFields(world.app.moderateFeedback().tagThemes(world.moderator, view.id(), view.version(),
                Set.of(retired.id())))).containsExactly("themes");
        assertThat(rejection(world.app.moderateFeedback().tagThemes(world.hospitalResponder, view.id(), view.version(),
                Set.of(travel.id())))).isInstanceOf(Rejection.Forbidden.class);
        FeedbackForStaff tagged = world.app.moderateFeedback().tagThemes(world.moderator, view.id(), view.version(),
                Set.of(waiting.id(), travel.id())).orElseThrow();
        world.publish(reference, "The bus leaves too early.");

        assertThat(tagged.themeNames()).containsExactly("Travel and transport", "Waiting times");
        assertThat(world.app.readPublishedFeedback().published(Optional.empty(), Optional.empty(), 10).orElseThrow()
                .items().getFirst().themes()).containsExactly("Travel and transport", "Waiting times");
    }
}
