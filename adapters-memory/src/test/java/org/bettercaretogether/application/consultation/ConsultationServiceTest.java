package org.bettercaretogether.application.consultation;

import org.bettercaretogether.application.feedback.FeedbackWorld;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.PublishedCount;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.ConsultationState;
import org.bettercaretogether.domain.consultation.DocumentLink;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.application.feedback.FeedbackWorld.invalidFields;
import static org.bettercaretogether.application.feedback.FeedbackWorld.rejection;

/**
 * A consultation driven through its life on a clock the test moves: drafted, scheduled, upcoming, open across the
 * night the clocks go forward, closed at the exact minute, extended, results counted with small counts hidden,
 * published, never reopened; answered a page at a time, the answers kept a day after their last change.
 */
class ConsultationServiceTest {

    /** Opens at 9:00am GMT on Saturday 27 March 2027, the day before the clocks go forward. */
    private static final Instant OPENS = Instant.parse("2027-03-27T09:00:00Z");
    /** Closes at 11:59pm BST on Sunday 28 March 2027, the day the clocks go forward: 22:59 UTC. */
    private static final Instant CLOSES = Instant.parse("2027-03-28T22:59:00Z");
    private static final Slug SLUG = new Slug("maternity-and-newborn-care");

    private static final String FEWER_THAN_5 = "fewer than 5";

    private final FeedbackWorld world = new FeedbackWorld();
    private final RunConsultations staff = world.app.runConsultations();
    private final BrowseConsultations browse = world.app.browseConsultations();
    private final AnswerConsultation answering = world.app.answerConsultation();

    @Test
    void a_consultation_is_driven_through_its_life_by_the_clock() {
        ConsultationSummary drafted = staff.draft(world.engagementOfficer, draft()).orElseThrow();
        assertThat(drafted.state()).isEqualTo(ConsultationState.DRAFT);
        assertThat(drafted.about().name()).isEqualTo("Women's and Children's Services");
        assertThat(browse.consultations()).isEmpty();
        assertThat(rejection(browse.consultation(SLUG))).isInstanceOf(Rejection.NotFound.class);

        ConsultationSummary scheduled = staff.schedule(world.engagementOfficer, drafted.consultation().id(), 1)
                .orElseThrow();
        assertThat(scheduled.state()).isEqualTo(ConsultationState.UPCOMING);
        assertThat(browse.consultation(SLUG).orElseThrow().runBy()).isEqualTo("University Hospitals of Morecambe Bay NHS Foundation Trust");
        assertThat(conflict(answering.respond(SLUG, support("agree"), Optional.empty())))
                .isEqualTo("This consultation opens at 9:00am on Saturday 27 March 2027; answers are taken from then.");

        world.moveTo(OPENS);
        assertThat(browse.consultation(SLUG).orElseThrow().state()).isEqualTo(ConsultationState.OPEN);
        ResponseReceipt receipt = answering.respond(SLUG, support("agree"), Optional.empty()).orElseThrow();
        assertThat(answering.ownResponse(receipt.token()).orElseThrow().answerTo(new QuestionId("support"))
                .orElseThrow().values()).containsExactly("agree");
        assertThat(rejection(staff.redraft(world.engagementOfficer, drafted.consultation().id(), 2, draft())))
                .isInstanceOf(Rejection.Conflict.class);

        world.moveTo(CLOSES.minusSeconds(1));
        assertThat(answering.respond(SLUG, support("disagree"), Optional.empty())).isInstanceOf(Outcome.Done.class);
        world.moveTo(CLOSES);
        assertThat(conflict(answering.respond(SLUG, support("agree"), Optional.empty())))
                .isEqualTo("This consultation closed at 11:59pm on Sunday 28 March 2027, so it no longer takes answers.");
        assertThat(browse.consultation(SLUG).orElseThrow().state()).isEqualTo(ConsultationState.CLOSED);

        long version = browse.consultation(SLUG).orElseThrow().consultation().version();
        ConsultationSummary extended = staff.extend(world.engagementOfficer, drafted.consultation().id(), version,
                CLOSES.plus(Duration.ofDays(7)), "Asked for at the Kendal meeting").orElseThrow();
        assertThat(extended.state()).isEqualTo(ConsultationState.OPEN);
        assertThat(answering.respond(SLUG, support("agree"), Optional.empty())).isInstanceOf(Outcome.Done.class);

        world.moveTo(CLOSES.plus(Duration.ofDays(7)));
        ConsultationResults results = browse.results(SLUG).orElseThrow();
        assertThat(results.responses().text()).isEqualTo(FEWER_THAN_5);
        ConsultationSummary published = staff.publishResults(world.engagementOfficer, drafted.consultation().id(),
                extended.consultation().version(), "Most who answered agreed.").orElseThrow();
        assertThat(published.state()).isEqualTo(ConsultationState.RESULTS_PUBLISHED);
        assertThat(rejection(staff.extend(world.engagementOfficer, drafted.consultation().id(),
                published.consultation().version(), CLOSES.plus(Duration.ofDays(30)), "Again")))
                .isInstanceOf(Rejection.Conflict.class);
        assertThat(browse.results(SLUG).orElseThrow().summary().orElseThrow().summary())
                .isEqualTo("Most who answered agreed.");
        assertThat(world.app.readAuditLog().read(world.admin, Optional.empty(), 50).orElseThrow().entries())
                .extracting(entry -> entry.action())
                .contains("consultation.drafted", "consultation.scheduled", "consultation.extended",
                        "consultation.results-published");
    }

