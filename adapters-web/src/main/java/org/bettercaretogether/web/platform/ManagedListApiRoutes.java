package org.bettercaretogether.web.platform;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;

/**
 * The staff API of a {@link ManagedList}, as its page ({@link ManagedListRoutes}): {@code GET api} lists every item,
 * {@code POST api} with {@link ManagedList.New} adds one (201), and {@code PUT api/{id}} with
 * {@link ManagedList.Revision} takes one out of use, or back into use, quoting the version it was read at (an item
 * changed meanwhile is refused with 409).
 *
 * @param <T> an item of the list
 * @param <I> the id of an item
 */
public record ManagedListApiRoutes<T, I>(ManagedList<T, I> list) implements Routes {

    @Override
    public void register(RoutesConfig routes) {
        routes.get(list.place().api(), this::list);
        routes.post(list.place().api(), this::addFromJson);
        routes.put(list.place().api() + "/{id}", this::setInUseFromJson);
    }

    private void list(Context ctx) {
        list.keeper().apply(ctx);
        ctx.json(Items.of(list.views()));
    }

    private void addFromJson(Context ctx) {
        Actor actor = list.keeper().apply(ctx);
        ManagedList.New body = Requests.body(ctx, ManagedList.New.class);
        Outcome<T> outcome;
        if (list.wording().namesChecked()) {
            var checks = new FieldChecks();
            checks.required(ManagedList.NAME, body.name(), "Give the name of the new " + list.wording().noun());
            outcome = checks.outcome(body::name).flatMap(name -> list.uses().add().apply(actor, name));
        } else {
            outcome = list.uses().add().apply(actor, body.name() == null ? "" : body.name());
        }
        T added = StaffRejections.answer(outcome, rejection -> list.worded(rejection, body.name()));
        ctx.status(HttpStatus.CREATED).json(list.view(added));
    }

    private void setInUseFromJson(Context ctx) {
        Actor actor = list.keeper().apply(ctx);
        I id = list.id(ctx);
        String noun = list.wording().noun();
        T changed = StaffApi.changed(ctx, ManagedList.Revision.class, (body, checks) -> {
            checks.version("version", body.version(), noun);
            checks.required("inUse", body.inUse(), "Say whether the " + noun + " is in use: true or false");
            return checks.outcome(() -> body).flatMap(revision ->
                    list.uses().setInUse().setInUse(actor, id, revision.version(), revision.inUse()));
        });
        ctx.json(list.view(changed));
    }
}
