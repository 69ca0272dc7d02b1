package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.Origin;
import org.bettercaretogether.domain.feedback.PersonalDetails;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Consent to publish free text is never assumed, only answers given with it reach moderation, a moderator decides
 * once and cannot publish a personal detail; a paper response received while the consultation was open is taken
 * after it closed, until its results are published.
 */
class FreeTextAndPaperTest {

    /** Open from 9:00am on Sunday 10 January 2027 to 5:00pm on Wednesday 10 February 2027, UK time. */
    private static final OpeningTimes TIMES = OpeningTimes.inUkTime(LocalDateTime.of(2027, 1, 10, 9, 0),
            LocalDateTime.of(2027, 2, 10, 17, 0));
    private static final Instant WHILE_OPEN = Instant.parse("2027-01-20T12:00:00Z");
    private static final Instant AFTER_CLOSING = Instant.parse("2027-02-20T12:00:00Z");
    private static final StaffMemberId ENTERED_BY = StaffMemberId.random();
    private static final List<Answer> ANSWERS = List.of(Answer.of("support", "agree"),
            Answer.of("comments", "Ring 01539 700555"));

    private final Consultation consultation = Consultation.draft(ConsultationId.random(), new Slug("maternity-review"),
            Subject.programme(), "Maternity services", "How should maternity care be arranged?", List.of(),
            "Where births take place", PartnerId.random(), TIMES, List.of(
                    new Question(new QuestionId("support"), "Do you agree?", Optional.empty(), true,
                            QuestionKind.Scale.agreement()),
                    new Question(new QuestionId("comments"), "Anything else?", Optional.empty(), false,
                            new QuestionKind.FreeText(200)))).schedule(Instant.parse("2027-01-01T00:00:00Z"));

    @Test
    void an_answer_given_without_saying_so_does_not_consent_and_its_free_text_never_reaches_moderation() {
        Response silent = accepted(consultation.answer(ResponseId.random(), ANSWERS, WHILE_OPEN, Map.of()));
        Response consenting = accepted(consultation.answer(ResponseId.random(), ANSWERS, true, WHILE_OPEN, Map.of()));

        assertThat(silent.publishFreeText()).isFalse();
        assertThat(silent.online()).isTrue();
        assertThat(silent.origin().receivedOn()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(consultation.forModeration(silent)).isEmpty();
        assertThat(consultation.forModeration(consenting)).singleElement().satisfies(answer -> {
            assertThat(answer.question().value()).isEqualTo("comments");
            assertThat(answer.pending()).isTrue();
            assertThat(answer.personalDetails()).extracting(PersonalDetails.Found::kind)
                    .containsExactly(PersonalDetails.Kind.PHONE);
        });
    }

    @Test
    void a_moderator_cannot_publish_a_personal_detail_and_decides_once() {
        Response consenting = accepted(consultation.answer(ResponseId.random(), ANSWERS, true, WHILE_OPEN, Map.of()));
        FreeTextAnswer waiting = consultation.forModeration(consenting).getFirst();

        assertThatThrownBy(() -> waiting.publish("Ring 01539 700555", ENTERED_BY, AFTER_CLOSING))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("telephone number");
        FreeTextAnswer withheld = waiting.withhold(WithholdReason.PERSONAL_DETAILS, Optional.empty(), ENTERED_BY,
                AFTER_CLOSING);
        assertThat(withheld.moderation()).isInstanceOf(Moderation.Withheld.class);
        assertThatThrownBy(() -> withheld.publish("Ring us", ENTERED_BY, AFTER_CLOSING))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("withheld");
        assertThat(waiting.publish(waiting.suggestedPublicText(), ENTERED_BY, AFTER_CLOSING).moderation())
                .isInstanceOf(Moderation.Published.class);
    }

    @Test
    void a_paper_response_received_while_open_is_taken_after_closing_with_its_provenance() {
        Response entered = accepted(consultation.answerOnPaper(ResponseId.random(), ANSWERS, false,
                paper(LocalDate.of(2027, 2, 10)), AFTER_CLOSING, Map.of()));

        assertThat(entered.online()).isFalse();
        assertThat(entered.origin().enteredBy()).contains(ENTERED_BY);
        assertThat(entered.origin().channel()).isEqualTo(Channel.PAPER_FORM);
        assertThat(entered.receivedAt()).isEqualTo(AFTER_CLOSING);
    }

    @Test
    void a_paper_response_received_outside_the_opening_or_in_the_future_is_refused() {
        assertThatThrownBy(() -> consultation.answerOnPaper(ResponseId.random(), ANSWERS, false,
                paper(LocalDate.of(2027, 2, 11)), AFTER_CLOSING, Map.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("receivedOn");
        assertThatThrownBy(() -> consultation.answerOnPaper(ResponseId.random(), ANSWERS, false,
                paper(LocalDate.of(2027, 1, 9)), AFTER_CLOSING, Map.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> consultation.answerOnPaper(ResponseId.random(), ANSWERS, false,
                paper(LocalDate.of(2027, 1, 21)), WHILE_OPEN, Map.of()))
                .as("received tomorrow").isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> consultation.answerOnPaper(ResponseId.random(), ANSWERS, false,
                Origin.online(LocalDate.of(2027, 1, 20)), WHILE_OPEN, Map.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("channel");
    }

    @Test
    void no_paper_response_is_taken_once_the_results_are_published_nor_before_it_opens() {
        Consultation published = consultation.publishResults("We heard you.", AFTER_CLOSING);

        Answering late = published.answerOnPaper(ResponseId.random(), ANSWERS, false, paper(LocalDate.of(2027, 2, 1)),
                AFTER_CLOSING.plusSeconds(60), Map.of());
        Answering early = consultation.answerOnPaper(ResponseId.random(), ANSWERS, false,
                paper(LocalDate.of(2027, 1, 10)), Instant.parse("2027-01-05T12:00:00Z"), Map.of());

        assertThat(late).isEqualTo(new Answering.NotOpen(ConsultationState.RESULTS_PUBLISHED, TIMES));
        assertThat(early).isEqualTo(new Answering.NotOpen(ConsultationState.UPCOMING, TIMES));
    }

    private static Origin paper(LocalDate receivedOn) {
        return new Origin(Channel.PAPER_FORM, receivedOn, Optional.of("Kendal library postbag"),
                Optional.of(ENTERED_BY));
    }

    private static Response accepted(Answering answering) {
        assertThat(answering).isInstanceOf(Answering.Accepted.class);
        return ((Answering.Accepted) answering).response();
    }
}
