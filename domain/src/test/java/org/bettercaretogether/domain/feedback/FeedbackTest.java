package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.domain.feedback.FeedbackBuilder.MODERATOR;
import static org.bettercaretogether.domain.feedback.FeedbackBuilder.PARTNER;
import static org.bettercaretogether.domain.feedback.FeedbackBuilder.RESPONDER;
import static org.bettercaretogether.domain.feedback.FeedbackBuilder.aView;
import static org.bettercaretogether.domain.feedback.FeedbackBuilder.answer;
import static org.bettercaretogether.domain.feedback.FeedbackBuilder.later;

class FeedbackTest {

    private static final PublicText SHORTER = new PublicText("The bus runs twice a day.");

    @Test
    void a_view_just_received_waits_for_moderation_and_is_not_public() {
        Feedback view = aView().received();

        assertThat(view.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(view.isPublic()).isFalse();
        assertThat(view.publicText()).isEmpty();
        assertThat(view.history()).extracting(Transition::kind).containsExactly(Transition.Kind.RECEIVED);
    }

    @Test
    void a_view_is_published_only_with_the_persons_consent_to_publish() {
        Feedback unwilling = aView().consenting(true, false).received();

        assertThatThrownBy(() -> unwilling.publish(SHORTER, later(1), MODERATOR))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("did not agree to publication");
    }

    @Test
    void no_published_view_can_even_be_built_without_consent_to_publish() {
        Feedback published = aView().published();

        assertThatThrownBy(() -> new Feedback(published.id(), published.reference(), published.subject(),
                published.role(), published.origin(), published.text(), published.contact(), new Consent(true, false),
                published.postcodeDistrict(), published.trackingTokenHash(), published.receivedAt(),
                published.moderation(), published.themes(), published.assignment(), published.response(),
                published.closure(), published.safeguarding(), published.erasedAt(), published.history(),
                published.version())).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("consent:");
    }

    @Test
    void the_public_text_must_not_hold_the_persons_own_name_in_any_case() {
        Feedback view = aView().from("Jane Smith", null, null).received();

        assertThatThrownBy(() -> view.publish(new PublicText("JANE SMITH says the bus runs twice a day."), later(1),
                MODERATOR)).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("publicText:");
    }

    @Test
    void a_short_name_inside_another_word_is_not_the_persons_name() {
        Feedback view = aView().from("Ann", null, null).received();

        Feedback published = view.publish(new PublicText("The planning of the annual review was poor."), later(1),
                MODERATOR);

        assertThat(published.isPublic()).isTrue();
        assertThatThrownBy(() -> view.publish(new PublicText("Ann thinks the planning was poor."), later(1), MODERATOR))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("publicText:");
    }

    @Test
    void a_name_ending_the_text_or_beside_punctuation_or_an_accented_letter_is_found_only_as_a_whole_word() {
        Feedback view = aView().from("José", null, null).received();

        assertThatThrownBy(() -> view.publish(new PublicText("The nurse spoke kindly to JOSÉ."), later(1), MODERATOR))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> view.publish(new PublicText("(josé) waited an hour"), later(1), MODERATOR))
                .isInstanceOf(InvalidValueException.class);
        assertThat(view.publish(new PublicText("Josée and Marijosé waited an hour."), later(1), MODERATOR).isPublic())
                .isTrue();
    }

    @Test
    void the_public_text_must_not_hold_the_persons_own_phone_number_however_it_is_spaced() {
        Feedback view = aView().from(null, null, "01539 123456").received();
        PublicText spelledOut = new PublicText("Ring 0 1 5 3 9 - 1 2 3 4 5 6 any time.");

        assertThatThrownBy(() -> view.publish(spelledOut, later(1), MODERATOR))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("publicText:");
    }

    @Test
    void no_public_text_holds_an_email_address_so_the_persons_own_cannot_be_published() {
        assertThatThrownBy(() -> new PublicText("Write to jane@example.com")).isInstanceOf(InvalidValueException.class);
        Feedback view = aView().from("Jane Smith", "jane@example.com", "01539 123456").received();

        assertThat(view.publish(SHORTER, later(1), MODERATOR).publicText()).contains(SHORTER);
    }

