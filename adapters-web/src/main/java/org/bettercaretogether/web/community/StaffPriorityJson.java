package org.bettercaretogether.web.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.bettercaretogether.application.priority.PriorityDetails;
import org.bettercaretogether.domain.priority.LocalPriority;

/**
 * A local priority as the staff API answers it: the community's address (absent once the community has been merged
 * into another), its rank, what it is and why, the dimensions of the triple aim it serves, its theme and owner (id and
 * name), its status with the dated steps that led there, its history, and the {@code version} a change must quote.
 */
public record StaffPriorityJson(String id, long version, String community, int rank, String title,
                                String description, List<String> serves, String rationale, Named theme, Named owner,
                                String status, LocalDate statusSince, List<Step> statusSteps, List<Event> history) {

    public StaffPriorityJson {
        serves = List.copyOf(serves);
        statusSteps = List.copyOf(statusSteps);
        history = List.copyOf(history);
    }

    /** A theme or a partner: its id and name. */
    public record Named(String id, String name) {
    }

    /** A status the priority reached, and the day. */
    public record Step(String status, LocalDate on) {
    }

    /** One change in the priority's history. */
    public record Event(Instant at, String kind, String detail) {
    }

    /** The priority of {@code view}, in the community whose address is {@code community}. */
    static StaffPriorityJson of(PriorityDetails view, String community) {
        LocalPriority priority = view.priority();
        return new StaffPriorityJson(priority.id().toString(), priority.version(), community, priority.rank(),
                priority.title(), priority.description(),
                priority.serves().stream().sorted(Comparator.naturalOrder()).map(Enum::name).toList(),
                priority.rationale(),
                priority.theme().map(id -> new Named(id.toString(), view.themeName().orElse(null))).orElse(null),
                new Named(priority.owner().toString(), view.ownerName()), priority.status().name(),
                priority.statusSince(),
                priority.statusSteps().stream().map(step -> new Step(step.status().name(), step.on())).toList(),
                priority.history().stream().map(event -> new Event(event.at(), event.kind().name(), event.detail()))
                        .toList());
    }
}
