package org.bettercaretogether.web.platform;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;

/**
 * A managed list of names that staff keep (themes, professions), as a page and in the staff API:
 * <ul>
 *   <li>{@code GET pages}: every item, and a form to add one ({@code POST pages}); {@code POST pages/{id}}: take one
 *       out of use, or back into use, quoting the version it was read at (an item changed meanwhile is refused with
 *       409);</li>
 *   <li>{@code GET/POST api}, {@code PUT api/{id}}: the same in JSON.</li>
 * </ul>
 * A feature's routes give the addresses ({@link Place}), the words ({@link Wording}), who may keep the list, and the
 * use cases ({@link Uses}); the use cases decide who may, and refuse a name already taken.
 *
 * @param <T> an item of the list
 * @param <I> the id of an item
 */
public final class ManagedListRoutes<T, I> implements Routes {

    private static final String NAME = "name";
    private static final String IN_USE = "in-use";
    private static final String NOTICE = "notice";
    private static final String NOT_OUR_FORM = "The form is not one of this service's: reload the page and try again.";

    /** An item as the staff API answers it, and as its row on the page reads. */
    public interface View {

        String id();

        String name();

        boolean inUse();

        long version();
    }

    /** A new item: {@code {"name": "Waiting times"}}. */
    public record New(String name) {
    }

    /** Taking an item out of use, or back: {@code {"version": 1, "inUse": false}}. */
    public record Revision(Long version, Boolean inUse) {
    }

    /** Where the list is: its page, its staff API and the jte template of the page (given {@code list}). */
    public record Place(String pages, String api, String template) {

        public Place {
            Objects.requireNonNull(pages, "pages");
            Objects.requireNonNull(api, "api");
            Objects.requireNonNull(template, "template");
        }
    }

    /**
     * How the list is worded: what one item is called ({@code "theme"}), the page's heading, and what becomes of an
     * item taken out of use ({@code "It stays on the teams that have it."}). {@code namesChecked}: the API refuses a
     * new item without a name itself ("Give the name of the new ..."), and the problems of a name are worded
     * "The name ...", rather than left to the use case and the error handling.
     */
    public record Wording(String noun, String heading, String outOfUse, boolean namesChecked) {

        public Wording {
            Objects.requireNonNull(noun, "noun");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(outOfUse, "outOfUse");
        }
    }

    /** Taking an item out of use, or back into use, at the version read. */
    @FunctionalInterface
    public interface SetInUse<T, I> {

        Outcome<T> setInUse(Actor actor, I id, long version, boolean inUse);
    }

    /** The use cases of the list, how an id is read from an address, and how an item is shown. */
    public record Uses<T, I>(Supplier<List<T>> all, BiFunction<Actor, String, Outcome<T>> add,
                             SetInUse<T, I> setInUse, Function<String, I> id,
                             Function<? super T, ? extends View> view) {
    }

    private final Place place;
    private final Wording wording;
    private final Function<Context, Actor> keeper;
    private final Uses<T, I> uses;
    private final Map<String, String> notices;

    /** The list at {@code place}, worded by {@code wording}, kept by whom {@code keeper} lets in. */
    public ManagedListRoutes(Place place, Wording wording, Function<Context, Actor> keeper, Uses<T, I> uses) {
        this.place = Objects.requireNonNull(place, "place");
        this.wording = Objects.requireNonNull(wording, "wording");
        this.keeper = Objects.requireNonNull(keeper, "keeper");
        this.uses = Objects.requireNonNull(uses, "uses");
        this.notices = Map.of(
                "added", "The " + wording.noun() + " has been added.",
                "out", "The " + wording.noun() + " has been taken out of use. " + wording.outOfUse(),
                "in", "The " + wording.noun() + " is in use again.");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(place.pages(), this::page);
        routes.post(place.pages(), this::add);
        routes.post(place.pages() + "/{id}", this::setInUse);
        routes.get(place.api(), this::list);
        routes.post(place.api(), this::addFromJson);
        routes.put(place.api() + "/{id}", this::setInUseFromJson);
    }

    // --- the page ---

    private void page(Context ctx) {
        keeper.apply(ctx);
        render(ctx, "", FormErrors.none(), notices.get(Objects.requireNonNullElse(ctx.queryParam(NOTICE), "")));
    }

