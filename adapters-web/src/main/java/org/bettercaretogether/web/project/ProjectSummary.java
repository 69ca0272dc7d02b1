package org.bettercaretogether.web.project;

import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.project.ProjectEntry;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.ProjectDetails;
import org.bettercaretogether.domain.project.ProjectStatus;
import org.bettercaretogether.domain.project.Session;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.MeetingTimes;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A project as the public pages show it, in words: where and when it meets, what it costs, the communities it serves,
 * the day it was last checked and whether that is twelve months or more ago. Nothing of who suggested it.
 */
public record ProjectSummary(String id, String href, String name, String offer, String forWhom, String category,
                             String organiser, String organiserKind, List<String> communities, String where,
                             List<String> access, String accessNotes, boolean online, List<String> when,
                             String timesNote, String joinBy, String joinDetails, String cost, boolean free,
                             String lastChecked, boolean dueForCheck, boolean closed) {

    static final String PAGES = "/projects";

    public ProjectSummary {
        communities = List.copyOf(communities);
        access = List.copyOf(access);
        when = List.copyOf(when);
    }

    /** The project of {@code entry}, its communities named from {@code communityNames}. */
    static ProjectSummary of(ProjectEntry entry, Map<CommunityId, String> communityNames) {
        CommunityProject project = entry.project();
        ProjectDetails details = project.details();
        return new ProjectSummary(project.id().toString(), PAGES + "/" + project.id(), details.name(), details.offer(),
                details.forWhom(), details.category().title(), details.organiser().name(),
                details.organiser().kind().title(),
                details.communities().stream().map(id -> communityNames.getOrDefault(id, "")).filter(n -> !n.isEmpty())
                        .sorted().toList(),
                where(details), details.venue().map(venue -> venue.access().stream().sorted()
                        .map(AccessFeature::title).toList()).orElse(List.of()),
                details.venue().flatMap(Venue::accessNotes).orElse(null), details.online(),
                details.sessions().stream().map(ProjectSummary::session).toList(),
                details.timesNote().orElse(null), details.joining().way().title(), details.joining().details(),
                details.cost().free() ? "Free" : details.cost().charge().orElseThrow(), details.cost().free(),
                Formats.date(project.lastChecked()), entry.dueForCheck(), project.status() == ProjectStatus.CLOSED);
    }

    /** The name of every community, by id, to name those a project serves. */
    static Map<CommunityId, String> communityNames(BrowseDirectory directory) {
        return directory.communities().stream().collect(Collectors.toMap(profile -> profile.community().id(),
                profile -> profile.community().name()));
    }

    /** "Castle Street Hall, Castle Street, Kendal, and online"; "Online". */
    static String where(ProjectDetails details) {
        if (details.venue().isEmpty()) {
            return "Online";
        }
        String venue = details.venue().get().name() + ", " + details.venue().get().address();
        return details.online() ? venue + ", and online" : venue;
    }

    /** "Tuesdays, 10am to 11:30am". */
    static String session(Session session) {
        return session.day().getDisplayName(TextStyle.FULL, Locale.UK) + "s, " + MeetingTimes.time(session.starts())
                + " to " + MeetingTimes.time(session.ends());
    }
}
