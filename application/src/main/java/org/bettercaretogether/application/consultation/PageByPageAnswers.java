package org.bettercaretogether.application.consultation;

import jakarta.inject.Inject;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.consultation.AnswersInProgress.UnsentAnswers;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.Answering;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.ResponseId;
import org.bettercaretogether.domain.shared.Slug;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers given a page at a time, checked by the consultation's own rules one question at a time (a required question
 * left empty is refused as the whole response would be), kept in {@link AnswersInProgress}, and sent through
 * {@link AnswerConsultation} with a key made from the token, so that a second press of "Send" stores nothing more.
 */
public final class PageByPageAnswers implements AnswerPageByPage {

    private static final String TOKEN_PREFIX = "a";
    /** Keeps the keys of sends apart from the keys clients choose for the API. */
    private static final String KEY_PREFIX = "answered-on-the-web:";

    private final Transactions transactions;
    private final Consultations consultations;
    private final AnswersInProgress inProgress;
    private final Communities communities;
    private final AnswerConsultation respond;
    private final Clock clock;

    @Inject
    public PageByPageAnswers(Transactions transactions, Consultations consultations, AnswersInProgress inProgress,
                             Communities communities, AnswerConsultation respond, Clock clock) {
        this.transactions = transactions;
        this.consultations = consultations;
        this.inProgress = inProgress;
        this.communities = communities;
        this.respond = respond;
        this.clock = clock;
    }

    @Override
    public Outcome<List<Answer>> answersSoFar(Slug slug, Optional<String> token) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> published(slug, now)
                .map(consultation -> kept(consultation, token, now).map(UnsentAnswers::answers).orElse(List.of())));
    }

    @Override
    public Outcome<String> answer(Slug slug, Optional<String> token, Answer answer) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> published(slug, now).flatMap(consultation -> {
            Optional<Question> question = consultation.question(answer.question());
            if (question.isEmpty()) {
                return Outcome.notFound("question", answer.question());
            }
            Answering answering = consultation.answer(ResponseId.random(), List.of(answer), now,
                    ConsultationService.communitiesBySlug(communities));
            if (answering instanceof Answering.NotOpen notOpen) {
                return Outcome.rejected(new Rejection.Conflict(ConsultationService.notOpen(notOpen)));
            }
            List<FieldProblem> problems = answering instanceof Answering.Invalid invalid
                    ? invalid.problems().stream().filter(problem -> problem.question().equals(answer.question()))
                    .map(problem -> new FieldProblem(problem.question().value(), problem.message())).toList()
                    : List.of();
            if (!problems.isEmpty()) {
                return Outcome.rejected(new Rejection.InvalidInput(problems));
            }
            Optional<UnsentAnswers> earlier = kept(consultation, token, now);
            String kept = earlier.isPresent() ? token.orElseThrow().strip() : Secrets.token(TOKEN_PREFIX);
            List<String> values = answer.values().stream().map(String::strip).filter(value -> !value.isEmpty())
                    .toList();
            Map<QuestionId, Answer> given = new HashMap<>();
            earlier.ifPresent(found -> found.answers().forEach(each -> given.put(each.question(), each)));
            if (values.isEmpty()) {
                given.remove(answer.question());
            } else {
                given.put(answer.question(), new Answer(answer.question(), values));
            }
            List<Answer> answers = consultation.questions().stream().map(asked -> given.get(asked.id()))
                    .filter(Objects::nonNull).toList();
            inProgress.keep(new UnsentAnswers(Secrets.sha256(kept), consultation.id(), answers, now.plus(KEPT_FOR)));
            return Outcome.done(kept);
        }));
    }

    @Override
    public Outcome<ResponseReceipt> send(Slug slug, Optional<String> token, ResponseConsent consent) {
        Instant now = clock.instant();
        Outcome<UnsentAnswers> unsent = transactions.inTransaction(() -> published(slug, now)
                .flatMap(consultation -> kept(consultation, token, now).map(Outcome::done)
                        .orElseGet(PageByPageAnswers::nothingToSend)));
        return unsent.flatMap(answers -> respond.respond(slug, answers.answers(), consent,
                        Optional.of(new IdempotencyKey(KEY_PREFIX + answers.tokenHash())))
                .map(receipt -> {
                    transactions.inTransaction(() -> {
                        inProgress.remove(answers.tokenHash());
                        return null;
                    });
                    return receipt;
                }));
    }

    @Override
    public Outcome<AnswersSent> answersSent(String token) {
        return respond.ownResponse(token).flatMap(response -> transactions.inTransaction(() -> Outcome.found(
                consultations.find(response.consultation()), "response", "at that link"))
                .map(consultation -> new AnswersSent(consultation, response)));
    }

    private static Outcome<UnsentAnswers> nothingToSend() {
        return Outcome.rejected(new Rejection.Conflict("There are no answers waiting to be sent: they were sent "
                + "already, or were last changed more than " + KEPT_FOR.toHours() + " hours ago. Start again to "
                + "answer."));
    }

    private Outcome<Consultation> published(Slug slug, Instant now) {
        return ConsultationService.published(consultations, slug, now);
    }

    /** The answers kept under {@code token} for {@code consultation}: never those kept for another one. */
    private Optional<UnsentAnswers> kept(Consultation consultation, Optional<String> token, Instant now) {
        return token.map(String::strip).filter(given -> !given.isEmpty())
                .flatMap(given -> inProgress.find(Secrets.sha256(given), now))
                .filter(found -> found.consultation().equals(consultation.id()));
    }
}