    private void add(Context ctx) {
        Actor actor = keeper.apply(ctx);
        String name = Requests.field(ctx, NAME);
        if (name.isEmpty()) {
            ctx.status(422);
            render(ctx, name, FormErrors.builder().add(NAME, "Enter the name of the new " + wording.noun()).build(),
                    null);
            return;
        }
        StaffForms.answer(ctx, uses.add().apply(actor, name), added -> noticed("added"),
                refused -> render(ctx, name, FormErrors.onFields(worded(refused, name), NAME), null));
    }

    private void setInUse(Context ctx) {
        Actor actor = keeper.apply(ctx);
        I id = id(ctx);
        String version = Requests.field(ctx, "version");
        String inUse = Requests.field(ctx, IN_USE);
        if (!version.matches("[0-9]{1,18}") || !(inUse.equals("true") || inUse.equals("false"))) {
            throw HttpProblem.badRequest(NOT_OUR_FORM, List.of());
        }
        T changed = uses.setInUse().setInUse(actor, id, Long.parseLong(version), Boolean.parseBoolean(inUse))
                .orElseThrow();
        ctx.redirect(noticed(uses.view().apply(changed).inUse() ? "in" : "out"), HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, String name, FormErrors errors, String notice) {
        var rows = uses.all().get().stream().map(uses.view()).map(item -> new ManagedListPage.Row(item.name(),
                item.inUse(), place.pages() + "/" + item.id(), Long.toString(item.version()),
                item.inUse() ? "Take out of use" : "Put back into use")).toList();
        ctx.render(place.template(), Map.of("list", new ManagedListPage(wording.heading(), rows, name, errors,
                notice)));
    }

    /** The list, which says what was done. */
    private String noticed(String what) {
        return place.pages() + "?" + NOTICE + "=" + what;
    }

    // --- the staff API ---

    private void list(Context ctx) {
        keeper.apply(ctx);
        ctx.json(Items.of(uses.all().get().stream().map(uses.view()).toList()));
    }

    private void addFromJson(Context ctx) {
        Actor actor = keeper.apply(ctx);
        New body = Requests.body(ctx, New.class);
        Outcome<T> outcome;
        if (wording.namesChecked()) {
            var checks = new FieldChecks();
            checks.required(NAME, body.name(), "Give the name of the new " + wording.noun());
            outcome = checks.outcome(body::name).flatMap(name -> uses.add().apply(actor, name));
        } else {
            outcome = uses.add().apply(actor, body.name() == null ? "" : body.name());
        }
        T added = switch (outcome) {
            case Outcome.Done<T>(T item) -> item;
            case Outcome.Rejected<T>(Rejection rejection) ->
                    throw new RejectedException(worded(rejection, body.name()));
        };
        ctx.status(HttpStatus.CREATED).json(uses.view().apply(added));
    }

    private void setInUseFromJson(Context ctx) {
        Actor actor = keeper.apply(ctx);
        I id = id(ctx);
        Revision body = Requests.body(ctx, Revision.class);
        var checks = new FieldChecks();
        checks.required("version", body.version(), "Give the version of the " + wording.noun() + " you read, so "
                + "that a change made meanwhile by someone else is not overwritten");
        checks.required("inUse", body.inUse(), "Say whether the " + wording.noun() + " is in use: true or false");
        T changed = checks.outcome(() -> body).flatMap(revision ->
                uses.setInUse().setInUse(actor, id, revision.version(), revision.inUse())).orElseThrow();
        ctx.json(uses.view().apply(changed));
    }

    // --- reading ---

    /** "There is already a theme called Waiting times", rather than "Name is already a theme". */
    private Rejection worded(Rejection rejection, String name) {
        if (!(rejection instanceof Rejection.InvalidInput invalid) || name == null || name.isBlank()) {
            return rejection;
        }
        return new Rejection.InvalidInput(invalid.problems().stream().map(problem ->
                !problem.field().equals(NAME) ? problem
                        : problem.problem().equals("is already a " + wording.noun())
                        ? new FieldProblem(NAME, "There is already a " + wording.noun() + " called " + name.strip())
                        : wording.namesChecked() ? new FieldProblem(NAME, sentence(problem.problem()))
                        : problem).toList());
    }

    /** "The name {@code rule}", or the rule alone when it is already a sentence. */
    private static String sentence(String rule) {
        return !rule.isEmpty() && Character.isUpperCase(rule.charAt(0)) ? rule : "The name " + rule;
    }

    private I id(Context ctx) {
        return uses.id().apply(ctx.pathParam("id"));
    }
}
