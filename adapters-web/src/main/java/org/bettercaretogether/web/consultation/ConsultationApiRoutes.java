package org.bettercaretogether.web.consultation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.change.YouSaidWeDid;
import org.bettercaretogether.application.consultation.AnswerConsultation;
import org.bettercaretogether.application.consultation.ConsultationResults;
import org.bettercaretogether.application.consultation.BrowseConsultations;
import org.bettercaretogether.application.consultation.ResponseReceipt;
import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.IdempotentRequests;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.PrivateAddresses;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;

import java.util.Optional;

/**
 * Consultations in the public JSON API:
 * <ul>
 *   <li>{@code GET /api/v1/consultations}: every scheduled consultation, open first, then upcoming, then closed
 *       ({@link ConsultationJson}, without questions);</li>
 *   <li>{@code GET /api/v1/consultations/{slug}}: one, with its questions and the slugs of the consultation it is a
 *       new version of and of its own new version, once scheduled;</li>
 *   <li>{@code GET /api/v1/consultations/{slug}/results}: its results once it has closed, with the changes made that came from it ({@link ResultsJson}; 409
 *       before, naming when it closes);</li>
 *   <li>{@code POST /api/v1/consultations/{slug}/responses}: a whole response ({@link ResponseRequest}), answered 201
 *       with the private link to the answers given ({@link ResponseReceiptJson}); with an {@code Idempotency-Key}, a
 *       retry answers 200 with the same body and {@code Idempotent-Replayed: true}. An answer outside the opening is
 *       409, naming the moment it opens or closed; answers that do not fit their questions are 422, each naming its
 *       question;</li>
 *   <li>{@code GET /api/v1/consultation-responses/{token}}: the answers given, by that private link.</li>
 * </ul>
 */
record ConsultationApiRoutes(BrowseConsultations browse, AnswerConsultation answer, YouSaidWeDid youSaidWeDid)
        implements Routes {

    static final String API = "/api/v1/consultations";

    static String results(String slug) {
        return API + "/" + slug + "/results";
    }

    static String ownAnswers(String token) {
        return PrivateAddresses.CONSULTATION_RESPONSE_API + "/" + token;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API, this::list);
        routes.get(API + "/{slug}", this::one);
        routes.get(API + "/{slug}/results", this::results);
        routes.post(API + "/{slug}/responses", this::respond);
        routes.get(PrivateAddresses.CONSULTATION_RESPONSE_API + "/{token}", this::own);
    }

    private void list(Context ctx) {
        ctx.json(Items.of(browse.consultations(), ConsultationJson::brief));
    }

    private void one(Context ctx) {
        Slug slug = Requests.slug(ctx);
        ctx.json(ConsultationJson.whole(browse.consultation(slug).orElseThrow(), browse::aboutYouOptions)
                .with(browse.versions(slug).orElseThrow()));
    }

    private void results(Context ctx) {
        Slug slug = Requests.slug(ctx);
        ConsultationResults results = browse.results(slug).orElseThrow();
        ctx.json(ResultsJson.of(results, youSaidWeDid.consultation(slug).orElseThrow()));
    }

    private void respond(Context ctx) {
        Requests.requireJson(ctx, "the response");
        ResponseRequest request = Requests.strictBody(ctx, ResponseRequest.class, ResponseRequest.MEMBERS,
                "a response");
        Optional<IdempotencyKey> key = IdempotentRequests.key(ctx);
        ResponseReceipt receipt = answer.respond(Requests.slug(ctx), request.toAnswers(), request.consent(),
                key).orElseThrow();
        IdempotentRequests.answered(ctx, receipt.replayed());
        // The answer holds the private link: no cache may keep it.
        ctx.header("Cache-Control", "no-store").json(ResponseReceiptJson.of(receipt));
    }

    private void own(Context ctx) {
        ctx.json(OwnAnswersJson.of(HttpProblem.found(answer.ownResponse(ctx.pathParam("token")),
                "No response has this private link. Check it was copied whole.")));
    }
}
