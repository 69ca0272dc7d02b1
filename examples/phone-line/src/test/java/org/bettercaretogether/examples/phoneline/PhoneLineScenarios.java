package org.bettercaretogether.examples.phoneline;

import org.bettercaretogether.application.feedback.FeedbackForStaff;
import org.bettercaretogether.application.feedback.ModerateFeedback;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.staff.CreateAdministrator;
import org.bettercaretogether.core.BetterCareTogether;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phone line's day, run on each of the library's adapter sets by a subclass: the same cases, in memory and over
 * PostgreSQL.
 */
abstract class PhoneLineScenarios {

    private static final LocalDate TODAY = LocalDate.now();

    private BetterCareTogether library;
    private PhoneLine line;
    private Actor operator;

    /** The library, started over the adapter set under test; closed after each case. */
    protected abstract BetterCareTogether startLibrary();

    /** Lets go of what {@link #startLibrary()} opened besides the library, once the library has stopped. */
    protected void afterLibraryClosed() {
    }

    @BeforeEach
    void openTheLine() {
        library = startLibrary();
        line = PhoneLine.on(library);
        EmailAddress email = new EmailAddress("operator-" + UUID.randomUUID() + "@example.nhs.uk");
        operator = Actor.of(library.get(CreateAdministrator.class)
                .create(email, "Phone Operator", MorecambeBay.CLINICAL_COMMISSIONING_GROUP).orElseThrow().member());
    }

    @AfterEach
    void closeTheLine() {
        try {
            library.close();
        } finally {
            afterLibraryClosed();
        }
    }

    @Test
    void a_caller_from_a_kendal_postcode_is_told_their_community_and_its_network() {
        assertThat(line.communitiesFor("LA9 4BT").orElseThrow()).singleElement().satisfies(community -> {
            assertThat(community.name()).isEqualTo("Kendal");
            assertThat(community.network()).isNotBlank();
        });
    }

    @Test
    void a_place_the_programme_does_not_serve_is_not_found_and_text_that_is_no_place_is_invalid() {
        assertThat(rejection(line.communitiesFor("Manchester"))).isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(line.communitiesFor("1234"))).isInstanceOf(Rejection.InvalidInput.class);
    }

    @Test
    void a_view_taken_by_phone_gets_a_reference_and_waits_for_moderation_not_yet_for_an_answer() {
        FeedbackReference reference = line.takeView(operator, call("The surgery's phone is engaged every morning."))
                .orElseThrow();

        assertThat(reference.value()).startsWith("BCT-");
        assertThat(line.awaitingAnswer(operator).orElseThrow()).isEmpty();
    }

    @Test
    void a_view_taken_by_phone_awaits_an_answer_once_published_and_assigned_to_a_partner() {
        FeedbackReference reference = line.takeView(operator, call("Please keep the Kendal walk-in clinic open."))
                .orElseThrow();
        ModerateFeedback moderation = library.get(ModerateFeedback.class);
        FeedbackForStaff queued = moderation.queue(operator, Optional.empty(), 10).orElseThrow().items().stream()
                .filter(view -> view.feedback().reference().equals(reference)).findFirst().orElseThrow();
        FeedbackForStaff published = moderation.publish(operator, queued.feedback().id(),
                queued.feedback().version(), "Please keep the Kendal walk-in clinic open.").orElseThrow();
        moderation.assign(operator, published.feedback().id(), published.feedback().version(),
                MorecambeBay.CLINICAL_COMMISSIONING_GROUP).orElseThrow();

        assertThat(line.awaitingAnswer(operator).orElseThrow()).singleElement().satisfies(waiting -> {
            assertThat(waiting.reference()).isEqualTo(reference);
            assertThat(waiting.dueOn()).isAfter(TODAY);
            assertThat(waiting.overdue()).isFalse();
        });
    }

    @Test
    void a_call_with_no_words_is_refused_and_nothing_is_recorded() {
        Outcome<FeedbackReference> refused = line.takeView(operator, call("   "));

        assertThat(rejection(refused)).isInstanceOf(Rejection.InvalidInput.class);
        assertThat(library.get(ModerateFeedback.class).queue(operator, Optional.empty(), 10).orElseThrow().items())
                .isEmpty();
    }

    private static Call call(String words) {
        return new Call(words, ContributorRole.PATIENT, Optional.of(new Slug("kendal")), true, TODAY);
    }

    private static Rejection rejection(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<?>) outcome).rejection();
    }
}
