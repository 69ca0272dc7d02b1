package org.bettercaretogether.web.project;

import org.bettercaretogether.application.project.ProjectEntry;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.ProjectDetails;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A community project in the public API: what it offers and for whom, its category (by key and title), who runs it,
 * the communities it serves (by slug), its venue and access, whether it meets online, its weekly sessions (ISO day and
 * UK times), how to join, its cost, the day it was last checked and whether a check is due, and whether it has closed.
 * Nothing of who suggested it.
 */
public record ProjectJson(String id, String name, String offer, String forWhom, Category category,
                          Organiser organiser, List<String> communities, VenueJson venue, boolean online,
                          List<SessionJson> sessions, String timesNote, Joining joining, CostJson cost,
                          LocalDate lastChecked, boolean dueForCheck, String status, Links links) {

    static final String API = "/api/v1/projects";

    public record Category(String key, String title) {
    }

    public record Organiser(String kind, String name) {
    }

    public record VenueJson(String name, String address, List<String> access, String accessNotes) {
    }

    public record SessionJson(String day, String starts, String ends) {
    }

    public record Joining(String by, String details) {
    }

    public record CostJson(boolean free, String charge) {
    }

    public record Links(String self, String html) {
    }

    static ProjectJson of(ProjectEntry entry, Map<CommunityId, String> communitySlugs) {
        CommunityProject project = entry.project();
        ProjectDetails details = project.details();
        return new ProjectJson(project.id().toString(), details.name(), details.offer(), details.forWhom(),
                new Category(details.category().key(), details.category().title()),
                new Organiser(details.organiser().kind().name(), details.organiser().name()),
                details.communities().stream().map(id -> communitySlugs.get(id)).filter(slug -> slug != null)
                        .sorted().toList(),
                details.venue().map(ProjectJson::venue).orElse(null), details.online(),
                details.sessions().stream().map(session -> new SessionJson(session.day().name(),
                        session.starts().toString(), session.ends().toString())).toList(),
                details.timesNote().orElse(null),
                new Joining(details.joining().way().name(), details.joining().details()),
                new CostJson(details.cost().free(), details.cost().charge().orElse(null)), project.lastChecked(),
                entry.dueForCheck(), project.status().name(),
                new Links(API + "/" + project.id(), ProjectSummary.PAGES + "/" + project.id()));
    }

    private static VenueJson venue(Venue venue) {
        return new VenueJson(venue.name(), venue.address(), venue.access().stream()
                .sorted(Comparator.naturalOrder()).map(AccessFeature::name).toList(),
                venue.accessNotes().orElse(null));
    }
}
