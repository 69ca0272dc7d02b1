package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.FeedbackStatus;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.UkTime;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.application.feedback.FeedbackWorld.aView;
import static org.bettercaretogether.application.feedback.FeedbackWorld.invalidFields;
import static org.bettercaretogether.application.feedback.FeedbackWorld.rejection;

/** A member of the public shares a view online, and a moderator finds it waiting. */
class SubmitFeedbackTest {

    private final FeedbackWorld world = new FeedbackWorld();

    @Test
    void a_view_shared_online_waits_for_moderation_with_a_reference_and_a_private_tracking_link() {
        SubmissionReceipt receipt = world.submit(aView().aboutCommunity("kendal").livingIn("LA9"));

        Feedback stored = world.stored(receipt.reference());
        IntegratedCareCommunity kendal = world.app.adapters().communities().findBySlug(new Slug("kendal")).orElseThrow();
        assertThat(receipt.replayed()).isFalse();
        assertThat(stored.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(stored.subject()).isEqualTo(new Subject.AboutCommunity(kendal.id()));
        assertThat(stored.origin().channel()).isEqualTo(Channel.ONLINE);
        assertThat(stored.origin().receivedOn()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(stored.receivedAt()).isEqualTo(FeedbackWorld.MONDAY_14_DECEMBER_2026);
        assertThat(stored.trackingTokenHash()).isEqualTo(Secrets.sha256(receipt.trackingToken()))
                .isNotEqualTo(receipt.trackingToken());
        assertThat(receipt.toString()).doesNotContain(receipt.trackingToken());
    }

    @Test
    void views_wait_in_the_moderation_queue_oldest_first() {
        List<FeedbackReference> references = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            references.add(world.submit(aView().saying("View number " + (i + 1))).reference());
            world.advance(Duration.ofMinutes(5));
        }

        QueuePage page = world.app.moderateFeedback().queue(world.moderator, Optional.empty(), 10).orElseThrow();

        assertThat(page.items()).extracting(item -> item.feedback().reference()).containsExactlyElementsOf(references);
        assertThat(page.waiting()).isEqualTo(3);
        assertThat(page.next()).isEmpty();
        assertThat(page.items().getFirst().about()).isEqualTo(Subjects.PROGRAMME);
    }

    @Test
    void the_queue_pages_by_cursor_without_repeats_or_gaps_even_when_views_arrive_together() {
        for (int i = 0; i < 7; i++) {
            world.submit(aView().saying("View number " + i));
            if (i % 3 == 2) {
                world.advance(Duration.ofSeconds(1));
            }
        }
        List<FeedbackReference> all = world.allViews().stream().map(Feedback::reference).toList();

        List<FeedbackReference> seen = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            QueuePage page = world.app.moderateFeedback().queue(world.moderator, cursor, 2).orElseThrow();
            assertThat(page.waiting()).isEqualTo(7);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            page.items().forEach(item -> {
                seen.add(item.feedback().reference());
                times.add(item.feedback().receivedAt());
            });
            cursor = page.next();
            pages++;
        } while (cursor.isPresent());

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        assertThat(times).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void a_moderated_view_leaves_the_queue() {
        FeedbackReference first = world.submit(aView()).reference();
        world.advance(Duration.ofMinutes(1));
        FeedbackReference second = world.submit(aView()).reference();

        world.publish(first, "Buses stop too early.");

        QueuePage page = world.app.moderateFeedback().queue(world.moderator, Optional.empty(), 10).orElseThrow();
        assertThat(page.items()).extracting(item -> item.feedback().reference()).containsExactly(second);
        assertThat(page.waiting()).isEqualTo(1);
    }

    @Test
    void a_cursor_the_service_did_not_give_and_a_page_size_out_of_range_are_invalid_input() {
        world.submit(aView());

        assertThat(invalidFields(world.app.moderateFeedback().queue(world.moderator, Optional.of("not-a-cursor"), 10)))
                .containsExactly("cursor");
        assertThat(invalidFields(world.app.moderateFeedback().queue(world.moderator, Optional.of("%%%"), 10)))
                .containsExactly("cursor");
        assertThat(invalidFields(world.app.moderateFeedback().queue(world.moderator, Optional.empty(), 0)))
                .containsExactly("limit");
        assertThat(invalidFields(world.app.moderateFeedback().queue(world.moderator, Optional.empty(), 101)))
                .containsExactly("limit");
        assertThat(world.app.moderateFeedback().queue(world.moderator, Optional.of("  "), 10).orElseThrow().items())
                .as("a blank cursor is the first page").hasSize(1);
    }

    @Test
    void only_moderators_and_administrators_read_the_queue() {
        assertThat(rejection(world.app.moderateFeedback().queue(world.hospitalResponder, Optional.empty(), 10)))
                .isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(world.app.moderateFeedback().queue(world.engagementOfficer, Optional.empty(), 10)))
                .isInstanceOf(Rejection.Forbidden.class);
        assertThat(world.app.moderateFeedback().queue(world.admin, Optional.empty(), 10))
                .isInstanceOf(Outcome.Done.class);
    }

