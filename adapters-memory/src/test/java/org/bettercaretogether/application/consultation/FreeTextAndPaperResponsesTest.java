package org.bettercaretogether.application.consultation;

import org.bettercaretogether.application.feedback.FeedbackWorld;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.DocumentLink;
import org.bettercaretogether.domain.consultation.FreeTextAnswer;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.application.feedback.FeedbackWorld.rejection;

/**
 * Free-text answers reach the public only with their writer's consent and a moderator's decision; an address left for
 * updates is kept apart from the answers; staff enter responses received on paper, which count like any other, until
 * the results are published.
 */
class FreeTextAndPaperResponsesTest {

    private static final Instant OPENS = Instant.parse("2027-03-27T09:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-03-28T22:59:00Z");
    private static final Slug SLUG = new Slug("elective-care-review");
    private static final EmailAddress RESIDENT = new EmailAddress("resident@example.org");

    private final FeedbackWorld world = new FeedbackWorld();
    private final RunConsultations staff = world.app.runConsultations();
    private final BrowseConsultations browse = world.app.browseConsultations();
    private final AnswerConsultation answering = world.app.answerConsultation();
    private final ModerateFreeText moderation = world.app.moderateFreeText();
    private final EnterPaperResponse paper = world.app.enterPaperResponse();
    private ConsultationId id;

    @BeforeEach
    void anOpenConsultation() {
        ConsultationSummary drafted = staff.draft(world.engagementOfficer, new ConsultationDraft(SLUG,
                new ViewAbout(ViewAbout.Kind.PROGRAMME, Optional.empty()), "Elective care", "Planned operations.",
                List.of(DocumentLink.of("The case", "https://example.org/case.pdf")), "Where operations happen",
                MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
                OpeningTimes.inUkTime(LocalDateTime.of(2027, 3, 27, 9, 0), LocalDateTime.of(2027, 3, 28, 23, 59)),
                List.of(new Question(new QuestionId("support"), "Do you support it?", Optional.empty(), true,
                                QuestionKind.Scale.agreement()),
                        new Question(new QuestionId("comments"), "Anything else?", Optional.empty(), false,
                                new QuestionKind.FreeText(500))))).orElseThrow();
        id = drafted.consultation().id();
        staff.schedule(world.engagementOfficer, id, 1).orElseThrow();
        world.moveTo(OPENS);
    }

    @Test
    void consent_to_publish_is_no_unless_given_and_free_text_without_it_never_reaches_moderation() {
        answering.respond(SLUG, answers("Shorter waits, please."), Optional.empty()).orElseThrow();
        ResponseReceipt receipt = answering.respond(SLUG, answers("Shorter waits, please."), Optional.empty())
                .orElseThrow();

        assertThat(answering.ownResponse(receipt.token()).orElseThrow().publishFreeText()).isFalse();
        assertThat(queue().waiting()).isZero();
    }

    @Test
    void free_text_given_with_consent_waits_for_a_moderator_with_its_personal_details_flagged() {
        answering.respond(SLUG, answers("Ring me on 01539 700555 about it."), consented(), Optional.empty())
                .orElseThrow();

        FreeTextQueuePage page = queue();

        assertThat(page.waiting()).isOne();
        FreeTextAnswer waiting = page.items().getFirst();
        assertThat(waiting.personalDetails()).isNotEmpty();
        assertThat(waiting.suggestedPublicText()).doesNotContain("700555");
        assertThat(rejection(moderation.publish(world.moderator, waiting.id(), waiting.version(), waiting.text())))
                .as("words with a phone number in them").isInstanceOf(Rejection.InvalidInput.class);
        assertThat(rejection(moderation.queue(world.engagementOfficer, id, Optional.empty(), 10)))
                .isInstanceOf(Rejection.Forbidden.class);
    }

