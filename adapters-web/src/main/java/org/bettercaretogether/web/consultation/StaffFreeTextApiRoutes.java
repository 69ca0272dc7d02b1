package org.bettercaretogether.web.consultation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.consultation.EnterPaperResponse;
import org.bettercaretogether.application.consultation.FreeTextQueuePage;
import org.bettercaretogether.application.consultation.ModerateFreeText;
import org.bettercaretogether.application.consultation.PaperResponse;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.FreeTextAnswer;
import org.bettercaretogether.domain.consultation.FreeTextAnswerId;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.web.platform.Paging;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffApi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Free-text answers and paper responses in the staff API:
 * {@code GET /api/v1/staff/consultations/{id}/free-text[?cursor=...&limit=...]} lists the answers of one consultation
 * waiting for moderation, oldest first, each with the personal details found in it and a suggested public text;
 * {@code POST /api/v1/staff/consultation-free-text/{id}/publish} ({@code {"version": 1, "publicText": "..."}}) and
 * {@code .../withhold} ({@code {"version": 1, "reason": "ABUSIVE", "note": "..."}}) decide on one, for those who
 * moderate views; {@code POST /api/v1/staff/consultations/{id}/paper-responses} enters a response received on paper,
 * by phone or at a meeting, with its channel and the day it was received (201), for those who enter views. A paper
 * response for a consultation whose results are published is 409. The use cases decide who may (else 403).
 */
record StaffFreeTextApiRoutes(ModerateFreeText moderate, EnterPaperResponse paper) implements Routes {

    static final String FREE_TEXT = StaffAddresses.API + "/consultation-free-text";
    private static final int DEFAULT_LIMIT = 20;

    /** One answer waiting or decided, as moderators read it. */
    public record FreeTextJson(String id, String response, String question, String text, Instant receivedAt,
                               List<String> personalDetails, String suggestedPublicText, boolean pending,
                               long version) {

        static FreeTextJson of(FreeTextAnswer answer) {
            return new FreeTextJson(answer.id().toString(), answer.response().toString(), answer.question().value(),
                    answer.text(), answer.receivedAt(), answer.personalDetails().stream()
                    .map(found -> found.kind().description()).distinct().toList(), answer.suggestedPublicText(),
                    answer.pending(), answer.version());
        }
    }

    public record FreeTextQueueJson(List<FreeTextJson> items, int waiting, String next) {
    }

    public record Decision(Long version, String publicText, String reason, String note) {
    }

    public record PaperResponseRequest(List<ResponseRequest.AnswerRequest> answers, Boolean publishFreeText,
                                       String channel, LocalDate receivedOn, String eventOrBatch) {
    }

    public record PaperResponseJson(String response) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(StaffConsultationApiRoutes.API + "/{id}/free-text", this::queue);
        routes.post(FREE_TEXT + "/{id}/publish", this::publish);
        routes.post(FREE_TEXT + "/{id}/withhold", this::withhold);
        routes.post(StaffConsultationApiRoutes.API + "/{id}/paper-responses", this::enter);
    }

    private void queue(Context ctx) {
        int limit = Paging.limit(ctx, DEFAULT_LIMIT);
        FreeTextQueuePage page = moderate.queue(StaffAccess.actor(ctx), ConsultationId.parse(ctx.pathParam("id")),
                Paging.cursor(ctx), limit).orElseThrow();
        ctx.json(new FreeTextQueueJson(page.items().stream().map(FreeTextJson::of).toList(), page.waiting(),
                page.next().orElse(null)));
    }

    private void publish(Context ctx) {
        Decision body = Requests.body(ctx, Decision.class);
        ctx.json(FreeTextJson.of(moderate.publish(StaffAccess.actor(ctx), answerId(ctx), version(body),
                body.publicText() == null ? "" : body.publicText()).orElseThrow()));
    }

    private void withhold(Context ctx) {
        Decision body = Requests.body(ctx, Decision.class);
        long version = version(body);
        WithholdReason reason = Arrays.stream(WithholdReason.values())
                .filter(known -> known.name().equals(body.reason())).findFirst()
                .orElseThrow(() -> invalid("reason", "must be one of " + String.join(", ",
                        Arrays.stream(WithholdReason.values()).map(Enum::name).toList())));
        ctx.json(FreeTextJson.of(moderate.withhold(StaffAccess.actor(ctx), answerId(ctx), version, reason,
                Optional.ofNullable(body.note()).filter(note -> !note.isBlank())).orElseThrow()));
    }

    private void enter(Context ctx) {
        PaperResponseRequest body = Requests.body(ctx, PaperResponseRequest.class);
        Channel channel = Arrays.stream(Channel.values()).filter(known -> known != Channel.ONLINE
                        && known.name().equals(body.channel())).findFirst()
                .orElseThrow(() -> invalid("channel", "must be how the response reached the programme: one of "
                        + String.join(", ", Arrays.stream(Channel.values()).filter(c -> c != Channel.ONLINE)
                        .map(Enum::name).toList())));
        if (body.receivedOn() == null) {
            throw invalid("receivedOn", "is required: the day the response was received, such as 2027-03-28");
        }
        PaperResponse response = new PaperResponse(new ResponseRequest(body.answers(), null, null).toAnswers(),
                Boolean.TRUE.equals(body.publishFreeText()), channel, body.receivedOn(),
                Optional.ofNullable(body.eventOrBatch()).filter(e -> !e.isBlank()));
        ConsultationId id = ConsultationId.parse(ctx.pathParam("id"));
        String entered = paper.enter(StaffAccess.actor(ctx), id, response).orElseThrow().toString();
        StaffApi.created(ctx, StaffConsultationApiRoutes.API + "/" + id, new PaperResponseJson(entered));
    }

    private static FreeTextAnswerId answerId(Context ctx) {
        return FreeTextAnswerId.parse(ctx.pathParam("id"));
    }

    private static long version(Decision body) {
        if (body.version() == null) {
            throw invalid("version", "is required: give the version of the answer you read");
        }
        return body.version();
    }

    private static RejectedException invalid(String field, String rule) {
        return new RejectedException(Rejection.InvalidInput.of(field, rule));
    }
}