    @Test
    void a_view_about_a_community_merged_into_another_is_refused_by_the_use_case_itself() {
        assertThat(world.app.submitFeedback().submit(aView().aboutCommunity("barrow-town").build(), Optional.empty()))
                .as("before the merger").isInstanceOf(Outcome.Done.class);
        world.app.shapeCommunities().merge(world.engagementOfficer, new Slug("barrow-town"), new Slug("alfred-barrow"),
                UkTime.dayOf(world.clock.instant())).orElseThrow();

        Rejection.InvalidInput invalid = (Rejection.InvalidInput) rejection(world.app.submitFeedback().submit(
                aView().aboutCommunity("barrow-town").build(), Optional.empty()));

        assertThat(invalid.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("slug");
            assertThat(problem.problem()).isEqualTo("There is no Integrated Care Community called 'barrow-town'.");
        });
        assertThat(world.allViews()).hasSize(1);
        assertThat(world.app.submitFeedback().submit(aView().aboutCommunity("alfred-barrow").build(), Optional.empty()))
                .isInstanceOf(Outcome.Done.class);
    }

    @Test
    void a_view_about_a_community_that_does_not_exist_is_refused_on_that_field_and_nothing_is_stored() {
        Outcome<SubmissionReceipt> refused = world.app.submitFeedback().submit(
                aView().aboutCommunity("atlantis").build(), Optional.of(new IdempotencyKey("key-1")));

        Rejection.InvalidInput invalid = (Rejection.InvalidInput) rejection(refused);
        assertThat(invalid.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("slug");
            assertThat(problem.problem()).contains("atlantis");
        });
        assertThat(world.allViews()).isEmpty();
        assertThat(world.app.submitFeedback().submit(aView().build(), Optional.of(new IdempotencyKey("key-1")))
                .orElseThrow().replayed()).as("the key was not spent on the refused view").isFalse();
    }

    @Test
    void unknown_workstreams_and_networks_are_refused_on_the_field_of_their_address() {
        assertThat(invalidFields(world.app.submitFeedback().submit(
                aView().about(ViewAbout.workstream(new Slug("dentistry"))).build(), Optional.empty())))
                .containsExactly("slug");
        assertThat(invalidFields(world.app.submitFeedback().submit(
                aView().about(ViewAbout.network(new Slug("north-pole"))).build(), Optional.empty())))
                .containsExactly("slug");
        assertThat(world.app.submitFeedback().submit(
                aView().about(ViewAbout.workstream(new Slug("elective-care"))).build(), Optional.empty()))
                .isInstanceOf(Outcome.Done.class);
        assertThat(world.allViews()).hasSize(1);
    }

    @Test
    void the_same_idempotency_key_a_hundred_times_makes_one_view_and_the_same_receipt() {
        IdempotencyKey key = new IdempotencyKey("9b1d-submit-once");
        ShareAView view = aView().aboutCommunity("kendal").build();

        SubmissionReceipt first = world.app.submitFeedback().submit(view, Optional.of(key)).orElseThrow();
        List<SubmissionReceipt> retries = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            world.advance(Duration.ofMinutes(1));
            retries.add(world.app.submitFeedback().submit(view, Optional.of(key)).orElseThrow());
        }

        assertThat(first.replayed()).isFalse();
        assertThat(retries).allSatisfy(retry -> {
            assertThat(retry.replayed()).isTrue();
            assertThat(retry.reference()).isEqualTo(first.reference());
            assertThat(retry.trackingToken()).isEqualTo(first.trackingToken());
        });
        assertThat(world.allViews()).hasSize(1);
    }

    @Test
    void the_same_key_with_a_different_view_is_refused_on_the_idempotency_key() {
        IdempotencyKey key = new IdempotencyKey("one-key");
        world.app.submitFeedback().submit(aView().saying("First words").build(), Optional.of(key)).orElseThrow();

        Outcome<SubmissionReceipt> other = world.app.submitFeedback().submit(aView().saying("Other words").build(),
                Optional.of(key));
        Outcome<SubmissionReceipt> otherConsent = world.app.submitFeedback().submit(
                aView().saying("First words").consenting(true, true).build(), Optional.of(key));

        assertThat(invalidFields(other)).containsExactly("Idempotency-Key");
        assertThat(invalidFields(otherConsent)).containsExactly("Idempotency-Key");
        assertThat(world.allViews()).hasSize(1);
    }

    @Test
    void different_keys_make_different_views_and_a_key_is_forgotten_after_a_day() {
        ShareAView view = aView().build();
        SubmissionReceipt first = world.app.submitFeedback().submit(view, Optional.of(new IdempotencyKey("a"))).orElseThrow();
        SubmissionReceipt second = world.app.submitFeedback().submit(view, Optional.of(new IdempotencyKey("b"))).orElseThrow();

        world.advance(Duration.ofHours(24).plusSeconds(1));
        SubmissionReceipt afterADay = world.app.submitFeedback().submit(view, Optional.of(new IdempotencyKey("a")))
                .orElseThrow();

        assertThat(second.reference()).isNotEqualTo(first.reference());
        assertThat(afterADay.replayed()).isFalse();
        assertThat(afterADay.reference()).isNotEqualTo(first.reference());
        assertThat(world.allViews()).hasSize(3);
    }

    @Test
    void thirty_two_requests_at_once_with_one_key_make_one_view_and_all_get_its_receipt() throws Exception {
        IdempotencyKey key = new IdempotencyKey("concurrent-key");
        ShareAView view = aView().aboutCommunity("barrow-town").build();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch ready = new CountDownLatch(32);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SubmissionReceipt>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return world.app.submitFeedback().submit(view, Optional.of(key)).orElseThrow();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<SubmissionReceipt> receipts = new ArrayList<>();
            for (Future<SubmissionReceipt> answer : answers) {
                receipts.add(answer.get(10, TimeUnit.SECONDS));
            }

            assertThat(world.allViews()).hasSize(1);
            assertThat(receipts.stream().map(r -> r.reference().value() + " " + r.trackingToken())
                    .collect(Collectors.toSet())).hasSize(1);
            assertThat(receipts).filteredOn(r -> !r.replayed()).hasSize(1);
            assertThat(receipts.getFirst().reference()).isEqualTo(world.allViews().getFirst().reference());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_idempotency_key_is_visible_ascii_of_at_most_200_characters() {
        assertThat(Set.of("", " ", "has space", "é", "x".repeat(201))).allSatisfy(text ->
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IdempotencyKey(text))
                        .hasMessageStartingWith("Idempotency-Key:"));
        assertThat(new IdempotencyKey("x".repeat(200)).toString()).doesNotContain("xxx");
    }
}
