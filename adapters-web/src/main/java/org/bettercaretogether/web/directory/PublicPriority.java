package org.bettercaretogether.web.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.bettercaretogether.application.priority.PriorityDetails;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;

/**
 * A community's local priority as the public API answers it: its rank (1 first), what it is, the triple-aim
 * dimensions it serves ({@code POPULATION_HEALTH}...), why it was chosen, its theme (absent when it has none), the
 * partner that owns it, its status ({@code PROPOSED}, {@code AGREED}, {@code IN_PROGRESS}, {@code ACHIEVED} or
 * {@code DROPPED}) since the day it was reached, every status step, and the history of its changes. Nothing names
 * the member of staff who made a change.
 */
public record PublicPriority(String id, int rank, String title, String description, List<String> serves,
                             String rationale, String theme, Owner owner, String status, LocalDate statusSince,
                             List<Step> statusSteps, List<Event> history) {

    public PublicPriority {
        serves = List.copyOf(serves);
        statusSteps = List.copyOf(statusSteps);
        history = List.copyOf(history);
    }

    /** The partner organisation that owns the priority. */
    public record Owner(String id, String name) {
    }

    /** A status the priority reached, and the day. */
    public record Step(String status, LocalDate on) {
    }

    /**
     * One change to the priority: when it was recorded, what kind ({@code ADDED}, {@code REVISED}, {@code RANKED}
     * or {@code STATUS}) and a short public description, such as "Rank 2 to 1".
     */
    public record Event(Instant at, String kind, String detail) {
    }

    /** The priority of {@code view}. */
    public static PublicPriority of(PriorityDetails view) {
        LocalPriority priority = view.priority();
        return new PublicPriority(priority.id().toString(), priority.rank(), priority.title(), priority.description(),
                priority.serves().stream().sorted(Comparator.naturalOrder()).map(TripleAimDimension::name).toList(),
                priority.rationale(), view.themeName().orElse(null),
                new Owner(priority.owner().toString(), view.ownerName()), priority.status().name(),
                priority.statusSince(),
                priority.statusSteps().stream().map(step -> new Step(step.status().name(), step.on())).toList(),
                priority.history().stream().map(event -> new Event(event.at(), event.kind().name(), event.detail()))
                        .toList());
    }
}
