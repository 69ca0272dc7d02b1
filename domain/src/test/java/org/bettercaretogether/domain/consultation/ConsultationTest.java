package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsultationTest {

    private static final CommunityId KENDAL = CommunityId.random();
    private static final Map<Slug, CommunityId> COMMUNITIES = Map.of(new Slug("kendal"), KENDAL);

    private static final Question SUPPORT = new Question(new QuestionId("support"),
            "Do you support the proposal?", Optional.empty(), true, QuestionKind.Scale.agreement());
    private static final Question WHERE = new Question(new QuestionId("where"), "Where would you go?",
            Optional.of("Choose the place you would usually go."), true, new QuestionKind.SingleChoice(List.of(
            new Option("hospital", "A hospital"), new Option("gp", "My GP surgery"))));
    private static final Question MATTERS = new Question(new QuestionId("matters"), "What matters most?",
            Optional.empty(), false, new QuestionKind.MultipleChoice(List.of(new Option("travel", "Travel time"),
            new Option("waiting", "Waiting time"), new Option("staff", "Seeing the same staff")), 2));
    private static final Question COMMENTS = new Question(new QuestionId("comments"), "Anything else?",
            Optional.empty(), false, new QuestionKind.FreeText(20));
    private static final Question CAPACITY = new Question(new QuestionId("capacity"),
            AboutYouTopic.RESPONDENT_TYPE.usualWording(), Optional.empty(), false,
            new QuestionKind.AboutYou(AboutYouTopic.RESPONDENT_TYPE));
    private static final Question COMMUNITY = new Question(new QuestionId("community"),
            AboutYouTopic.COMMUNITY.usualWording(), Optional.empty(), false,
            new QuestionKind.AboutYou(AboutYouTopic.COMMUNITY));
    private static final Question DISTRICT = new Question(new QuestionId("district"),
            AboutYouTopic.POSTCODE_DISTRICT.usualWording(), Optional.empty(), false,
            new QuestionKind.AboutYou(AboutYouTopic.POSTCODE_DISTRICT));

    /** Last Sunday of March 2027: at 01:00 GMT the clocks go forward to 02:00 BST. */
    private static final LocalDateTime SPRING_CHANGE_DAY = LocalDateTime.of(2027, 3, 28, 0, 0);
    /** Last Sunday of October 2027: at 02:00 BST the clocks go back to 01:00 GMT. */
    private static final LocalDateTime AUTUMN_CHANGE_DAY = LocalDateTime.of(2027, 10, 31, 0, 0);

    @Test
    void its_state_follows_the_clock_from_upcoming_to_open_to_closed() {
        Consultation consultation = scheduled(OpeningTimes.inUkTime(LocalDateTime.of(2027, 1, 10, 9, 0),
                LocalDateTime.of(2027, 2, 10, 17, 0)));

        assertThat(consultation.state(Instant.parse("2027-01-10T08:59:59Z"))).isEqualTo(ConsultationState.UPCOMING);
        assertThat(consultation.state(Instant.parse("2027-01-10T09:00:00Z"))).isEqualTo(ConsultationState.OPEN);
        assertThat(consultation.state(Instant.parse("2027-02-10T16:59:59Z"))).isEqualTo(ConsultationState.OPEN);
        assertThat(consultation.state(Instant.parse("2027-02-10T17:00:00Z"))).isEqualTo(ConsultationState.CLOSED);
    }

    @Test
    void a_draft_stays_a_draft_whatever_the_clock_says() {
        Consultation draft = draft(OpeningTimes.inUkTime(LocalDateTime.of(2027, 1, 10, 9, 0),
                LocalDateTime.of(2027, 2, 10, 17, 0)));

        assertThat(draft.state(Instant.parse("2027-01-20T12:00:00Z"))).isEqualTo(ConsultationState.DRAFT);
        assertThat(draft.state(Instant.parse("2027-01-20T12:00:00Z")).isPublic()).isFalse();
    }

    @Test
    void opening_and_closing_either_side_of_the_clocks_going_forward_in_march() {
        // Opens at 09:00 GMT the day before the change; closes at 23:59 BST on the day of it.
        Consultation consultation = scheduled(OpeningTimes.inUkTime(SPRING_CHANGE_DAY.minusDays(1).withHour(9),
                SPRING_CHANGE_DAY.withHour(23).withMinute(59)));

        assertThat(consultation.times().opensAt()).isEqualTo(Instant.parse("2027-03-27T09:00:00Z"));
        assertThat(consultation.times().closesAt()).isEqualTo(Instant.parse("2027-03-28T22:59:00Z"));
        assertThat(consultation.state(Instant.parse("2027-03-27T08:59:59.999Z"))).isEqualTo(ConsultationState.UPCOMING);
        assertThat(consultation.state(Instant.parse("2027-03-27T09:00:00Z"))).isEqualTo(ConsultationState.OPEN);
        assertThat(consultation.state(Instant.parse("2027-03-28T22:58:59.999Z"))).isEqualTo(ConsultationState.OPEN);
        assertThat(consultation.state(Instant.parse("2027-03-28T22:59:00Z"))).isEqualTo(ConsultationState.CLOSED);
        assertThat(OpeningTimes.shown(consultation.times().closesAt())).isEqualTo("11:59pm on Sunday 28 March 2027");
    }

    @Test
    void opening_and_closing_either_side_of_the_clocks_going_back_in_october() {
        // Opens at 09:00 BST the day before the change; closes at 23:59 GMT on the day of it.
        Consultation consultation = scheduled(OpeningTimes.inUkTime(AUTUMN_CHANGE_DAY.minusDays(1).withHour(9),
                AUTUMN_CHANGE_DAY.withHour(23).withMinute(59)));

        assertThat(consultation.times().opensAt()).isEqualTo(Instant.parse("2027-10-30T08:00:00Z"));
        assertThat(consultation.times().closesAt()).isEqualTo(Instant.parse("2027-10-31T23:59:00Z"));
        assertThat(consultation.state(Instant.parse("2027-10-30T07:59:59.999Z"))).isEqualTo(ConsultationState.UPCOMING);
        assertThat(consultation.state(Instant.parse("2027-10-30T08:00:00Z"))).isEqualTo(ConsultationState.OPEN);
        assertThat(consultation.state(Instant.parse("2027-10-31T23:58:59.999Z"))).isEqualTo(ConsultationState.OPEN);
        assertThat(consultation.state(Instant.parse("2027-10-31T23:59:00Z"))).isEqualTo(ConsultationState.CLOSED);
    }

    @Test
    void a_time_skipped_by_the_clocks_is_refused_and_a_repeated_one_means_summer_time() {
        assertThatThrownBy(() -> OpeningTimes.inUkTime(SPRING_CHANGE_DAY.withHour(1).withMinute(30),
                SPRING_CHANGE_DAY.plusDays(7)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("clocks skip 01:30");

        OpeningTimes repeated = OpeningTimes.inUkTime(AUTUMN_CHANGE_DAY.minusDays(7),
                AUTUMN_CHANGE_DAY.withHour(1).withMinute(30));
        assertThat(repeated.closesAt()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
    }

    @Test
    void a_consultation_must_close_after_it_opens() {
        assertThatThrownBy(() -> OpeningTimes.inUkTime(LocalDateTime.of(2027, 2, 1, 9, 0),
                LocalDateTime.of(2027, 2, 1, 9, 0)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("closesAt:");
    }

    @Test
    void answers_are_taken_only_while_it_is_open_and_a_refusal_carries_the_closing_time() {
        Consultation consultation = scheduled(OpeningTimes.inUkTime(SPRING_CHANGE_DAY.minusDays(1).withHour(9),
                SPRING_CHANGE_DAY.withHour(23).withMinute(59)));
        List<Answer> answers = List.of(Answer.of("support", "agree"), Answer.of("where", "gp"));

        assertThat(consultation.answer(ResponseId.random(), answers, Instant.parse("2027-03-28T22:58:59Z"), COMMUNITIES))
                .isInstanceOf(Answering.Accepted.class);
        Answering late = consultation.answer(ResponseId.random(), answers, Instant.parse("2027-03-28T22:59:00Z"), COMMUNITIES);
        assertThat(late).isInstanceOfSatisfying(Answering.NotOpen.class, refused -> {
            assertThat(refused.state()).isEqualTo(ConsultationState.CLOSED);
            assertThat(refused.times().closesAt()).isEqualTo(Instant.parse("2027-03-28T22:59:00Z"));
        });
        assertThat(consultation.answer(ResponseId.random(), answers, Instant.parse("2027-03-27T08:59:59Z"), COMMUNITIES))
                .isInstanceOfSatisfying(Answering.NotOpen.class,
                        refused -> assertThat(refused.state()).isEqualTo(ConsultationState.UPCOMING));
    }

    @Test
    void a_response_picks_out_the_respondent_type_and_community_and_tidies_the_postcode_district() {
        Answering answering = open().answer(ResponseId.random(), List.of(Answer.of("support", "strongly-agree"),
                Answer.of("where", "hospital"), Answer.of("matters", "travel", "staff"),
                Answer.of("comments", "  Closer please  "), Answer.of("capacity", "patient"),
                Answer.of("community", "kendal"), Answer.of("district", " la9 ")), NOW, COMMUNITIES);

        assertThat(answering).isInstanceOfSatisfying(Answering.Accepted.class, accepted -> {
            Response response = accepted.response();
            assertThat(response.respondentType()).contains(ContributorRole.PATIENT);
            assertThat(response.community()).contains(KENDAL);
            assertThat(response.answerTo(new QuestionId("district")).orElseThrow().values()).containsExactly("LA9");
            assertThat(response.answerTo(new QuestionId("comments")).orElseThrow().values()).containsExactly("Closer please");
            assertThat(response.answerTo(new QuestionId("matters")).orElseThrow().values()).containsExactly("travel", "staff");
            assertThat(response.receivedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void every_answer_that_does_not_fit_its_question_is_named() {
        Answering answering = open().answer(ResponseId.random(), List.of(Answer.of("support", "agree", "disagree"),
                Answer.of("matters", "travel", "waiting", "staff"), Answer.of("comments", "x".repeat(21)),
                Answer.of("capacity", "robot"), Answer.of("community", "atlantis"), Answer.of("district", "99"),
                Answer.of("colour", "blue")), NOW, COMMUNITIES);

        assertThat(answering).isInstanceOfSatisfying(Answering.Invalid.class, invalid -> assertThat(invalid.problems())
                .extracting(problem -> problem.question().value() + ": " + problem.message())
                .containsExactlyInAnyOrder(
                        "colour: is not a question of this consultation",
                        "support: Select only one point of the scale",
                        "where: Select an answer",
                        "matters: Select no more than 2 answers",
                        "comments: Your answer must be 20 characters or fewer",
                        "capacity: Select one of the listed answers",
                        "community: Select one of the listed communities",
                        "district: Enter the first half of your postcode, such as LA9"));
    }

    @Test
    void an_option_not_offered_and_a_question_answered_twice_are_refused() {
        Answering answering = open().answer(ResponseId.random(), List.of(Answer.of("support", "agree"),
                Answer.of("where", "pharmacy"), Answer.of("support", "agree")), NOW, COMMUNITIES);

        assertThat(answering).isInstanceOfSatisfying(Answering.Invalid.class, invalid -> assertThat(invalid.problems())
                .extracting(problem -> problem.question().value() + ": " + problem.message())
                .containsExactlyInAnyOrder("support: is answered more than once",
                        "where: Select one of the listed answers"));
    }

    @Test
    void optional_questions_may_be_left_unanswered() {
        Answering answering = open().answer(ResponseId.random(), List.of(Answer.of("support", "agree"),
                Answer.of("where", "gp"), Answer.of("comments", "   ")), NOW, COMMUNITIES);

        assertThat(answering).isInstanceOfSatisfying(Answering.Accepted.class, accepted -> {
            assertThat(accepted.response().answers()).extracting(answer -> answer.question().value())
                    .containsExactly("support", "where");
            assertThat(accepted.response().respondentType()).isEmpty();
        });
    }

    @Test
    void questions_are_locked_once_the_first_answer_arrives() {
        Consultation consultation = open();
        Consultation answered = consultation.answeredAt(NOW);

        assertThat(consultation.withQuestions(List.of(SUPPORT)).questions()).containsExactly(SUPPORT);
        assertThat(answered.questionsLocked()).isTrue();
        assertThat(answered.answeredAt(NOW.plusSeconds(60)).firstAnsweredAt()).contains(NOW);
        assertThatThrownBy(() -> answered.withQuestions(List.of(SUPPORT)))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("new version");
    }

    @Test
    void a_new_version_of_an_answered_consultation_is_a_draft_copy_whose_questions_may_change() {
        Consultation answered = open().answeredAt(NOW);
        ConsultationId newId = ConsultationId.random();

        Consultation newer = answered.newVersion(newId, new Slug("maternity-review-2"), Optional.empty());

        assertThat(newer.id()).isEqualTo(newId);
        assertThat(newer.slug()).isEqualTo(new Slug("maternity-review-2"));
        assertThat(newer.replaces()).contains(answered.id());
        assertThat(newer.state(NOW)).isEqualTo(ConsultationState.DRAFT);
        assertThat(newer.firstAnsweredAt()).isEmpty();
        assertThat(newer).extracting(Consultation::subject, Consultation::title, Consultation::summary,
                Consultation::documents, Consultation::decisionInformed, Consultation::runBy, Consultation::times,
                Consultation::questions).containsExactly(answered.subject(), answered.title(), answered.summary(),
                answered.documents(), answered.decisionInformed(), answered.runBy(), answered.times(),
                answered.questions());
        assertThat(newer.withQuestions(List.of(SUPPORT)).questions()).containsExactly(SUPPORT);
        assertThat(answered.replaces()).isEmpty();
    }

    @Test
    void a_draft_has_no_new_version_and_a_consultation_has_one_newer_version_at_most() {
        Consultation draft = draft(open().times());
        Consultation scheduled = open();

        assertThatThrownBy(() -> draft.newVersion(ConsultationId.random(), new Slug("again"), Optional.empty()))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("draft");
        assertThatThrownBy(() -> scheduled.newVersion(ConsultationId.random(), new Slug("again"),
                Optional.of(ConsultationId.random())))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("already has a newer version");
    }

    @Test
    void closing_may_be_extended_with_a_public_reason_even_after_it_closed() {
        Consultation consultation = open();
        Instant closed = consultation.times().closesAt().plusSeconds(3600);
        Instant later = consultation.times().closesAt().plus(java.time.Duration.ofDays(14));

        Consultation extended = consultation.extendClosing(later, "More time asked for at the Kendal meeting", closed);

        assertThat(consultation.state(closed)).isEqualTo(ConsultationState.CLOSED);
        assertThat(extended.state(closed)).isEqualTo(ConsultationState.OPEN);
        assertThat(extended.times().closesAt()).isEqualTo(later);
        assertThat(extended.closingChanges()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ClosingChange.Kind.EXTENDED);
            assertThat(change.from()).isEqualTo(consultation.times().closesAt());
            assertThat(change.reason()).isEqualTo("More time asked for at the Kendal meeting");
        });
        assertThatThrownBy(() -> consultation.extendClosing(consultation.times().closesAt(), "No change", NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("closesAt:");
        assertThatThrownBy(() -> consultation.extendClosing(later, " ", NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("reason:");
    }

    @Test
    void a_consultation_whose_results_are_published_is_never_reopened() {
        Consultation consultation = open();
        Instant closed = consultation.times().closesAt();
        Consultation published = consultation.publishResults("Most people agreed.", closed);

        assertThat(published.state(closed)).isEqualTo(ConsultationState.RESULTS_PUBLISHED);
        assertThatThrownBy(() -> published.extendClosing(closed.plusSeconds(86_400), "Second thoughts", closed))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("cannot be reopened");
        assertThatThrownBy(() -> published.publishResults("Again", closed))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void results_wait_until_it_has_closed() {
        assertThatThrownBy(() -> open().publishResults("Too soon", NOW))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("this one is open");
    }

    @Test
    void closing_early_closes_it_at_once_with_the_reason_kept() {
        Consultation closedEarly = open().closeEarly("The proposal was withdrawn", NOW);

        assertThat(closedEarly.state(NOW)).isEqualTo(ConsultationState.CLOSED);
        assertThat(closedEarly.state(NOW.minusMillis(1))).isEqualTo(ConsultationState.OPEN);
        assertThat(closedEarly.closingChanges()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ClosingChange.Kind.CLOSED_EARLY);
            assertThat(change.to()).isEqualTo(NOW);
        });
        assertThatThrownBy(() -> closedEarly.closeEarly("Twice", NOW.plusSeconds(1)))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void a_draft_is_scheduled_once_and_not_if_it_would_already_have_closed() {
        OpeningTimes times = OpeningTimes.inUkTime(LocalDateTime.of(2027, 1, 10, 9, 0), LocalDateTime.of(2027, 2, 10, 17, 0));

        assertThatThrownBy(() -> draft(times).schedule(Instant.parse("2027-02-10T17:00:00Z")))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("5:00pm on Wednesday 10 February 2027");
        Consultation scheduled = draft(times).schedule(Instant.parse("2027-01-01T00:00:00Z"));
        assertThatThrownBy(() -> scheduled.schedule(Instant.parse("2027-01-02T00:00:00Z")))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> scheduled.extendClosing(times.closesAt().plusSeconds(1), "x", Instant.EPOCH)
                .redraft(scheduled.slug(), scheduled.subject(), "t", "s", List.of(), "d", scheduled.runBy(), times, List.of()))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void a_scheduled_consultation_asks_at_least_one_question_and_never_the_same_one_twice() {
        OpeningTimes times = OpeningTimes.inUkTime(LocalDateTime.of(2027, 1, 10, 9, 0), LocalDateTime.of(2027, 2, 10, 17, 0));
        Consultation empty = Consultation.draft(ConsultationId.random(), new Slug("x"), Subject.programme(), "T", "S",
                List.of(), "D", PartnerId.random(), times, List.of());

        assertThatThrownBy(() -> empty.schedule(Instant.EPOCH)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("questions:");
        assertThatThrownBy(() -> empty.withQuestions(List.of(SUPPORT, SUPPORT))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must not repeat the question support");
    }

    @Test
    void questions_keep_their_rules() {
        assertThatThrownBy(() -> new QuestionKind.MultipleChoice(List.of(new Option("a", "A"), new Option("b", "B")), 3))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("maximum:");
        assertThatThrownBy(() -> new QuestionKind.SingleChoice(List.of(new Option("a", "A"))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> new QuestionKind.SingleChoice(List.of(new Option("a", "A"), new Option("a", "B"))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("must not repeat a code");
        assertThatThrownBy(() -> new QuestionKind.FreeText(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new QuestionId("Not a key")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> DocumentLink.of("Review", "http://example.org/review.pdf"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("https");
        assertThat(DocumentLink.of("Review", "https://example.org/review.pdf").address().getHost()).isEqualTo("example.org");
    }

    private static final Instant NOW = Instant.parse("2027-01-20T12:00:00Z");

    private static Consultation open() {
        return scheduled(OpeningTimes.inUkTime(LocalDateTime.of(2027, 1, 10, 9, 0), LocalDateTime.of(2027, 2, 10, 17, 0)));
    }

    private static Consultation scheduled(OpeningTimes times) {
        return draft(times).schedule(times.opensAt().minusSeconds(86_400));
    }

    private static Consultation draft(OpeningTimes times) {
        return Consultation.draft(ConsultationId.random(), new Slug("maternity-review"),
                Subject.programme(), "Maternity services", "How should maternity care be arranged?",
                List.of(DocumentLink.of("The case for change", "https://example.org/case.pdf")),
                "Where midwife-led births take place", PartnerId.random(), times,
                List.of(SUPPORT, WHERE, MATTERS, COMMENTS, CAPACITY, COMMUNITY, DISTRICT));
    }
}
