package org.bettercaretogether.domain.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Keeps a list numbered 1, 2, 3… with no gap and no tie, whatever moves or leaves: a community's priorities by rank,
 * the key questions by position. Members may come in any order and with gaps; a place counts from 1 in the order of
 * their numbers, and every list given back is numbered from 1 again. The rules of each list (which moves are allowed,
 * how a refusal reads) stay with the list; this only does the counting.
 *
 * @param <T> what is numbered
 */
public final class Numbering<T> {

    /** How a member is given another number. */
    @FunctionalInterface
    public interface Renumber<T> {

        /**
         * {@code member} numbered {@code number} at {@code at}; the same member when its number stays, so that only
         * the members that moved are marked changed.
         */
        T to(T member, int number, Instant at);
    }

    private final Comparator<T> byNumber;
    private final Renumber<T> renumber;

    /** A list whose members carry their number in {@code number} and take another one by {@code renumber}. */
    public Numbering(ToIntFunction<T> number, Renumber<T> renumber) {
        this.byNumber = Comparator.comparingInt(Objects.requireNonNull(number, "number"));
        this.renumber = Objects.requireNonNull(renumber, "renumber");
    }

    /** The place of the first member {@code which} picks, or empty when it picks none. */
    public OptionalInt placeOf(Collection<T> members, Predicate<? super T> which) {
        List<T> ordered = ordered(members);
        for (int i = 0; i < ordered.size(); i++) {
            if (which.test(ordered.get(i))) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /** The list after the member at place {@code from} goes to place {@code to}, the others closing up. */
    public List<T> moved(Collection<T> members, int from, int to, Instant at) {
        List<T> ordered = ordered(members);
        ordered.add(to - 1, ordered.remove(from - 1));
        return renumbered(ordered, at);
    }

    /** The list without the member at {@code place}, the ones after it closing up. */
    public List<T> without(Collection<T> members, int place, Instant at) {
        List<T> ordered = ordered(members);
        ordered.remove(place - 1);
        return renumbered(ordered, at);
    }

    private List<T> ordered(Collection<T> members) {
        return new ArrayList<>(members.stream().sorted(byNumber).toList());
    }

    private List<T> renumbered(List<T> inOrder, Instant at) {
        List<T> result = new ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            result.add(renumber.to(inOrder.get(i), i + 1, at));
        }
        return result;
    }
}
