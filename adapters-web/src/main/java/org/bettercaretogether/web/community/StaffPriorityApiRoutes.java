package org.bettercaretogether.web.community;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
import org.bettercaretogether.web.platform.StaffRejections;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FieldChecks.Field;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAddresses;

import static org.bettercaretogether.web.community.StaffPriorities.RANK;
import static org.bettercaretogether.web.community.StaffPriorities.keeper;
import static org.bettercaretogether.web.community.StaffPriorities.priorityId;

/**
 * Engagement officers and administrators keep each community's local priorities in the staff API:
 * {@code GET/POST /api/v1/staff/communities/{slug}/priorities}, {@code GET/PUT /api/v1/staff/priorities/{id}},
 * {@code POST /api/v1/staff/priorities/{id}/status} and {@code .../rank}, as the staff pages do
 * ({@link StaffPriorityRoutes}). Every change quotes the version it was read at, so a change made meanwhile by someone
 * else is refused with 409 rather than overwritten; {@link ManagePriorities} decides who may.
 */
final class StaffPriorityApiRoutes implements Routes {

    static final String API = StaffAddresses.API + "/priorities";
    private static final String COMMUNITY_API = StaffAddresses.API + "/communities";
    /** The day a status is reached, in the words of the API. */
    private static final Field API_DAY = new Field("statusOn", StaffPriorityMove.ON, "The date");

    private final ManagePriorities priorities;
    private final ReadPriorities read;
    private final StaffPriorities reading;

    StaffPriorityApiRoutes(ManagePriorities priorities, ReadPriorities read, StaffPriorities reading) {
        this.priorities = Objects.requireNonNull(priorities, "priorities");
        this.read = Objects.requireNonNull(read, "read");
        this.reading = Objects.requireNonNull(reading, "reading");
    }

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
        keeper(ctx);
        Slug community = new Slug(ctx.pathParam("slug"));
        ctx.json(Items.of(read.ofCommunity(community).orElseThrow().stream()
                .map(view -> StaffPriorityJson.of(view, community.value())).toList()));
    }

    private void one(Context ctx) {
        keeper(ctx);
        StaffPriorities.Located located = reading.locate(priorityId(ctx));
        ctx.json(StaffPriorityJson.of(located.view(), located.community().community().slug().value()));
    }

    private void addFromJson(Context ctx) {
        Actor actor = keeper(ctx);
        Slug community = new Slug(ctx.pathParam("slug"));
        StaffPriorityBody body = Requests.body(ctx, StaffPriorityBody.class);
        var checks = new FieldChecks();
        PriorityDetails added = StaffRejections.answer(body.draft(checks)
                .flatMap(draft -> priorities.add(actor, community, draft)), reworded(StaffPriorityBody.FIELDS));
        ctx.status(HttpStatus.CREATED).header("Location", API + "/" + added.priority().id())
                .json(StaffPriorityJson.of(added, community.value()));
    }

    private void reviseFromJson(Context ctx) {
        Actor actor = keeper(ctx);
        PriorityId id = priorityId(ctx);
        StaffPriorityBody body = Requests.body(ctx, StaffPriorityBody.class);
        var checks = new FieldChecks();
        long version = body.version(checks);
        PriorityDetails revised = StaffRejections.answer(body.draft(checks)
                .flatMap(draft -> priorities.revise(actor, id, version, draft)), reworded(StaffPriorityBody.FIELDS));
        ctx.json(StaffPriorityJson.of(revised, reading.slugOf(revised.priority().community())));
    }

    private void moveFromJson(Context ctx) {
        Actor actor = keeper(ctx);
        PriorityId id = priorityId(ctx);
        StaffPriorityMove body = Requests.body(ctx, StaffPriorityMove.class);
        var checks = new FieldChecks();
        long version = body.version(checks);
        Optional<PriorityStatus> status = StaffPriorityMove.status(checks, StaffPriorityMove.STATUS, body.status(),
                "Give the status the priority has reached: one of " + String.join(", ",
                        java.util.Arrays.stream(PriorityStatus.values()).map(Enum::name).toList()));
        LocalDate on = body.on() == null ? reading.today() : body.on();
        PriorityDetails moved = StaffRejections.answer(checks.outcome(() -> status.orElseThrow())
                .flatMap(next -> priorities.moveTo(actor, id, version, next, on)), reworded(API_DAY));
        ctx.json(StaffPriorityJson.of(moved, reading.slugOf(moved.priority().community())));
    }

    private void rankFromJson(Context ctx) {
        Actor actor = keeper(ctx);
        PriorityId id = priorityId(ctx);
        StaffPriorityRank body = Requests.body(ctx, StaffPriorityRank.class);
        var checks = new FieldChecks();
        checks.required(StaffPriorityBody.VERSION, body.version(), "Give the version of the priority you read, so "
                + "that a change made meanwhile by someone else is not overwritten");
        checks.required(RANK, body.rank(), "Give the rank the priority moves to, like 1");
        List<PriorityDetails> ranked = StaffRejections.answer(checks.outcome(() -> body)
                .flatMap(valid -> priorities.rank(actor, id, valid.version(), valid.rank())), UnaryOperator.identity());
        String community = reading.slugOf(ranked.getFirst().priority().community());
        ctx.json(Items.of(ranked.stream().map(view -> StaffPriorityJson.of(view, community)).toList()));
    }

    private static UnaryOperator<Rejection> reworded(Field... fields) {
        return rejection -> StaffRejections.reworded(rejection, fields);
    }
}