    @Test
    void only_published_free_text_appears_in_the_results_and_a_withheld_answer_never_does() {
        answering.respond(SLUG, answers("Keep the day-case unit open."), consented(), Optional.empty()).orElseThrow();
        answering.respond(SLUG, answers("Something rude."), consented(), Optional.empty()).orElseThrow();
        answering.respond(SLUG, answers("Not for publishing."), Optional.empty()).orElseThrow();
        List<FreeTextAnswer> waiting = queue().items();
        FreeTextAnswer kept = waiting.stream().filter(a -> a.text().startsWith("Keep")).findFirst().orElseThrow();
        FreeTextAnswer rude = waiting.stream().filter(a -> a.text().startsWith("Something")).findFirst().orElseThrow();

        moderation.publish(world.moderator, kept.id(), kept.version(), "Keep the day-case unit open.").orElseThrow();
        moderation.withhold(world.moderator, rude.id(), rude.version(), WithholdReason.ABUSIVE, Optional.empty())
                .orElseThrow();
        Outcome<FreeTextAnswer> twice = moderation.publish(world.moderator, rude.id(), rude.version() + 1, "Rude");
        world.moveTo(CLOSES);

        ConsultationResults results = browse.results(SLUG).orElseThrow();
        assertThat(results.questions().get(1).publishedAnswers()).containsExactly("Keep the day-case unit open.");
        assertThat(results.questions().getFirst().publishedAnswers()).isEmpty();
        assertThat(rejection(twice)).as("a withheld answer is not published after").isInstanceOf(Rejection.Conflict.class);
        assertThat(queue().waiting()).isZero();
    }

    @Test
    void an_address_left_for_updates_is_listed_for_that_consultation_only() {
        answering.respond(SLUG, answers("Fine."), new ResponseConsent(false, Optional.of(RESIDENT)), Optional.empty())
                .orElseThrow();
        answering.respond(SLUG, answers("Fine."), ResponseConsent.none(), Optional.empty()).orElseThrow();

        assertThat(world.app.ports().port(RespondentEmails.class).forUpdates(id)).containsExactly(RESIDENT);
        assertThat(world.app.ports().port(RespondentEmails.class).forUpdates(ConsultationId.random())).isEmpty();
    }

    @Test
    void a_paper_response_received_while_open_is_counted_even_when_entered_after_closing() {
        world.moveTo(CLOSES.plus(Duration.ofDays(3)));

        paper.enter(world.moderator, id, onPaper(LocalDate.of(2027, 3, 28))).orElseThrow();
        Outcome<?> receivedAfterClosing = paper.enter(world.moderator, id, onPaper(LocalDate.of(2027, 3, 30)));
        Outcome<?> byAResponder = paper.enter(world.hospitalResponder, id, onPaper(LocalDate.of(2027, 3, 28)));

        assertThat(browse.results(SLUG).orElseThrow().responses().text()).isEqualTo("fewer than 5");
        assertThat(world.app.ports().port(ConsultationResponses.class).count(id)).isOne();
        assertThat(rejection(receivedAfterClosing)).isInstanceOf(Rejection.InvalidInput.class);
        assertThat(rejection(byAResponder)).isInstanceOf(Rejection.Forbidden.class);
    }

    @Test
    void a_paper_response_after_the_results_are_published_is_refused_as_a_conflict() {
        world.moveTo(CLOSES);
        long version = staff.consultation(world.engagementOfficer, id).orElseThrow().consultation().version();
        staff.publishResults(world.engagementOfficer, id, version, "We heard you.").orElseThrow();

        Outcome<?> late = paper.enter(world.moderator, id, onPaper(LocalDate.of(2027, 3, 28)));

        assertThat(rejection(late)).isInstanceOf(Rejection.Conflict.class);
    }

    private FreeTextQueuePage queue() {
        return moderation.queue(world.moderator, id, Optional.empty(), 50).orElseThrow();
    }

    private static ResponseConsent consented() {
        return new ResponseConsent(true, Optional.empty());
    }

    private static PaperResponse onPaper(LocalDate receivedOn) {
        return new PaperResponse(answers("Written on the form."), false, Channel.PAPER_FORM, receivedOn,
                Optional.of("Kendal library postbag"));
    }

    private static List<Answer> answers(String comments) {
        return List.of(Answer.of("support", "agree"), Answer.of("comments", comments));
    }
}
