package org.bettercaretogether.domain.change;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.bettercaretogether.domain.workstream.WorkstreamId;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A decision or change to services that people's views led to — the "we did" of "you said, we did". It belongs to an
 * Integrated Care Community, a workstream, or (with neither) the whole programme; it is linked to the views and
 * themes behind it, and to the consultation it came from, if one did ("you said" in answers to a consultation); its
 * status moves from planned to in progress to made, each step dated, never backwards.
 */
public record ChangeMade(ChangeId id, String title, String description, Optional<CommunityId> community,
                         Optional<WorkstreamId> workstream, ChangeStatus status, LocalDate plannedOn,
                         Optional<LocalDate> startedOn, Optional<LocalDate> madeOn, Set<FeedbackId> views,
                         Set<ThemeId> themes, Optional<ConsultationId> consultation, long version) {

    public ChangeMade {
        Require.present(id, "changeId");
        title = Require.text(title, "title", 200);
        description = Require.text(description, "description", 5_000);
        Require.present(community, "community");
        Require.present(workstream, "workstream");
        Require.present(status, "status");
        Require.present(plannedOn, "plannedOn");
        Require.present(startedOn, "startedOn");
        Require.present(madeOn, "madeOn");
        views = Set.copyOf(Require.present(views, "views"));
        themes = Set.copyOf(Require.present(themes, "themes"));
        Require.present(consultation, "consultation");
        Require.version(version);
        if (community.isPresent() && workstream.isPresent()) {
            throw new InvalidValueException("workstream", "must not be given with a community: a change belongs to one, or to neither for the whole programme");
        }
        if (startedOn.isPresent() != (status != ChangeStatus.PLANNED)) {
            throw new InvalidValueException("startedOn", "is given once, and only once, a change is in progress");
        }
        if (madeOn.isPresent() != (status == ChangeStatus.MADE)) {
            throw new InvalidValueException("madeOn", "is given once, and only once, a change is made");
        }
        if (startedOn.isPresent() && startedOn.get().isBefore(plannedOn)) {
            throw new InvalidValueException("startedOn", "must not be before the day it was planned");
        }
        if (madeOn.isPresent() && madeOn.get().isBefore(startedOn.orElseThrow())) {
            throw new InvalidValueException("madeOn", "must not be before the day it started");
        }
    }

    /** A change just planned. */
    public static ChangeMade planned(ChangeId id, String title, String description, Optional<CommunityId> community,
                                     Optional<WorkstreamId> workstream, LocalDate plannedOn, Set<FeedbackId> views,
                                     Set<ThemeId> themes) {
        return new ChangeMade(id, title, description, community, workstream, ChangeStatus.PLANNED, plannedOn,
                Optional.empty(), Optional.empty(), views, themes, Optional.empty(), 0);
    }

    /** Moves the change on to {@code next}, on {@code day}; a change made in one step starts and ends that day. */
    public ChangeMade advance(ChangeStatus next, LocalDate day) {
        if (next.ordinal() <= status.ordinal()) {
            throw new StateConflictException("A change that is " + status.title().toLowerCase()
                    + " cannot become " + next.title().toLowerCase() + ".");
        }
        Optional<LocalDate> started = startedOn.or(() -> Optional.of(day));
        Optional<LocalDate> made = next == ChangeStatus.MADE ? Optional.of(day) : Optional.empty();
        return new ChangeMade(id, title, description, community, workstream, next, plannedOn, started, made, views,
                themes, consultation, version);
    }

    /** The same change with its wording, place and links revised; its status and dates stay. */
    public ChangeMade revise(String newTitle, String newDescription, Optional<CommunityId> newCommunity,
                             Optional<WorkstreamId> newWorkstream, Set<FeedbackId> newViews, Set<ThemeId> newThemes) {
        return new ChangeMade(id, newTitle, newDescription, newCommunity, newWorkstream, status, plannedOn, startedOn,
                madeOn, newViews, newThemes, consultation, version);
    }

    public ChangeMade withVersion(long newVersion) {
        return new ChangeMade(id, title, description, community, workstream, status, plannedOn, startedOn, madeOn,
                views, themes, consultation, newVersion);
    }

    /** The same change, said to have come from the answers to {@code cameFrom} (or, when empty, from no consultation). */
    public ChangeMade cameFrom(Optional<ConsultationId> cameFrom) {
        return new ChangeMade(id, title, description, community, workstream, status, plannedOn, startedOn, madeOn,
                views, themes, cameFrom, version);
    }
}