    @Test
    void questions_change_in_their_new_order_until_the_first_answer_locks_them() {
        ConsultationSummary drafted = staff.draft(world.engagementOfficer, draft()).orElseThrow();
        List<Question> reversed = drafted.consultation().questions().reversed();

        ConsultationSummary reordered = staff.changeQuestions(world.engagementOfficer, drafted.consultation().id(),
                drafted.consultation().version(), reversed).orElseThrow();
        staff.schedule(world.engagementOfficer, reordered.consultation().id(), reordered.consultation().version())
                .orElseThrow();
        world.moveTo(OPENS);
        answer("agree", "patient", "kendal");
        ConsultationSummary answered = staff.consultation(world.engagementOfficer, drafted.consultation().id())
                .orElseThrow();
        Outcome<ConsultationSummary> locked = staff.changeQuestions(world.engagementOfficer,
                answered.consultation().id(), answered.consultation().version(), List.of(reversed.getFirst()));

        assertThat(reordered.consultation().questions()).isEqualTo(reversed);
        assertThat(rejection(locked)).isInstanceOf(Rejection.Conflict.class);
        assertThat(((Rejection.Conflict) rejection(locked)).message()).contains("The questions are locked");
        assertThat(staff.consultation(world.engagementOfficer, drafted.consultation().id()).orElseThrow()
                .consultation().questions()).isEqualTo(reversed);
        assertThat(world.app.readAuditLog().read(world.admin, Optional.empty(), 50).orElseThrow().entries())
                .filteredOn(entry -> entry.action().equals("consultation.questions-changed")).hasSize(1);
    }

