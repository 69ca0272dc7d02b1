package org.bettercaretogether.web.platform;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bettercaretogether.application.shared.Actor;

/**
 * The staff page of a {@link ManagedList}: {@code GET pages}: every item, and a form to add one
 * ({@code POST pages}); {@code POST pages/{id}}: take one out of use, or back into use, quoting the version it was
 * read at (an item changed meanwhile is refused with 409). The staff API is {@link ManagedListApiRoutes}.
 *
 * @param <T> an item of the list
 * @param <I> the id of an item
 */
public record ManagedListRoutes<T, I>(ManagedList<T, I> list) implements Routes {

    private static final String NAME = ManagedList.NAME;
    private static final String IN_USE = "in-use";
    private static final String NOTICE = "notice";
    private static final String NOT_OUR_FORM = "The form is not one of this service's: reload the page and try again.";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(list.place().pages(), this::page);
        routes.post(list.place().pages(), this::add);
        routes.post(list.place().pages() + "/{id}", this::setInUse);
    }

    private void page(Context ctx) {
        list.keeper().apply(ctx);
        render(ctx, "", FormErrors.none(), notice(Objects.requireNonNullElse(ctx.queryParam(NOTICE), "")));
    }

    private void add(Context ctx) {
        Actor actor = list.keeper().apply(ctx);
        String name = Requests.field(ctx, NAME);
        if (name.isEmpty()) {
            ctx.status(422);
            render(ctx, name, FormErrors.builder().add(NAME, "Enter the name of the new " + list.wording().noun())
                    .build(), null);
            return;
        }
        StaffForms.answer(ctx, list.uses().add().apply(actor, name), added -> noticed("added"),
                refused -> render(ctx, name, FormErrors.onFields(list.worded(refused, name), NAME), null));
    }

    private void setInUse(Context ctx) {
        Actor actor = list.keeper().apply(ctx);
        I id = list.id(ctx);
        String version = Requests.field(ctx, "version");
        String inUse = Requests.field(ctx, IN_USE);
        if (!version.matches("[0-9]{1,18}") || !(inUse.equals("true") || inUse.equals("false"))) {
            throw HttpProblem.badRequest(NOT_OUR_FORM, List.of());
        }
        T changed = list.uses().setInUse().setInUse(actor, id, Long.parseLong(version), Boolean.parseBoolean(inUse))
                .orElseThrow();
        ctx.redirect(noticed(list.view(changed).inUse() ? "in" : "out"), HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, String name, FormErrors errors, String notice) {
        var rows = list.views().stream().map(item -> new ManagedListPage.Row(item.name(), item.inUse(),
                list.place().pages() + "/" + item.id(), Long.toString(item.version()),
                item.inUse() ? "Take out of use" : "Put back into use")).toList();
        ctx.render(list.place().template(), Map.of("list", new ManagedListPage(list.wording().heading(), rows, name,
                errors, notice)));
    }

    /** What the list says was done: added, taken out of use or put back in; nothing for anything else. */
    private String notice(String what) {
        String noun = list.wording().noun();
        return switch (what) {
            case "added" -> "The " + noun + " has been added.";
            case "out" -> "The " + noun + " has been taken out of use. " + list.wording().outOfUse();
            case "in" -> "The " + noun + " is in use again.";
            default -> null;
        };
    }

    /** The list, which says what was done. */
    private String noticed(String what) {
        return list.place().pages() + "?" + NOTICE + "=" + what;
    }
}
