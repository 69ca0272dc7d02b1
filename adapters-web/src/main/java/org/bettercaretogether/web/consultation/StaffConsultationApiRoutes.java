package org.bettercaretogether.web.consultation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.change.YouSaidWeDid;
import org.bettercaretogether.application.consultation.BrowseConsultations;
import org.bettercaretogether.application.consultation.ConsultationResults;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.consultation.RunConsultations;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffApi;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Engagement officers and administrators run consultations in the staff API: {@code GET /api/v1/staff/consultations}
 * (drafts included), {@code POST /api/v1/staff/consultations} (drafting one, {@link ConsultationBody}; 201),
 * {@code GET /api/v1/staff/consultations/{id}}, {@code PUT .../{id}/questions} (all its questions, in order,
 * {@link QuestionsBody}; 409 once the first answer has locked them), and the steps of its life, each quoting the
 * version read ({@link ConsultationStep}): {@code POST .../{id}/schedule}, {@code .../{id}/extend} (with the reason
 * the public is shown), {@code .../{id}/close-early} (with its reason) and {@code .../{id}/results} (publishing the
 * summary); {@code POST .../{id}/new-version} drafts a new version of a scheduled consultation at a new address
 * ({@link NewVersionBody}; 201 with the draft, 409 for a draft or one that already has a newer version, 422 for an
 * address taken); {@code GET .../{id}/results} shows the results of a closed one before they are published. A step the
 * consultation's state does not allow is 409 (never reopening one whose results are published); each is audited by
 * {@link RunConsultations}. Each handler first makes sure the person may run consultations (else 403).
 */
record StaffConsultationApiRoutes(RunConsultations run, BrowseConsultations browse, YouSaidWeDid youSaidWeDid)
        implements Routes {

    static final String API = StaffAddresses.API + "/consultations";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API, this::list);
        routes.post(API, ctx -> {
            Actor actor = actor(ctx);
            created(ctx, StaffApi.changed(ctx, ConsultationBody.class,
                    (body, checks) -> body.draft(checks).flatMap(draft -> run.draft(actor, draft))));
        });
        routes.get(API + "/{id}", this::one);
        routes.put(API + "/{id}/questions", ctx -> {
            Actor actor = actor(ctx);
            ConsultationSummary changed = StaffApi.changed(ctx, QuestionsBody.class, (body, checks) -> {
                long version = checks.version(ConsultationStep.VERSION, body.version(), "consultation");
                List<Question> asked = body.asked(checks);
                return checks.outcome(() -> asked).flatMap(questions -> run.changeQuestions(actor, id(ctx), version,
                        questions));
            });
            ctx.json(StaffConsultationJson.of(changed, ConsultationJson.whole(changed, browse::aboutYouOptions)));
        });
        routes.post(API + "/{id}/new-version", ctx -> {
            Actor actor = actor(ctx);
            created(ctx, StaffApi.changed(ctx, NewVersionBody.class, (body, checks) -> {
                long version = body.version(checks);
                var slug = body.address(checks);
                return checks.outcome(slug::orElseThrow).flatMap(address -> run.newVersion(actor, id(ctx), version,
                        address));
            }));
        });
        routes.post(API + "/{id}/schedule", ctx -> step(ctx, (body, checks) -> {
            long version = body.version(checks);
            return checks.outcome(() -> version).flatMap(read -> run.schedule(actor(ctx), id(ctx), read));
        }));
        routes.post(API + "/{id}/extend", ctx -> step(ctx, (body, checks) -> {
            long version = body.version(checks);
            var closing = body.closing(checks);
            var reason = body.reason(checks);
            return checks.outcome(() -> version).flatMap(read -> run.extend(actor(ctx), id(ctx), read,
                    closing.orElseThrow(), reason.orElseThrow()));
        }));
        routes.post(API + "/{id}/close-early", ctx -> step(ctx, (body, checks) -> {
            long version = body.version(checks);
            var reason = body.reason(checks);
            return checks.outcome(() -> version).flatMap(read -> run.closeEarly(actor(ctx), id(ctx), read,
                    reason.orElseThrow()));
        }));
        routes.post(API + "/{id}/results", ctx -> step(ctx, (body, checks) -> {
            long version = body.version(checks);
            var summary = body.summary(checks);
            return checks.outcome(() -> version).flatMap(read -> run.publishResults(actor(ctx), id(ctx), read,
                    summary.orElseThrow()));
        }));
        routes.get(API + "/{id}/results", ctx -> {
            ConsultationResults results = run.results(actor(ctx), id(ctx)).orElseThrow();
            ctx.json(ResultsJson.of(results, youSaidWeDid.consultation(results.consultation().consultation().slug())
                    .orElseThrow()));
        });
    }

    /** Answers 201 with the consultation {@code drafted}, whole, at its own address. */
    private void created(Context ctx, ConsultationSummary drafted) {
        StaffApi.created(ctx, API + "/" + drafted.consultation().id(), StaffConsultationJson.of(drafted,
                ConsultationJson.whole(drafted, browse::aboutYouOptions)));
    }

    private void list(Context ctx) {
        ctx.json(Items.of(run.all(actor(ctx)).orElseThrow(),
                summary -> StaffConsultationJson.of(summary, ConsultationJson.brief(summary))));
    }

    private void one(Context ctx) {
        ConsultationSummary summary = run.consultation(actor(ctx), id(ctx)).orElseThrow();
        ctx.json(StaffConsultationJson.of(summary, ConsultationJson.whole(summary, browse::aboutYouOptions)));
    }

    /** Takes a step from the request's body, the person let in first; answers the consultation as it now is. */
    private void step(Context ctx, BiFunction<ConsultationStep, FieldChecks, Outcome<ConsultationSummary>> step) {
        actor(ctx);
        ConsultationSummary changed = StaffApi.changed(ctx, ConsultationStep.class, step::apply);
        ctx.json(StaffConsultationJson.of(changed, ConsultationJson.brief(changed)));
    }

    private static Actor actor(Context ctx) {
        return StaffAccess.engagementOfficer(ctx);
    }

    private static ConsultationId id(Context ctx) {
        return ConsultationId.parse(ctx.pathParam("id"));
    }
}
