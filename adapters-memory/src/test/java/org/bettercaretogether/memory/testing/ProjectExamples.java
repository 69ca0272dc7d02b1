package org.bettercaretogether.memory.testing;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.project.Cost;
import org.bettercaretogether.domain.project.JoiningRoute;
import org.bettercaretogether.domain.project.Organiser;
import org.bettercaretogether.domain.project.ProjectCategory;
import org.bettercaretogether.domain.project.ProjectDetails;
import org.bettercaretogether.domain.project.Session;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Community projects for tests, built from a few choices: its name, category, communities, the day it meets and what
 * it costs. Everything else is a plausible default: a step-free town hall, also online, 10:00 to 11:30, by contact.
 *
 * <pre>{@code
 * ProjectDetails falls = ProjectExamples.project("Steady Steps").category(FALLS_PREVENTION).in(kendal).details();
 * }</pre>
 */
public final class ProjectExamples {

    private final String name;
    private ProjectCategory category = ProjectCategory.OTHER;
    private Set<CommunityId> communities = Set.of();
    private DayOfWeek day = DayOfWeek.MONDAY;
    private Cost cost = Cost.nothing();

    private ProjectExamples(String name) {
        this.name = name;
    }

    public static ProjectExamples project(String name) {
        return new ProjectExamples(name);
    }

    public ProjectExamples category(ProjectCategory chosen) {
        this.category = chosen;
        return this;
    }

    public ProjectExamples in(CommunityId... serving) {
        this.communities = Set.of(serving);
        return this;
    }

    public ProjectExamples on(DayOfWeek meetingDay) {
        this.day = meetingDay;
        return this;
    }

    public ProjectExamples costing(Cost charged) {
        this.cost = charged;
        return this;
    }

    public ProjectDetails details() {
        return new ProjectDetails(name, "What " + name + " offers.", "Anyone who would like to come.", category,
                new Organiser(Organiser.Kind.COMMUNITY_GROUP, "Neighbours Together"), communities,
                Optional.of(new Venue("Town Hall", "Highgate, Kendal", Set.of(AccessFeature.STEP_FREE,
                        AccessFeature.HEARING_LOOP), Optional.of("Use the side door."))), true,
                List.of(new Session(day, LocalTime.of(10, 0), LocalTime.of(11, 30))),
                Optional.of("Not in August."), new JoiningRoute(JoiningRoute.Way.CONTACT, "Call 01539 000000."),
                cost);
    }
}
