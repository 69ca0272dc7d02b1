package org.bettercaretogether.web.community;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bettercaretogether.application.priority.ManagePriorities;
import org.bettercaretogether.application.priority.PriorityDetails;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.FieldChecks.Field;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffApi;

import static org.bettercaretogether.web.community.StaffPriorities.RANK;
import static org.bettercaretogether.web.community.StaffPriorities.priorityId;

/**
 * Engagement officers and administrators keep each community's local priorities in the staff API:
 * {@code GET/POST /api/v1/staff/communities/{slug}/priorities}, {@code GET/PUT /api/v1/staff/priorities/{id}},
 * {@code POST /api/v1/staff/priorities/{id}/status} and {@code .../rank}, as the staff pages do
 * ({@link StaffPriorityRoutes}). Every change quotes the version it was read at, so a change made meanwhile by someone
 * else is refused with 409 rather than overwritten; {@link ManagePriorities} decides who may.
 */
record StaffPriorityApiRoutes(ManagePriorities priorities, ReadPriorities read,
                              StaffPriorities reading) implements Routes {

    static final String API = StaffAddresses.API + "/priorities";
    private static final String COMMUNITY_API = StaffAddresses.API + "/communities";
    /** The day a status is reached, in the words of the API. */
    private static final UnaryOperator<Rejection> API_DAY =
            StaffApi.reworded(new Field("statusOn", StaffPriorityMove.ON, "The date"));
    /** The problems of a priority's fields, in the words of the API. */
    private static final UnaryOperator<Rejection> FIELDS = StaffApi.reworded(StaffPriorityBody.FIELDS);

    @Override
    public void register(RoutesConfig routes) {
        routes.get(COMMUNITY_API + "/{slug}/priorities", this::list);
        routes.post(COMMUNITY_API + "/{slug}/priorities", this::addFromJson);
        routes.get(API + "/{id}", this::one);
        routes.put(API + "/{id}", this::reviseFromJson);
        routes.post(API + "/{id}/status", this::moveFromJson);
        routes.post(API + "/{id}/rank", this::rankFromJson);
    }

    private void list(Context ctx) {
        StaffAccess.engagementOfficer(ctx);
        Slug community = Requests.slug(ctx);
        ctx.json(Items.of(read.ofCommunity(community).orElseThrow(),
                view -> StaffPriorityJson.of(view, community.value())));
    }

    private void one(Context ctx) {
        StaffAccess.engagementOfficer(ctx);
        StaffPriorities.Located located = reading.locate(priorityId(ctx));
        ctx.json(StaffPriorityJson.of(located.view(), located.community().community().slug().value()));
    }

    private void addFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        Slug community = Requests.slug(ctx);
        PriorityDetails added = StaffApi.changed(ctx, StaffPriorityBody.class, FIELDS,
                (body, checks) -> body.draft(checks).flatMap(draft -> priorities.add(actor, community, draft)));
        StaffApi.created(ctx, API + "/" + added.priority().id(), StaffPriorityJson.of(added, community.value()));
    }

    private void reviseFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        PriorityId id = priorityId(ctx);
        answer(ctx, StaffApi.changed(ctx, StaffPriorityBody.class, FIELDS, (body, checks) -> {
            long version = body.version(checks);
            return body.draft(checks).flatMap(draft -> priorities.revise(actor, id, version, draft));
        }));
    }

    private void moveFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        PriorityId id = priorityId(ctx);
        answer(ctx, StaffApi.changed(ctx, StaffPriorityMove.class, API_DAY, (body, checks) -> {
            long version = body.version(checks);
            Optional<PriorityStatus> status = StaffPriorityMove.status(checks, StaffPriorityMove.STATUS, body.status(),
                    "Give the status the priority has reached: one of " + String.join(", ",
                            java.util.Arrays.stream(PriorityStatus.values()).map(Enum::name).toList()));
            LocalDate on = body.on() == null ? reading.today() : body.on();
            return checks.outcome(() -> status.orElseThrow())
                    .flatMap(next -> priorities.moveTo(actor, id, version, next, on));
        }));
    }

    private void rankFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        PriorityId id = priorityId(ctx);
        List<PriorityDetails> ranked = StaffApi.changed(ctx, StaffPriorityRank.class, (body, checks) -> {
            checks.version(StaffPriorityBody.VERSION, body.version(), "priority");
            checks.required(RANK, body.rank(), "Give the rank the priority moves to, like 1");
            return checks.outcome(() -> body)
                    .flatMap(valid -> priorities.rank(actor, id, valid.version(), valid.rank()));
        });
        String community = reading.slugOf(ranked.getFirst().priority().community());
        ctx.json(Items.of(ranked, view -> StaffPriorityJson.of(view, community)));
    }

    /** The priority as changed, with the address of its community. */
    private void answer(Context ctx, PriorityDetails changed) {
        ctx.json(StaffPriorityJson.of(changed, reading.slugOf(changed.priority().community())));
    }
}
