package org.bettercaretogether.domain.project;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a community project is, as the public reads it: its name, what it offers and who it is for, its category, who
 * runs it, the Integrated Care Communities whose people it serves, where it meets (a venue with what the venue offers
 * so that everyone can come, online, or both) and when (regular weekly sessions, and a note for anything else, such
 * as "first Tuesday of the month"), how to join and what it costs. Nothing here is personal data: a suggester's
 * details are kept apart ({@link Suggester}).
 */
public record ProjectDetails(String name, String offer, String forWhom, ProjectCategory category, Organiser organiser,
                             Set<CommunityId> communities, Optional<Venue> venue, boolean online,
                             List<Session> sessions, Optional<String> timesNote, JoiningRoute joining, Cost cost) {

    /** The longest name, in characters. */
    public static final int NAME_MAX_LENGTH = 120;

    /** The longest description of what a project offers, and of who it is for, in characters. */
    public static final int TEXT_MAX_LENGTH = 2_000;

    /** The most weekly sessions one project lists. */
    public static final int MOST_SESSIONS = 7;

    public ProjectDetails {
        name = Require.text(name, "name", NAME_MAX_LENGTH);
        offer = Require.text(offer, "offer", TEXT_MAX_LENGTH);
        forWhom = Require.text(forWhom, "forWhom", TEXT_MAX_LENGTH);
        Require.present(category, "category");
        Require.present(organiser, "organiser");
        communities = Set.copyOf(Require.present(communities, "communities"));
        if (communities.isEmpty()) {
            throw new InvalidValueException("communities", "must name at least one Integrated Care Community");
        }
        Require.present(venue, "venue");
        if (venue.isEmpty() && !online) {
            throw new InvalidValueException("venue", "must be given unless the project meets online");
        }
        sessions = Require.listOf(sessions, "sessions").stream()
                .sorted(Comparator.comparing(Session::day).thenComparing(Session::starts)).toList();
        if (sessions.size() > MOST_SESSIONS) {
            throw new InvalidValueException("sessions", "must be at most " + MOST_SESSIONS);
        }
        timesNote = Require.present(timesNote, "timesNote").map(note -> Require.text(note, "timesNote", 300));
        if (sessions.isEmpty() && timesNote.isEmpty()) {
            throw new InvalidValueException("sessions", "must say when the project meets");
        }
        Require.present(joining, "joining");
        Require.present(cost, "cost");
    }

    /** Whether one of the project's weekly sessions falls on {@code day}. */
    public boolean meetsOn(DayOfWeek day) {
        return sessions.stream().anyMatch(session -> session.day() == day);
    }
}