    @Test
    void a_view_is_moderated_once() {
        Feedback published = aView().published();
        Feedback withheld = aView().withheld();

        assertThatThrownBy(() -> published.publish(SHORTER, later(2), MODERATOR))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("already been moderated");
        assertThatThrownBy(() -> published.withhold(WithholdReason.ABUSIVE, Optional.empty(), later(2), MODERATOR))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> withheld.publish(SHORTER, later(2), MODERATOR))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void a_withheld_view_never_appears_publicly() {
        Feedback withheld = aView().received().withhold(WithholdReason.PERSONAL_DETAILS, Optional.of("names a nurse"),
                later(1), MODERATOR);

        assertThat(withheld.isPublic()).isFalse();
        assertThat(withheld.publicText()).isEmpty();
        assertThat(withheld.status()).isEqualTo(FeedbackStatus.WITHHELD);
        assertThat(withheld.assign(new Assignment(PARTNER, LocalDate.of(2027, 1, 14), later(2), MODERATOR))
                .respond(answer(PARTNER)).isPublic()).as("answered, still withheld").isFalse();
    }

    @Test
    void a_view_is_not_answered_before_it_is_moderated() {
        Feedback assignedUnmoderated = aView().received()
                .assign(new Assignment(PARTNER, LocalDate.of(2027, 1, 14), later(1), MODERATOR));

        assertThatThrownBy(() -> assignedUnmoderated.respond(answer(PARTNER)))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("moderated");
    }

