package org.bettercaretogether.web.consultation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.bettercaretogether.application.consultation.BrowseConsultations;
import org.bettercaretogether.application.consultation.EnterPaperResponse;
import org.bettercaretogether.application.consultation.PaperResponse;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.ResponseId;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staff form that enters a response received on paper, by phone or at a meeting, twin of
 * {@code POST /api/v1/staff/consultations/{id}/paper-responses}: {@code GET /staff/consultations/{id}/paper-responses}
 * shows it, its {@code POST} enters the response and 303s back to an empty form saying so. Problems — no channel, no
 * real day, a day outside the opening, an answer that does not fit — come back on the form with an error summary
 * (422), what was typed kept; a consultation whose results are published refuses it (409). {@link EnterPaperResponse}
 * decides who may: those who enter views.
 */
record StaffPaperResponseRoutes(EnterPaperResponse paper, BrowseConsultations browse) implements Routes {

    static final String PUBLISH = "publish-free-text";
    static final String AGREED = "yes";
    private static final String PAGE = "consultation/staff-paper-response.jte";
    private static final List<String> TYPED = List.of("channel", "received-on-day", "received-on-month",
            "received-on-year", "event-or-batch", PUBLISH);

    static String form(ConsultationId consultation) {
        return StaffAddresses.PAGES + "/consultations/" + consultation + "/paper-responses";
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(StaffAddresses.PAGES + "/consultations/{id}/paper-responses", this::show);
        routes.post(StaffAddresses.PAGES + "/consultations/{id}/paper-responses", this::enter);
    }

    private void show(Context ctx) {
        Consultation consultation = consultation(ctx, StaffAccess.actor(ctx));
        render(ctx, consultation, Map.of(), Map.of(), FormErrors.none(),
                ctx.queryParam("entered") == null ? null : "The response is entered and counted.");
    }

    private void enter(Context ctx) {
        Actor actor = StaffAccess.actor(ctx);
        Consultation consultation = consultation(ctx, actor);
        Map<String, String> typed = new HashMap<>();
        TYPED.forEach(name -> typed.put(name, Requests.field(ctx, name)));
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Question question : consultation.questions()) {
            List<String> values = ctx.formParams(question.id().value()).stream().map(String::strip)
                    .filter(value -> !value.isEmpty()).toList();
            if (!values.isEmpty()) {
                answers.put(question.id().value(), values);
            }
        }
        List<FieldError> problems = new ArrayList<>();
        Optional<Channel> channel = Arrays.stream(Channel.values())
                .filter(known -> known != Channel.ONLINE && known.name().equals(typed.get("channel"))).findFirst();
        if (channel.isEmpty()) {
            problems.add(new FieldError("channel", "Choose how the response reached us"));
        }
        Optional<LocalDate> receivedOn = day(typed);
        if (receivedOn.isEmpty()) {
            problems.add(new FieldError("received-on", "Enter the day it was received, a real date like 27 3 2027"));
        }
        if (!problems.isEmpty()) {
            refused(ctx, consultation, typed, answers, new Rejection.InvalidInput(problems.stream()
                    .map(problem -> new FieldProblem(problem.field(), problem.message())).toList()),
                    new FormErrors(problems));
            return;
        }
        Outcome<ResponseId> outcome = paper.enter(actor, consultation.id(), new PaperResponse(
                answers.entrySet().stream().map(entry -> Answer.of(entry.getKey(),
                        entry.getValue().toArray(String[]::new))).toList(),
                AGREED.equals(typed.get(PUBLISH)), channel.orElseThrow(), receivedOn.orElseThrow(),
                Optional.of(typed.get("event-or-batch")).filter(text -> !text.isEmpty())));
        switch (outcome) {
            case Outcome.Done<ResponseId> entered ->
                    ctx.redirect(form(consultation.id()) + "?entered=1", HttpStatus.SEE_OTHER);
            case Outcome.Rejected<ResponseId>(Rejection rejection) -> refused(ctx, consultation, typed, answers,
                    rejection, FormErrors.onFields(rejection, "channel"));
        }
    }

    private void refused(Context ctx, Consultation consultation, Map<String, String> typed,
                         Map<String, List<String>> answers, Rejection rejection, FormErrors errors) {
        FormErrors.answerStatus(ctx, rejection);
        render(ctx, consultation, typed, answers, errors, null);
    }

    private Consultation consultation(Context ctx, Actor actor) {
        return paper.consultationToEnter(actor, ConsultationId.parse(ctx.pathParam("id"))).orElseThrow()
                .consultation();
    }

    private void render(Context ctx, Consultation consultation, Map<String, String> typed,
                        Map<String, List<String>> answers, FormErrors errors, String notice) {
        ctx.render(PAGE, Map.of("paper", StaffPaperResponsePage.of(consultation, form(consultation.id()),
                browse::aboutYouOptions, typed, answers, errors, notice)));
    }

    /** The day typed in the three boxes, if they make a real date. */
    private static Optional<LocalDate> day(Map<String, String> typed) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(typed.get("received-on-year")),
                    Integer.parseInt(typed.get("received-on-month")), Integer.parseInt(typed.get("received-on-day"))));
        } catch (NumberFormatException | DateTimeException notADay) {
            return Optional.empty();
        }
    }
}