    @Test
    void a_new_version_of_an_answered_consultation_is_drafted_once_audited_and_its_questions_change_again() {
        ConsultationSummary drafted = staff.draft(world.engagementOfficer, draft()).orElseThrow();
        Outcome<ConsultationSummary> ofDraft = staff.newVersion(world.engagementOfficer, drafted.consultation().id(),
                drafted.consultation().version(), new Slug("maternity-again"));
        staff.schedule(world.engagementOfficer, drafted.consultation().id(), 1).orElseThrow();
        world.moveTo(OPENS);
        answer("agree", "patient", "kendal");
        ConsultationSummary answered = staff.consultation(world.engagementOfficer, drafted.consultation().id())
                .orElseThrow();
        long version = answered.consultation().version();

        Outcome<ConsultationSummary> slugTaken = staff.newVersion(world.engagementOfficer,
                answered.consultation().id(), version, SLUG);
        Outcome<ConsultationSummary> byModerator = staff.newVersion(world.moderator, answered.consultation().id(),
                version, new Slug("maternity-again"));
        ConsultationSummary newer = staff.newVersion(world.engagementOfficer, answered.consultation().id(), version,
                new Slug("maternity-again")).orElseThrow();
        Outcome<ConsultationSummary> second = staff.newVersion(world.admin, answered.consultation().id(), version,
                new Slug("maternity-third"));
        ConsultationSummary changed = staff.changeQuestions(world.engagementOfficer, newer.consultation().id(),
                newer.consultation().version(), List.of(answered.consultation().questions().getFirst())).orElseThrow();

        assertThat(rejection(ofDraft)).isInstanceOf(Rejection.Conflict.class);
        assertThat(invalidFields(slugTaken)).containsExactly("slug");
        assertThat(rejection(byModerator)).isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(second)).isInstanceOf(Rejection.Conflict.class);
        assertThat(newer.state()).isEqualTo(ConsultationState.DRAFT);
        assertThat(newer.consultation().replaces()).contains(answered.consultation().id());
        assertThat(changed.consultation().questions()).hasSize(1);
        assertThat(rejection(browse.consultation(new Slug("maternity-again")))).isInstanceOf(Rejection.NotFound.class);
        assertThat(world.app.readAuditLog().read(world.admin, Optional.empty(), 50).orElseThrow().entries())
                .filteredOn(entry -> entry.action().equals("consultation.new-version")).singleElement()
                .satisfies(entry -> assertThat(entry.recordId()).isEqualTo(newer.consultation().id().toString()));
    }

    @Test
    void results_hide_every_count_under_five_and_every_count_from_which_one_could_be_worked_out() {
        openConsultation();
        answer(6, "agree", "patient", "kendal");
        answer(1, "disagree", "patient", "kendal");
        answer(1, "disagree", "clinician", "lancaster");
        world.moveTo(CLOSES);

        ConsultationResults results = browse.results(SLUG).orElseThrow();

        assertThat(results.responses().text()).isEqualTo("8");
        ConsultationResults.QuestionResults support = results.questions().getFirst();
        assertThat(support.answered().text()).isEqualTo("8");
        assertThat(read(support.options())).as("8 - 6 would give away the 2 who disagreed")
                .containsExactly("strongly-agree=fewer than 5", "agree=not shown", "neither=fewer than 5",
                        "disagree=fewer than 5", "strongly-disagree=fewer than 5");
        assertThat(support.byRespondentType()).extracting(group -> group.name() + ": " + group.answered().text()
                        + " " + read(group.options()).get(1))
                .as("8 - 7 would give away the one clinician")
                .containsExactly("Patient: not shown agree=6", "Clinician: fewer than 5 agree=fewer than 5");
        assertThat(support.byCommunity()).extracting(group -> group.code().orElse("-") + ": "
                        + group.answered().text())
                .containsExactly("kendal: not shown", "lancaster: fewer than 5");
        assertThat(results.questions()).allSatisfy(question -> assertThat(question.options())
                .allMatch(option -> !option.count().shown()
                        || ((PublishedCount.Exact) option.count()).value() >= PublishedCount.SMALLEST_SHOWN));
    }

    @Test
    void a_count_worked_out_by_subtraction_is_hidden_too_overall_and_in_every_breakdown() {
        openConsultation();
        answer(5, "agree", "patient", "kendal");
        answer(1, "disagree", "patient", "kendal");
        world.moveTo(CLOSES);

        ConsultationResults.QuestionResults support = browse.results(SLUG).orElseThrow().questions().getFirst();

        assertThat(support.answered().text()).isEqualTo("6");
        List<String> hidden = List.of("strongly-agree=fewer than 5", "agree=not shown", "neither=fewer than 5",
                "disagree=fewer than 5", "strongly-disagree=fewer than 5");
        assertThat(read(support.options())).as("6 - 5 would give away the one who disagreed")
                .containsExactlyElementsOf(hidden);
        assertThat(support.byRespondentType()).singleElement().satisfies(patients -> {
            assertThat(patients.answered().text()).isEqualTo("6");
            assertThat(read(patients.options())).containsExactlyElementsOf(hidden);
        });
        assertThat(support.byCommunity()).singleElement().satisfies(kendal -> {
            assertThat(kendal.answered().text()).isEqualTo("6");
            assertThat(read(kendal.options())).containsExactlyElementsOf(hidden);
        });
    }

    @Test
    void a_share_is_given_only_where_the_count_and_how_many_answered_are_both_shown() {
        openConsultation();
        for (int i = 0; i < 15; i++) {
            answer(i < 10 ? "agree" : "disagree", "patient", i < 5 ? "lancaster" : "kendal");
        }
        world.moveTo(CLOSES);

        ConsultationResults.QuestionResults support = browse.results(SLUG).orElseThrow().questions().getFirst();

        assertThat(read(support.options())).containsExactly("strongly-agree=fewer than 5", "agree=10 67%",
                "neither=fewer than 5", "disagree=5 33%", "strongly-disagree=fewer than 5");
        assertThat(support.byCommunity()).extracting(group -> group.code().orElse("-") + ": "
                        + group.answered().text() + " " + read(group.options()))
                .containsExactly("kendal: 10 [strongly-agree=fewer than 5, agree=5 50%, neither=fewer than 5, "
                                + "disagree=5 50%, strongly-disagree=fewer than 5]",
                        "lancaster: 5 [strongly-agree=fewer than 5, agree=5 100%, neither=fewer than 5, "
                                + "disagree=fewer than 5, strongly-disagree=fewer than 5]");
        assertThat(support.options()).allSatisfy(option -> assertThat(option.percent().isPresent())
                .isEqualTo(option.count().shown()));
    }

    /** Each option's code, count as it reads and share where given: {@code agree=6 75%}. */
    private static List<String> read(List<ConsultationResults.OptionCount> options) {
        return options.stream().map(option -> option.code() + "=" + option.count().text()
                + option.percent().map(percent -> " " + percent + "%").orElse("")).toList();
    }

    @Test
    void results_wait_until_the_consultation_has_closed() {
        openConsultation();

        assertThat(rejection(browse.results(SLUG))).isInstanceOfSatisfying(Rejection.Conflict.class,
                conflict -> assertThat(conflict.message()).contains("closes at 11:59pm on Sunday 28 March 2027"));
    }

    @Test
    void a_retry_with_the_same_key_stores_nothing_more_and_gives_the_same_private_link() {
        openConsultation();
        IdempotencyKey key = new IdempotencyKey("answer-7f3a");

        ResponseReceipt first = answering.respond(SLUG, support("agree"), Optional.of(key)).orElseThrow();
        ResponseReceipt retry = answering.respond(SLUG, support("agree"), Optional.of(key)).orElseThrow();
        Outcome<ResponseReceipt> otherAnswers = answering.respond(SLUG, support("disagree"), Optional.of(key));

        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.response()).isEqualTo(first.response());
        assertThat(retry.token()).isEqualTo(first.token());
        assertThat(invalidFields(otherAnswers)).containsExactly("Idempotency-Key");
        world.moveTo(CLOSES);
        assertThat(staff.results(world.engagementOfficer, browse.consultation(SLUG).orElseThrow().consultation().id())
                .orElseThrow().questions().getFirst().answered().text()).isEqualTo(FEWER_THAN_5);
        assertThat(world.app.ports().port(ConsultationResponses.class)
                .count(browse.consultation(SLUG).orElseThrow().consultation().id())).isEqualTo(1);
    }

    @Test
    void answers_that_do_not_fit_are_refused_question_by_question_and_a_refused_key_can_be_used_again() {
        openConsultation();
        IdempotencyKey key = new IdempotencyKey("answer-9b1c");

        Outcome<ResponseReceipt> refused = answering.respond(SLUG, List.of(Answer.of("support", "maybe"),
                Answer.of("capacity", "robot")), Optional.of(key));
        Outcome<ResponseReceipt> corrected = answering.respond(SLUG, support("agree"), Optional.of(key));

        assertThat(invalidFields(refused)).containsExactly("support", "capacity");
        assertThat(corrected).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void staff_refusals_name_an_unknown_subject_or_partner_and_a_taken_slug_and_only_engagement_officers_run_them() {
        staff.draft(world.engagementOfficer, draft()).orElseThrow();
        ConsultationDraft clash = new ConsultationDraft(SLUG, new ViewAbout(ViewAbout.Kind.WORKSTREAM,
                Optional.of(new Slug("dentistry"))), "T", "S", List.of(), "D",
                PartnerId.random(), times(), questions());

        assertThat(invalidFields(staff.draft(world.engagementOfficer, clash))).containsExactly("slug", "runBy", "slug");
        assertThat(rejection(staff.draft(world.moderator, draft()))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(staff.all(world.hospitalResponder))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(staff.all(world.admin).orElseThrow()).hasSize(1);
    }

    @Test
    void the_public_list_shows_open_then_upcoming_then_closed() {
        draftAndSchedule("closed-one", OpeningTimes.inUkTime(LocalDateTime.of(2027, 1, 1, 9, 0),
                LocalDateTime.of(2027, 1, 31, 17, 0)));
        draftAndSchedule("upcoming-one", OpeningTimes.inUkTime(LocalDateTime.of(2027, 6, 1, 9, 0),
                LocalDateTime.of(2027, 6, 30, 17, 0)));
        draftAndSchedule("open-one", OpeningTimes.inUkTime(LocalDateTime.of(2027, 2, 1, 9, 0),
                LocalDateTime.of(2027, 4, 30, 17, 0)));
        staff.draft(world.engagementOfficer, draft()).orElseThrow();
        world.moveTo(Instant.parse("2027-03-01T12:00:00Z"));

        assertThat(browse.consultations()).extracting(s -> s.consultation().slug().value() + ":" + s.state())
                .containsExactly("open-one:OPEN", "upcoming-one:UPCOMING", "closed-one:CLOSED");
    }

    @Test
    void answers_given_a_page_at_a_time_are_kept_a_day_after_their_last_change_and_sent_once() {
        openConsultation();
        AnswerPageByPage pages = world.app.answerPageByPage();
        String token = pages.answer(SLUG, Optional.empty(), Answer.of("support", "agree")).orElseThrow();

        String another = pages.answer(SLUG, Optional.of("a-unknown"), Answer.of("matters", "waiting")).orElseThrow();
        assertThat(another).isNotEqualTo("a-unknown");
        pages.answer(SLUG, Optional.of(another), Answer.of("matters")).orElseThrow();
        assertThat(pages.answersSoFar(SLUG, Optional.of(another)).orElseThrow()).as("an optional answer withdrawn")
                .isEmpty();
        assertThat(rejection(pages.send(SLUG, Optional.of(another)))).as("a required question unanswered")
                .isInstanceOf(Rejection.InvalidInput.class);
        pages.answer(SLUG, Optional.of(another), Answer.of("support", "neither")).orElseThrow();
        ResponseReceipt sent = pages.send(SLUG, Optional.of(another)).orElseThrow();
        assertThat(conflict(pages.send(SLUG, Optional.of(another)))).startsWith("There are no answers waiting");
        assertThat(pages.answersSent(sent.token()).orElseThrow().response().answers())
                .containsExactly(Answer.of("support", "neither"));
        assertThat(world.app.ports().port(ConsultationResponses.class).count(
                browse.consultation(SLUG).orElseThrow().consultation().id())).isEqualTo(1);

        world.moveTo(OPENS.plus(Duration.ofHours(20)));
        assertThat(pages.answer(SLUG, Optional.of(token), Answer.of("matters", "travel")).orElseThrow())
                .isEqualTo(token);
        assertThat(rejection(pages.answer(SLUG, Optional.of(token), Answer.of("matters", "travel", "waiting"))))
                .isEqualTo(new Rejection.InvalidInput(List.of(new FieldProblem("matters",
                        "Select no more than 1 answers"))));
        assertThat(rejection(pages.answer(SLUG, Optional.of(token), Answer.of("support"))))
                .isEqualTo(new Rejection.InvalidInput(List.of(new FieldProblem("support", "Select an answer"))));
        world.moveTo(OPENS.plus(Duration.ofHours(44)).minusSeconds(1));
        assertThat(pages.answersSoFar(SLUG, Optional.of(token)).orElseThrow())
                .containsExactly(Answer.of("support", "agree"), Answer.of("matters", "travel"));
        world.moveTo(OPENS.plus(Duration.ofHours(44)));
        assertThat(pages.answersSoFar(SLUG, Optional.of(token)).orElseThrow()).isEmpty();
    }

    private void draftAndSchedule(String slug, OpeningTimes times) {
        ConsultationDraft base = draft();
        ConsultationSummary drafted = staff.draft(world.engagementOfficer, new ConsultationDraft(new Slug(slug),
                base.about(), base.title(), base.summary(), base.documents(), base.decisionInformed(), base.runBy(),
                times, base.questions())).orElseThrow();
        staff.schedule(world.engagementOfficer, drafted.consultation().id(), 1).orElseThrow();
    }

    private void openConsultation() {
        ConsultationSummary drafted = staff.draft(world.engagementOfficer, draft()).orElseThrow();
        staff.schedule(world.engagementOfficer, drafted.consultation().id(), 1).orElseThrow();
        world.moveTo(OPENS);
    }

    /** {@code times} responses alike. */
    private void answer(int times, String support, String capacity, String community) {
        for (int i = 0; i < times; i++) {
            answer(support, capacity, community);
        }
    }

    private void answer(String support, String capacity, String community) {
        answering.respond(SLUG, List.of(Answer.of("support", support), Answer.of("capacity", capacity),
                Answer.of("community", community)), Optional.empty()).orElseThrow();
    }

    private static List<Answer> support(String point) {
        return List.of(Answer.of("support", point));
    }

    private static String conflict(Outcome<?> outcome) {
        Rejection rejection = rejection(outcome);
        assertThat(rejection).isInstanceOf(Rejection.Conflict.class);
        return ((Rejection.Conflict) rejection).message();
    }

    private static ConsultationDraft draft() {
        return new ConsultationDraft(SLUG, new ViewAbout(ViewAbout.Kind.WORKSTREAM,
                Optional.of(new Slug("women-s-and-children-s-services"))), "Maternity and newborn care",
                "How maternity care should be arranged across the Bay.",
                List.of(DocumentLink.of("The case for change", "https://example.org/case.pdf")),
                "Where midwife-led births take place", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY, times(),
                questions());
    }

    private static OpeningTimes times() {
        return OpeningTimes.inUkTime(LocalDateTime.of(2027, 3, 27, 9, 0), LocalDateTime.of(2027, 3, 28, 23, 59));
    }

    private static List<Question> questions() {
        return List.of(new Question(new QuestionId("support"), "Do you support the proposal?", Optional.empty(), true,
                        QuestionKind.Scale.agreement()),
                new Question(new QuestionId("matters"), "What matters most?", Optional.empty(), false,
                        new QuestionKind.MultipleChoice(List.of(new Option("travel", "Travel time"),
                                new Option("waiting", "Waiting time")), 1)),
                new Question(new QuestionId("capacity"), AboutYouTopic.RESPONDENT_TYPE.usualWording(),
                        Optional.empty(), false, new QuestionKind.AboutYou(AboutYouTopic.RESPONDENT_TYPE)),
                new Question(new QuestionId("community"), AboutYouTopic.COMMUNITY.usualWording(),
                        Optional.empty(), false, new QuestionKind.AboutYou(AboutYouTopic.COMMUNITY)));
    }
}
