package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;

/**
 * A managed list of names that staff keep (themes, professions): its addresses ({@link Place}), its words
 * ({@link Wording}), who may keep it, and its use cases ({@link Uses}), which decide who may and refuse a name already
 * taken. A feature registers its page ({@link ManagedListRoutes}) and its staff API ({@link ManagedListApiRoutes}):
 *
 * <pre>{@code
 * var themes = new ManagedList<>(new ManagedList.Place(PAGES, API, "change/themes.jte"), wording,
 *         StaffAccess::engagementOfficer, new ManagedList.Uses<>(...));
 * super(new ManagedListRoutes<>(themes), new ManagedListApiRoutes<>(themes));
 * }</pre>
 *
 * @param keeper lets in the member of staff who may keep the list, before anything sent is read
 * @param <T>    an item of the list
 * @param <I>    the id of an item
 */
public record ManagedList<T, I>(Place place, Wording wording, Function<Context, Actor> keeper, Uses<T, I> uses) {

    /** The field of a new item's name, in the form and in the API. */
    static final String NAME = "name";

    public ManagedList {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(keeper, "keeper");
        Objects.requireNonNull(uses, "uses");
    }

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

    /** Every item, as shown. */
    List<View> views() {
        return uses.all().get().stream().<View>map(uses.view()).toList();
    }

    /** The item as shown. */
    View view(T item) {
        return uses.view().apply(item);
    }

    /** The id of the item the address names. */
    I id(Context ctx) {
        return uses.id().apply(ctx.pathParam("id"));
    }

    /** "There is already a theme called Waiting times", rather than "Name is already a theme". */
    Rejection worded(Rejection rejection, String name) {
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
}
