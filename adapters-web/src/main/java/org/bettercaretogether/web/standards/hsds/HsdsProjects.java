package org.bettercaretogether.web.standards.hsds;

import org.bettercaretogether.application.project.BrowseProjects;
import org.bettercaretogether.application.project.ProjectEntry;
import org.bettercaretogether.application.project.ProjectSearch;
import org.bettercaretogether.application.shared.PageRequest;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.ProjectDetails;
import org.bettercaretogether.domain.project.Session;
import org.bettercaretogether.web.platform.MeetingTimes;
import org.bettercaretogether.web.standards.DerivedIds;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The listed community projects as HSDS services: each given by the organization of the first community it serves
 * (by id), at its venue (a physical location with the venue's address and access in words) and online (a virtual
 * location) where it meets so, with one weekly schedule for each of its sessions. Read a page at a time, up to
 * {@link #MOST} projects, so that one request never reads an unbounded list.
 */
final class HsdsProjects {

    /** The most projects the directory publishes. */
    static final int MOST = 2_000;

    private HsdsProjects() {
    }

    /** The listed projects as services, those of the first page first. */
    static List<HsdsService> services(BrowseProjects projects, String origin) {
        List<HsdsService> services = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            PageRequest.Page<ProjectEntry> page = projects.find(ProjectSearch.everything(), cursor,
                    BrowseProjects.MOST_PER_PAGE).orElseThrow();
            page.items().forEach(entry -> services.add(service(entry.project(), origin)));
            cursor = page.next();
        } while (cursor.isPresent() && services.size() < MOST);
        return services;
    }

    /** The community whose organization gives the service of {@code project}. */
    static CommunityId givenBy(CommunityProject project) {
        return project.details().communities().stream().min(Comparator.comparing(CommunityId::value)).orElseThrow();
    }

    private static HsdsService service(CommunityProject project, String origin) {
        ProjectDetails details = project.details();
        UUID serviceId = DerivedIds.of("service", project.id().value(), "community project");
        String organization = givenBy(project).toString();
        List<HsdsService.AtLocation> locations = new ArrayList<>();
        details.venue().ifPresent(venue -> locations.add(at(serviceId, location(project, venue, organization))));
        if (details.online()) {
            locations.add(at(serviceId, new HsdsService.Location(DerivedIds.of("location", project.id().value(),
                    "online").toString(), "virtual", organization, "Online", "The project also meets online.")));
        }
        List<HsdsService.Schedule> schedules = new ArrayList<>();
        for (Session session : details.sessions()) {
            schedules.add(new HsdsService.Schedule(DerivedIds.of("schedule", project.id().value(),
                    session.day() + " " + session.starts()).toString(), serviceId.toString(), "WEEKLY", "MO",
                    session.day().getDisplayName(TextStyle.SHORT, Locale.UK).substring(0, 2).toUpperCase(Locale.ROOT),
                    session.starts().toString(), session.ends().toString(),
                    "Every " + session.day().getDisplayName(TextStyle.FULL, Locale.UK) + ", "
                            + MeetingTimes.time(session.starts()) + " to " + MeetingTimes.time(session.ends())));
        }
        details.timesNote().ifPresent(note -> schedules.add(new HsdsService.Schedule(DerivedIds.of("schedule",
                project.id().value(), "note").toString(), serviceId.toString(), null, null, null, null, null, note)));
        String cost = details.cost().free() ? "Free." : "Cost: " + details.cost().charge().orElseThrow() + ".";
        return new HsdsService(serviceId.toString(), organization, details.name(),
                details.offer() + " For: " + details.forWhom() + " " + cost + " How to join: "
                        + details.joining().details() + " Run by " + details.organiser().name() + ".",
                origin + "/projects/" + project.id(), HsdsService.ACTIVE, null, List.copyOf(locations),
                List.copyOf(schedules), null);
    }

    private static HsdsService.Location location(CommunityProject project, Venue venue, String organization) {
        List<String> access = venue.access().stream().sorted().map(AccessFeature::title).toList();
        String description = venue.address() + (access.isEmpty() ? "" : ". " + String.join(", ", access))
                + venue.accessNotes().map(notes -> ". " + notes).orElse("") + ".";
        return new HsdsService.Location(DerivedIds.of("location", project.id().value(), "venue").toString(),
                "physical", organization, venue.name(), description);
    }

    private static HsdsService.AtLocation at(UUID serviceId, HsdsService.Location location) {
        return new HsdsService.AtLocation(DerivedIds.of("service at location", serviceId,
                location.id()).toString(), serviceId.toString(), location.id(), location);
    }
}
