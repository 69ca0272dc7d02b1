package org.bettercaretogether.application.change;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.change.ChangeStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * Engagement officers and administrators record changes made and move them on. Whenever a view is newly linked to a
 * change, and whenever a linked change is made, the person who gave the view is told, if they asked.
 */
public interface RecordChangeMade {

    Outcome<List<ChangeSummary>> changes(Actor actor);

    Outcome<ChangeSummary> change(Actor actor, ChangeId id);

    /** Plans a change, dated today (Europe/London). Unknown communities, workstreams, views or themes are refused. */
    Outcome<ChangeSummary> plan(Actor actor, ChangeDraft draft);

    Outcome<ChangeSummary> revise(Actor actor, ChangeId id, long version, ChangeDraft draft);

    /** Moves a change on to {@code status} on {@code day}; never backwards. */
    Outcome<ChangeSummary> advance(Actor actor, ChangeId id, long version, ChangeStatus status, LocalDate day);
}
