package org.bettercaretogether.web.consultation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.bettercaretogether.application.consultation.AnswerPageByPage;
import org.bettercaretogether.application.consultation.AnswersSent;
import org.bettercaretogether.application.consultation.BrowseConsultations;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.consultation.ResponseConsent;
import org.bettercaretogether.application.consultation.ResponseReceipt;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.ClientConnection;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.Cookies;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.OwnOrigin;
import org.bettercaretogether.web.platform.PrivateAddresses;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answering a consultation on the web, one question a page, without an account or JavaScript:
 * {@code GET /consultations/{slug}/respond} starts (or says why it cannot: not open yet, or closed);
 * {@code GET|POST /consultations/{slug}/respond/{question}} shows a question and takes its answer (422 with the
 * consultation's own words when it does not fit, 409 when the consultation is not open), then 303 to the next question
 * or, after the last or a change, to {@code GET /consultations/{slug}/respond/check}, "Check your answers", which
 * asks whether written answers may be published (no unless the person says yes) and for an optional email address for
 * updates (422 with an error summary when it is not one), and whose
 * {@code POST} sends them as one response and 303s to the private page of one's own answers,
 * {@code /consultation-responses/{token}?new=1}, which confirms they were received.
 *
 * <p>The answers given so far are kept by the service ({@link AnswerPageByPage}) under a random token held in a
 * cookie that only this consultation's answering pages receive ({@code Path}), that scripts cannot read
 * ({@code HttpOnly}), that other sites' forms do not carry ({@code SameSite=Lax}), sent only over HTTPS when the site
 * is served so, and that ends with the answers it keeps, a day after the last change. As on the other public forms,
 * there is no account to protect and so no CSRF token: a form a browser says came from another site is refused
 * ({@link OwnOrigin}).
 */
record AnswerRoutes(BrowseConsultations browse, AnswerPageByPage answering) implements Routes {

    static final String CHANGE = "change";
    static final String COOKIE = "bct-answers";
    private static final String RECEIVED = "new";
    private static final String START = "consultation/respond-start.jte";
    private static final String QUESTION = "consultation/respond-question.jte";
    private static final String CHECK = "consultation/respond-check.jte";
    private static final String SENT = "consultation/answers-sent.jte";
    private static final String SEND_FIELD = "send";
    static final String PUBLISH_FIELD = "publishFreeText";
    static final String PUBLISH_YES = "yes";
    static final String EMAIL_FIELD = "email";
    private static final String FOREIGN_FORM = "The form did not come from this service. Go to the consultation's "
            + "page on this service and answer it from there.";

    static String start(String slug) {
        return ConsultationPageRoutes.PAGES + "/" + slug + "/respond";
    }

    static String check(String slug) {
        return start(slug) + "/check";
    }

    static String question(String slug, Question question) {
        return start(slug) + "/" + question.id().value();
    }

    /** The private page of the answers sent with {@code token}. */
    static String answersPage(String token) {
        return PrivateAddresses.CONSULTATION_RESPONSE_PAGES + "/" + token;
    }

    @Override
    public void register(RoutesConfig routes) {
        String respond = ConsultationPageRoutes.PAGES + "/{slug}/respond";
        routes.get(respond, ctx -> ctx.render(START, Map.of("respond", RespondPage.of(consultation(ctx)))));
        routes.get(respond + "/check", this::checkPage);
        routes.post(respond + "/check", this::send);
        routes.get(respond + "/{question}", this::questionPage);
        routes.post(respond + "/{question}", this::answer);
        routes.get(PrivateAddresses.CONSULTATION_RESPONSE_PAGES + "/{token}", this::answersSent);
    }

    private void questionPage(Context ctx) {
        ConsultationSummary summary = consultation(ctx);
        if (!open(ctx, summary, HttpStatus.OK)) {
            return;
        }
        Consultation consultation = summary.consultation();
        renderQuestion(ctx, QuestionPage.of(consultation, question(ctx, consultation), answersSoFar(ctx, consultation),
                changing(ctx), browse::aboutYouOptions, FormErrors.none()));
    }

    private void answer(Context ctx) {
        OwnOrigin.require(ctx, FOREIGN_FORM);
        ConsultationSummary summary = consultation(ctx);
        Consultation consultation = summary.consultation();
        Question question = question(ctx, consultation);
        List<String> values = ctx.formParams(question.id().value());
        switch (answering.answer(consultation.slug(), token(ctx), new Answer(question.id(), values))) {
            case Outcome.Done<String>(String token) -> {
                keepToken(ctx, consultation.slug(), token);
                ctx.redirect(next(consultation, question, changing(ctx)), HttpStatus.SEE_OTHER);
            }
            case Outcome.Rejected<String>(Rejection.InvalidInput invalid) -> {
                FormErrors.answerStatus(ctx, invalid);
                renderQuestion(ctx, QuestionPage.of(consultation, question, List.of(), changing(ctx),
                        browse::aboutYouOptions, FormErrors.none()).refused(values, new FormErrors(invalid.problems()
                        .stream().map(problem -> new FieldError(problem.field(), problem.problem())).toList())));
            }
            case Outcome.Rejected<String>(Rejection.Conflict notOpen) -> {
                ctx.status(HttpStatus.CONFLICT);
                ctx.render(START, Map.of("respond", RespondPage.of(summary)));
            }
            case Outcome.Rejected<String>(Rejection other) -> throw new RejectedException(other);
        }
    }

    private void checkPage(Context ctx) {
        ConsultationSummary summary = consultation(ctx);
        if (open(ctx, summary, HttpStatus.OK)) {
            renderCheck(ctx, summary.consultation(), FormErrors.none(), false, null);
        }
    }

    private void send(Context ctx) {
        OwnOrigin.require(ctx, FOREIGN_FORM);
        Consultation consultation = consultation(ctx).consultation();
        boolean publish = PUBLISH_YES.equals(ctx.formParam(PUBLISH_FIELD));
        String email = Optional.ofNullable(ctx.formParam(EMAIL_FIELD)).map(String::strip).orElse("");
        Optional<EmailAddress> address;
        try {
            address = email.isEmpty() ? Optional.empty() : Optional.of(new EmailAddress(email));
        } catch (InvalidValueException notAnAddress) {
            String problem = FieldChecks.EMAIL_FORMAT;
            FormErrors.answerStatus(ctx, Rejection.InvalidInput.of(EMAIL_FIELD, problem));
            renderCheck(ctx, consultation, new FormErrors(List.of(new FieldError(EMAIL_FIELD, problem))), publish,
                    email);
            return;
        }
        switch (answering.send(consultation.slug(), token(ctx), new ResponseConsent(publish, address))) {
            case Outcome.Done<ResponseReceipt>(ResponseReceipt receipt) -> {
                Cookies.expire(ctx, COOKIE, start(consultation.slug().value()), Cookies.LAX);
                ctx.redirect(answersPage(receipt.token()) + "?" + RECEIVED + "=1", HttpStatus.SEE_OTHER);
            }
            case Outcome.Rejected<ResponseReceipt>(Rejection.InvalidInput invalid) -> {
                FormErrors.answerStatus(ctx, invalid);
                renderCheck(ctx, consultation, new FormErrors(invalid.problems().stream()
                        .map(problem -> new FieldError(problem.field(), consultation.questions().stream()
                                .filter(question -> question.id().value().equals(problem.field())).findFirst()
                                .map(question -> question.text() + " " + problem.problem())
                                .orElse(problem.problem()))).toList()), publish, email);
            }
            case Outcome.Rejected<ResponseReceipt>(Rejection.Conflict conflict) -> {
                FormErrors.answerStatus(ctx, conflict);
                renderCheck(ctx, consultation, new FormErrors(List.of(new FieldError(SEND_FIELD, conflict.message()))),
                        publish, email);
            }
            case Outcome.Rejected<ResponseReceipt>(Rejection other) -> throw new RejectedException(other);
        }
    }

    private void answersSent(Context ctx) {
        String token = ctx.pathParam("token");
        AnswersSent sent = HttpProblem.found(answering.answersSent(token),
                "No response has this link. Check you copied the whole link from your confirmation.");
        ctx.render(SENT, Map.of("sent", AnswersSentPage.of(sent, ctx.queryParam(RECEIVED) != null,
                ClientConnection.of(ctx).origin() + answersPage(token), browse::aboutYouOptions)));
    }

    private ConsultationSummary consultation(Context ctx) {
        return browse.consultation(Requests.slug(ctx)).orElseThrow();
    }

    /** Whether the consultation takes answers; if not, the start page says why, with {@code status}. */
    private static boolean open(Context ctx, ConsultationSummary summary, HttpStatus status) {
        RespondPage page = RespondPage.of(summary);
        if (!page.open()) {
            ctx.status(status);
            ctx.render(START, Map.of("respond", page));
        }
        return page.open();
    }

    private static Question question(Context ctx, Consultation consultation) {
        String asked = ctx.pathParam("question");
        return consultation.questions().stream().filter(question -> question.id().value().equals(asked))
                .findFirst().orElseThrow(() -> HttpProblem.notFound("This consultation has no such question."));
    }

    private List<Answer> answersSoFar(Context ctx, Consultation consultation) {
        return answering.answersSoFar(consultation.slug(), token(ctx)).orElseThrow();
    }

    private void renderQuestion(Context ctx, QuestionPage page) {
        ctx.render(QUESTION, Map.of("question", page));
    }

    private void renderCheck(Context ctx, Consultation consultation, FormErrors errors, boolean publish,
                             String email) {
        ctx.render(CHECK, Map.of("check", CheckAnswersPage.of(consultation, answersSoFar(ctx, consultation),
                browse::aboutYouOptions, errors, publish, email)));
    }

    /** After a question: the next one, or "Check your answers" after the last or when changing one answer. */
    private static String next(Consultation consultation, Question answered, boolean change) {
        List<Question> questions = consultation.questions();
        int index = questions.indexOf(answered);
        String slug = consultation.slug().value();
        return change || index == questions.size() - 1 ? check(slug) : question(slug, questions.get(index + 1));
    }

    private static boolean changing(Context ctx) {
        return ctx.queryParam(CHANGE) != null;
    }

    private static Optional<String> token(Context ctx) {
        return Optional.ofNullable(ctx.cookie(COOKIE)).filter(token -> !token.isBlank());
    }

    /** Sets the cookie that holds the token of the answers given so far, for as long as they are kept. */
    private static void keepToken(Context ctx, Slug slug, String token) {
        Cookies.write(ctx, COOKIE, token, start(slug.value()), Optional.of(AnswerPageByPage.KEPT_FOR), Cookies.LAX);
    }
}
