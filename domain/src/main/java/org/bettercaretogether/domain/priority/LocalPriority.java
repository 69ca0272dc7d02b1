package org.bettercaretogether.domain.priority;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One of an Integrated Care Community's local priorities: its place in the community's ranking (1 is first), what it
 * is and why it was chosen, the triple-aim dimensions it serves (at least one), the theme it belongs to (so priorities
 * can be compared across communities), the partner that owns it, and the dated steps of its status. Every change is
 * kept in {@link #history()}.
 */
public record LocalPriority(PriorityId id, CommunityId community, int rank, String title, String description,
                            Set<TripleAimDimension> serves, String rationale, Optional<ThemeId> theme, PartnerId owner,
                            List<StatusStep> statusSteps, List<PriorityEvent> history, long version) {

    public LocalPriority {
        Require.present(id, "priorityId");
        Require.present(community, "community");
        Require.positive(rank, "rank");
        title = Require.text(title, "title", 200);
        description = Require.text(description, "description", 5_000);
        serves = Set.copyOf(Require.present(serves, "serves"));
        if (serves.isEmpty()) {
            throw new InvalidValueException("serves", "must name at least one dimension of the triple aim");
        }
        rationale = Require.text(rationale, "rationale", 2_000);
        Require.present(theme, "theme");
        Require.present(owner, "owner");
        statusSteps = Require.listOf(statusSteps, "statusSteps");
        if (statusSteps.isEmpty()) {
            throw new InvalidValueException("statusSteps", "must hold the status the priority started with");
        }
        for (int i = 1; i < statusSteps.size(); i++) {
            if (statusSteps.get(i).on().isBefore(statusSteps.get(i - 1).on())) {
                throw new InvalidValueException("statusOn", "must not be before the day of the status before it");
            }
        }
        history = Require.listOf(history, "history");
        Require.version(version);
    }

    /** A new priority at the given rank, with the status it starts with. */
    public static LocalPriority add(PriorityId id, CommunityId community, int rank, String title, String description,
                                    Set<TripleAimDimension> serves, String rationale, Optional<ThemeId> theme,
                                    PartnerId owner, StatusStep startsAs, Instant at) {
        return new LocalPriority(id, community, rank, title, description, serves, rationale, theme, owner,
                List.of(startsAs), List.of(new PriorityEvent(at, PriorityEvent.Kind.ADDED,
                "Added at rank " + rank + " as " + startsAs.status().title().toLowerCase())), 0);
    }

    public PriorityStatus status() {
        return statusSteps.getLast().status();
    }

    /** The day the current status was reached. */
    public LocalDate statusSince() {
        return statusSteps.getLast().on();
    }

    /** Moves the priority to another status on {@code on}, which may not be before the current status's day. */
    public LocalPriority moveTo(PriorityStatus next, LocalDate on, Instant at) {
        if (next == status()) {
            throw new StateConflictException("The priority is already " + next.title().toLowerCase() + ".");
        }
        List<StatusStep> steps = new ArrayList<>(statusSteps);
        steps.add(new StatusStep(next, on));
        return new LocalPriority(id, community, rank, title, description, serves, rationale, theme, owner, steps,
                appended(new PriorityEvent(at, PriorityEvent.Kind.STATUS, status().title() + " to " + next.title())),
                version);
    }

    /** The same priority with its wording, dimensions, reason, theme and owner revised. */
    public LocalPriority revise(String newTitle, String newDescription, Set<TripleAimDimension> newServes,
                                String newRationale, Optional<ThemeId> newTheme, PartnerId newOwner, Instant at) {
        return new LocalPriority(id, community, rank, newTitle, newDescription, newServes, newRationale, newTheme,
                newOwner, statusSteps, appended(new PriorityEvent(at, PriorityEvent.Kind.REVISED, "Revised")), version);
    }

    /** The same priority at another rank; the move is recorded when the rank changes. */
    public LocalPriority atRank(int newRank, Instant at) {
        if (newRank == rank) {
            return this;
        }
        return new LocalPriority(id, community, newRank, title, description, serves, rationale, theme, owner,
                statusSteps, appended(new PriorityEvent(at, PriorityEvent.Kind.RANKED,
                "Rank " + rank + " to " + newRank)), version);
    }

    public LocalPriority withVersion(long newVersion) {
        return new LocalPriority(id, community, rank, title, description, serves, rationale, theme, owner,
                statusSteps, history, newVersion);
    }

    private List<PriorityEvent> appended(PriorityEvent event) {
        List<PriorityEvent> events = new ArrayList<>(history);
        events.add(event);
        return events;
    }
}