    @Test
    void only_the_partner_a_view_is_assigned_to_answers_it() {
        Feedback published = aView().published();
        Feedback assigned = aView().assigned();

        assertThatThrownBy(() -> published.respond(answer(PARTNER)))
                .as("not assigned to anyone").isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> assigned.respond(answer(PartnerId.random())))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("assigned to");
        assertThat(assigned.respond(answer(PARTNER)).status()).isEqualTo(FeedbackStatus.RESPONDED);
    }

    @Test
    void a_view_is_answered_once_and_not_reassigned_after() {
        Feedback answered = aView().answered();

        assertThatThrownBy(() -> answered.respond(answer(PARTNER))).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> answered.assign(new Assignment(PartnerId.random(), LocalDate.of(2027, 1, 14),
                later(4), MODERATOR))).isInstanceOf(StateConflictException.class);
    }

    @Test
    void a_view_may_pass_to_another_partner_until_it_is_answered() {
        PartnerId other = PartnerId.random();

        Feedback reassigned = aView().assigned()
                .assign(new Assignment(other, LocalDate.of(2027, 1, 14), later(3), MODERATOR));

        assertThat(reassigned.assignment().orElseThrow().partner()).isEqualTo(other);
        assertThatThrownBy(() -> reassigned.respond(answer(PARTNER))).isInstanceOf(StateConflictException.class);
        assertThat(reassigned.respond(answer(other)).response()).isPresent();
    }

    @Test
    void closing_needs_an_answer_or_a_reason() {
        Feedback unanswered = aView().assigned();

        assertThatThrownBy(() -> unanswered.close(new Closure(later(5), MODERATOR, Optional.empty())))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("reason:");
        assertThat(unanswered.close(new Closure(later(5), MODERATOR, Optional.of("A duplicate of BCT-7KQ3-M9XD")))
                .status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(aView().answered().close(new Closure(later(5), RESPONDER, Optional.empty())).status())
                .isEqualTo(FeedbackStatus.CLOSED);
    }

    @Test
    void a_closed_view_is_closed_once_and_takes_no_answer() {
        Feedback closed = aView().assigned().close(new Closure(later(5), MODERATOR, Optional.of("Resolved by phone")));

        assertThatThrownBy(() -> closed.close(new Closure(later(6), MODERATOR, Optional.of("again"))))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> closed.respond(answer(PARTNER))).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> closed.assign(new Assignment(PARTNER, LocalDate.of(2027, 1, 14), later(6), MODERATOR)))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void the_status_follows_the_furthest_step_taken() {
        assertThat(aView().received().status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(aView().published().status()).isEqualTo(FeedbackStatus.PUBLISHED);
        assertThat(aView().withheld().status()).isEqualTo(FeedbackStatus.WITHHELD);
        assertThat(aView().assigned().status()).as("assignment is not a status").isEqualTo(FeedbackStatus.PUBLISHED);
        assertThat(aView().answered().status()).isEqualTo(FeedbackStatus.RESPONDED);
        assertThat(aView().withheld().assign(new Assignment(PARTNER, LocalDate.of(2027, 1, 14), later(2), MODERATOR))
                .respond(answer(PARTNER)).status()).isEqualTo(FeedbackStatus.RESPONDED);
        assertThat(aView().answered().close(new Closure(later(5), MODERATOR, Optional.empty())).status())
                .isEqualTo(FeedbackStatus.CLOSED);
    }

    @Test
    void every_step_is_appended_to_the_history_with_who_and_when() {
        ThemeId travel = ThemeId.random();
        Feedback view = aView().published()
                .tagThemes(Set.of(travel), later(2), MODERATOR)
                .assign(new Assignment(PARTNER, LocalDate.of(2027, 1, 14), later(2), MODERATOR))
                .flagSafeguarding(new SafeguardingFlag(later(2), MODERATOR, "Lives alone, no transport"))
                .respond(answer(PARTNER))
                .close(new Closure(later(5), RESPONDER, Optional.empty()))
                .erase(later(6), MODERATOR);

        assertThat(view.history()).extracting(Transition::kind).containsExactly(Transition.Kind.RECEIVED,
                Transition.Kind.PUBLISHED, Transition.Kind.THEMES_TAGGED, Transition.Kind.ASSIGNED,
                Transition.Kind.SAFEGUARDING_FLAGGED, Transition.Kind.RESPONDED, Transition.Kind.CLOSED,
                Transition.Kind.ERASED);
        assertThat(view.history().getFirst().by()).as("received online, from nobody on the staff").isEmpty();
        assertThat(view.history().get(1)).isEqualTo(new Transition(later(1), Optional.of(MODERATOR),
                Transition.Kind.PUBLISHED, ""));
        assertThat(view.history().get(3).detail()).isEqualTo("due 2027-01-14");
        assertThat(view.history().get(5).by()).contains(RESPONDER);
        assertThat(view.themes()).containsExactly(travel);
    }

    @Test
    void a_refused_step_leaves_the_view_and_its_history_as_they_were() {
        Feedback view = aView().received();
        List<Transition> before = view.history();

        assertThatThrownBy(() -> view.respond(answer(PARTNER))).isInstanceOf(StateConflictException.class);

        assertThat(view.history()).isEqualTo(before);
        assertThat(view.status()).isEqualTo(FeedbackStatus.RECEIVED);
    }

    @Test
    void a_view_is_flagged_as_a_safeguarding_concern_once() {
        Feedback flagged = aView().received().flagSafeguarding(new SafeguardingFlag(later(1), MODERATOR, "At risk"));

        assertThatThrownBy(() -> flagged.flagSafeguarding(new SafeguardingFlag(later(2), MODERATOR, "Again")))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void erasure_removes_the_contact_details_and_original_words_and_keeps_the_public_text() {
        Feedback published = aView().from("Jane Smith", "jane@example.com", "01539 123456").consenting(true, true)
                .published().assign(new Assignment(PARTNER, LocalDate.of(2027, 1, 14), later(2), MODERATOR))
                .respond(answer(PARTNER));

        Feedback erased = published.erase(later(6), MODERATOR);

        assertThat(erased.text()).isEmpty();
        assertThat(erased.contact().isEmpty()).isTrue();
        assertThat(erased.consent()).isEqualTo(new Consent(false, true));
        assertThat(erased.wantsToBeTold()).isFalse();
        assertThat(erased.erasedAt()).contains(later(6));
        assertThat(erased.publicText()).isEqualTo(published.publicText());
        assertThat(erased.isPublic()).isTrue();
        assertThat(erased.response()).isEqualTo(published.response());
        assertThat(erased.origin()).isEqualTo(published.origin());
        assertThat(erased.reference()).isEqualTo(published.reference());
        assertThat(erased.status()).isEqualTo(FeedbackStatus.RESPONDED);
    }

    @Test
    void erasure_takes_a_view_down_when_its_published_answer_names_the_person_and_says_so_in_its_history() {
        Feedback answered = aView().from("Jane Smith", "jane@example.com", "01539 123456").published()
                .assign(new Assignment(PARTNER, LocalDate.of(2027, 1, 14), later(2), MODERATOR))
                .respond(new Response(PARTNER, "Dear Jane Smith, a third bus runs from March.", later(3), RESPONDER));

        Feedback erased = answered.erase(later(6), MODERATOR);

        assertThat(erased.isPublic()).isFalse();
        assertThat(erased.publicText()).isEmpty();
        assertThat(erased.moderation()).isEqualTo(new Moderation.Withheld(WithholdReason.PERSONAL_DETAILS,
                Optional.of(Feedback.TAKEN_DOWN_ON_ERASURE), later(6), MODERATOR));
        assertThat(erased.history().getLast()).isEqualTo(new Transition(later(6), Optional.of(MODERATOR),
                Transition.Kind.ERASED, "public text taken down"));
        assertThat(erased.response()).as("kept for the figures, no longer public").isEqualTo(answered.response());
    }

    @Test
    void erasure_takes_a_view_down_when_its_stored_public_text_holds_the_person_s_name_and_keeps_one_that_does_not() {
        Feedback received = aView().from("Jane Smith", null, null).received();
        // Publishing refuses such a text; one stored before that check, or changed in the database, is still found.
        Feedback published = new Feedback(received.id(), received.reference(), received.subject(), received.role(),
                received.origin(), received.text(), received.contact(), received.consent(),
                received.postcodeDistrict(), received.trackingTokenHash(), received.receivedAt(),
                new Moderation.Published(new PublicText("Jane Smith says the bus runs twice a day."), later(1),
                        MODERATOR), received.themes(), received.assignment(), received.response(),
                received.closure(), received.safeguarding(), received.erasedAt(), received.history(), 3);

        assertThat(published.erase(later(6), MODERATOR).isPublic()).isFalse();
        assertThat(aView().from("Jane Smith", null, null).published().erase(later(6), MODERATOR).isPublic())
                .as("a public text without the name stays").isTrue();
    }

    @Test
    void contact_details_are_forgotten_by_nobody_on_the_staff_and_the_words_and_public_text_stay() {
        Feedback closed = aView().from("Jane Smith", "jane@example.com", "01539 123456").answered()
                .close(new Closure(later(5), RESPONDER, Optional.empty()));

        Feedback forgotten = closed.forgetContact(later(9));

        assertThat(forgotten.contact().isEmpty()).isTrue();
        assertThat(forgotten.wantsToBeTold()).isFalse();
        assertThat(forgotten.text()).isEqualTo(closed.text());
        assertThat(forgotten.publicText()).isEqualTo(closed.publicText());
        assertThat(forgotten.erasedAt()).isEmpty();
        assertThat(forgotten.history().getLast()).isEqualTo(new Transition(later(9), Optional.empty(),
                Transition.Kind.CONTACT_REMOVED, ""));
        assertThat(forgotten.forgetContact(later(10))).as("nothing left to forget").isEqualTo(forgotten);
    }

    @Test
    void erasing_twice_changes_nothing_more() {
        Feedback erased = aView().from("Jane Smith", "jane@example.com", null).published().erase(later(6), MODERATOR);

        Feedback again = erased.erase(later(9), MODERATOR);

        assertThat(again).isEqualTo(erased);
        assertThat(again.erasedAt()).contains(later(6));
        assertThat(again.history()).filteredOn(step -> step.kind() == Transition.Kind.ERASED).hasSize(1);
    }

    @Test
    void original_words_are_required_until_they_are_erased() {
        Feedback view = aView().received();

        assertThatThrownBy(() -> new Feedback(view.id(), view.reference(), view.subject(), view.role(), view.origin(),
                Optional.empty(), view.contact(), view.consent(), view.postcodeDistrict(), view.trackingTokenHash(),
                view.receivedAt(), view.moderation(), view.themes(), view.assignment(), view.response(), view.closure(),
                view.safeguarding(), view.erasedAt(), view.history(), view.version()))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("text:");
    }

    @Test
    void a_person_is_told_only_if_they_agreed_and_left_an_email_address() {
        assertThat(aView().from(null, "jane@example.com", null).consenting(true, false).received().wantsToBeTold())
                .isTrue();
        assertThat(aView().from(null, "jane@example.com", null).consenting(false, true).received().wantsToBeTold())
                .isFalse();
        assertThat(aView().from("Jane", null, "01539 123456").consenting(true, true).received().wantsToBeTold())
                .isFalse();
    }

    @Test
    void printing_a_view_reveals_none_of_the_persons_words_or_details() {
        Feedback view = aView().from("Jane Smith", "jane@example.com", "01539 123456")
                .saying("My neighbour Bob Jones cannot get to Kendal.").received();

        assertThat(view.toString()).contains(view.reference().value()).doesNotContain("Jane").doesNotContain("jane@")
                .doesNotContain("01539").doesNotContain("Bob Jones");
        assertThat(view.contact().toString()).isEqualTo("ContactDetails[hidden]");
        assertThat(view.text().orElseThrow().toString()).doesNotContain("Bob");
    }
}
