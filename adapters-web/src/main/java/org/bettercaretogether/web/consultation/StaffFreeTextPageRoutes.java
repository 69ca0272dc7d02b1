package org.bettercaretogether.web.consultation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.bettercaretogether.application.consultation.ModerateFreeText;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.FreeTextAnswer;
import org.bettercaretogether.domain.consultation.FreeTextAnswerId;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffRejections;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The staff pages that moderate free-text answers, twins of {@link StaffFreeTextApiRoutes}:
 * {@code GET /staff/consultations/{id}/free-text[?cursor=...]} lists a consultation's answers waiting, oldest first, a
 * page at a time; {@code POST /staff/consultation-free-text/{id}/publish} (the public text) and {@code .../withhold}
 * (a reason) decide on one and 303 back to the list with what was done. A refusal — words still holding a personal
 * detail, a decision made meanwhile by someone else — comes back above the list with an error summary. For those who
 * moderate views.
 */
record StaffFreeTextPageRoutes(ModerateFreeText moderate) implements Routes {

    static final String ANSWER_PAGES = StaffAddresses.PAGES + "/consultation-free-text";
    private static final String PAGE = "consultation/staff-free-text.jte";
    private static final String DONE = "done";

    static String queue(ConsultationId consultation) {
        return StaffAddresses.PAGES + "/consultations/" + consultation + "/free-text";
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(StaffAddresses.PAGES + "/consultations/{id}/free-text", this::list);
        routes.post(ANSWER_PAGES + "/{id}/publish", ctx -> decide(ctx, (actor, answer) -> moderate.publish(actor,
                answer.id(), StaffRejections.version(Requests.field(ctx, "version")),
                Requests.field(ctx, "publicText-" + answer.id()))));
        routes.post(ANSWER_PAGES + "/{id}/withhold", ctx -> decide(ctx, (actor, answer) -> {
            long version = StaffRejections.version(Requests.field(ctx, "version"));
            Optional<WithholdReason> reason = Arrays.stream(WithholdReason.values())
                    .filter(known -> known.name().equals(Requests.field(ctx, "reason-" + answer.id()))).findFirst();
            return reason.map(chosen -> moderate.withhold(actor, answer.id(), version, chosen, Optional.empty()))
                    .orElseGet(() -> Outcome.rejected(Rejection.InvalidInput.of("reason",
                            "Select why the answer is withheld")));
        }));
    }

    private void list(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.MODERATOR, Role.ADMIN);
        ConsultationId id = ConsultationId.parse(ctx.pathParam("id"));
        render(ctx, actor, id, Optional.ofNullable(ctx.queryParam("cursor")), FormErrors.none(),
                ctx.queryParam(DONE) == null ? null : "The answer is moderated: it has left the list.");
    }

    private void decide(Context ctx, Decision decision) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.MODERATOR, Role.ADMIN);
        FreeTextAnswer answer = moderate.answer(actor, FreeTextAnswerId.parse(ctx.pathParam("id"))).orElseThrow();
        switch (decision.apply(actor, answer)) {
            case Outcome.Done<FreeTextAnswer> decided ->
                    ctx.redirect(queue(answer.consultation()) + "?" + DONE + "=1", HttpStatus.SEE_OTHER);
            case Outcome.Rejected<FreeTextAnswer>(Rejection rejection) -> {
                FormErrors.answerStatus(ctx, rejection);
                // Every problem points at the answer it is about, whose forms share the page with others'.
                String anchor = "answer-" + answer.id();
                render(ctx, actor, answer.consultation(), Optional.empty(), new FormErrors(FormErrors
                        .onFields(rejection, anchor).list().stream()
                        .map(error -> new FieldError(anchor, error.message())).toList()), null);
            }
        }
    }

    private void render(Context ctx, Actor actor, ConsultationId id, Optional<String> cursor, FormErrors errors,
                        String notice) {
        var page = moderate.queue(actor, id, cursor, ModerateFreeText.MAXIMUM_PAGE_SIZE / 5).orElseThrow();
        ctx.render(PAGE, Map.of("queue", StaffFreeTextPage.of(page, queue(id), errors, notice)));
    }

    @FunctionalInterface
    private interface Decision {
        Outcome<FreeTextAnswer> apply(Actor actor, FreeTextAnswer answer);
    }
}
