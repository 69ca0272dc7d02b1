package org.bettercaretogether.application.sampledata;

import org.bettercaretogether.application.project.CommunityProjects;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.Cost;
import org.bettercaretogether.domain.project.JoiningRoute;
import org.bettercaretogether.domain.project.Organiser;
import org.bettercaretogether.domain.project.ProjectCategory;
import org.bettercaretogether.domain.project.ProjectDetails;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.Session;
import org.bettercaretogether.domain.project.Suggester;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Sample community projects: four in each community, of kinds chosen in turn from the list of ideas below, each
 * named after the community's main town and said to be invented in its own words, so that no one mistakes it for a
 * real group. Most were checked lately; one in six was last checked more than a year ago, so the flag shows; and one
 * suggestion per network waits for review. The same seed makes the same projects.
 */
final class SampleProjects {

    /** Said in every sample project's description. */
    static final String MARK = "Sample data: an invented project, shown so that the pages can be tried.";

    private static final int PER_COMMUNITY = 4;

    /** A kind of project: its category, the words of its name and what it offers, and who it is for. */
    private record Idea(ProjectCategory category, String name, String offer, String forWhom,
                        Organiser.Kind runBy, String organiser, JoiningRoute.Way way, boolean free) {
    }

    private static final List<Idea> IDEAS = List.of(
            new Idea(ProjectCategory.FALLS_PREVENTION, "Steady and Strong", "A gentle weekly class of exercises "
                    + "for strength and balance, led by a trained instructor, with a cup of tea after.",
                    "People over 65 who have had a fall, or worry about falling.", Organiser.Kind.PARTNER,
                    "Community Therapy Team", JoiningRoute.Way.REFERRAL, true),
            new Idea(ProjectCategory.WALKING_AND_ACTIVITY, "Walk and Talk", "A led walk of about an hour at an easy "
                    + "pace on level paths, finishing at a cafe.", "Anyone who would like to walk with others; "
                    + "well-behaved dogs welcome.", Organiser.Kind.COMMUNITY_GROUP, "Walking Friends",
                    JoiningRoute.Way.DROP_IN, true),
            new Idea(ProjectCategory.CARERS_SUPPORT, "Carers' Cuppa", "An informal get-together for people who look "
                    + "after a relative or friend, with advice on breaks, benefits and support.",
                    "Unpaid carers of any age.", Organiser.Kind.VOLUNTARY_ORGANISATION, "Carers Support Network",
                    JoiningRoute.Way.DROP_IN, true),
            new Idea(ProjectCategory.LONG_TERM_CONDITIONS, "Living Well with Diabetes", "A six-week course on food, "
                    + "activity, medicines and feet, run with a practice nurse.", "Adults with type 2 diabetes "
                    + "and the people who support them.", Organiser.Kind.PARTNER, "Primary Care Network",
                    JoiningRoute.Way.REFERRAL, true),
            new Idea(ProjectCategory.COMPANY_AND_WELLBEING, "Men's Shed", "A workshop where men share skills, "
                    + "mend things and make things, and talk if they want to.", "Men who would like company and "
                    + "something to do with their hands.", Organiser.Kind.COMMUNITY_GROUP, "Shed Collective",
                    JoiningRoute.Way.CONTACT, false),
            new Idea(ProjectCategory.SOCIAL_PRESCRIBING, "Community Connectors", "A link worker who helps you find "
                    + "groups, advice and activities that suit you, in a few conversations.", "Adults whose health "
                    + "is affected by loneliness, money worries or stress.", Organiser.Kind.PARTNER,
                    "Social Prescribing Service", JoiningRoute.Way.REFERRAL, true),
            new Idea(ProjectCategory.LONG_TERM_CONDITIONS, "Breathe Easy", "A support group with seated exercise "
                    + "and singing for healthier lungs.", "People living with COPD or another lung condition.",
                    Organiser.Kind.VOLUNTARY_ORGANISATION, "Lung Health Group", JoiningRoute.Way.CONTACT, false),
            new Idea(ProjectCategory.COMPANY_AND_WELLBEING, "Memory Cafe", "A relaxed afternoon of music, "
                    + "reminiscence and games.", "People living with dementia and those who care for them.",
                    Organiser.Kind.VOLUNTARY_ORGANISATION, "Memory Friends", JoiningRoute.Way.DROP_IN, true));

    private static final List<String> PLACES = List.of("Library", "Community Centre", "Methodist Church Hall",
            "Leisure Centre", "Health Centre");

    private final SampleKeys keys;
    private final CommunityProjects projects;

    SampleProjects(SampleKeys keys, CommunityProjects projects) {
        this.keys = keys;
        this.projects = projects;
    }

    /** Stores the sample projects of {@code communities}; answers how many it stored. */
    int make(List<IntegratedCareCommunity> communities, Instant now) {
        int made = 0;
        for (int c = 0; c < communities.size(); c++) {
            IntegratedCareCommunity community = communities.get(c);
            for (int p = 0; p < PER_COMMUNITY; p++) {
                long number = (long) c * PER_COMMUNITY + p;
                SplittableRandom random = keys.random("project", number);
                // Falls prevention comes first everywhere: every community has a class to find.
                Idea idea = IDEAS.get(p == 0 ? 0 : 1 + (c + p * 3) % (IDEAS.size() - 1));
                ProjectDetails details = details(community, idea, random);
                ProjectId id = new ProjectId(keys.id("project", number));
                CommunityProject project = p == PER_COMMUNITY - 1 && c % 4 == 0
                        ? CommunityProject.suggested(id, details, Suggester.anonymous(), now.minus(Duration.ofDays(3)))
                        : CommunityProject.listed(id, details, now.minus(Duration.ofDays(checkedDaysAgo(number,
                        random))));
                projects.add(project);
                made++;
            }
        }
        return made;
    }

    /** Most were checked in the last few months; one in six more than a year ago. */
    private static int checkedDaysAgo(long number, SplittableRandom random) {
        return number % 6 == 5 ? 380 + random.nextInt(200) : random.nextInt(200);
    }

    private static ProjectDetails details(IntegratedCareCommunity community, Idea idea, SplittableRandom random) {
        String town = community.coverage().towns().isEmpty() ? community.name()
                : community.coverage().towns().getFirst();
        boolean online = idea.category() == ProjectCategory.LONG_TERM_CONDITIONS && random.nextBoolean();
        Set<AccessFeature> access = random.nextInt(4) == 0 ? Set.of(AccessFeature.STEP_FREE)
                : Set.of(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP, AccessFeature.PUBLIC_TRANSPORT);
        Venue venue = new Venue(town + " " + PLACES.get(random.nextInt(PLACES.size())),
                (1 + random.nextInt(80)) + " Market Street, " + town, access, Optional.empty());
        LocalTime starts = LocalTime.of(9 + random.nextInt(6), random.nextBoolean() ? 0 : 30);
        Session session = new Session(DayOfWeek.of(1 + random.nextInt(5)), starts, starts.plusMinutes(90));
        String joining = switch (idea.way()) {
            case DROP_IN -> "Come along at the start; there is no need to book.";
            case REFERRAL -> "Ask your GP practice, nurse or therapist to refer you.";
            case CONTACT -> "Ring the organisers on the number at the venue, or ask at reception.";
        };
        return new ProjectDetails(idea.name() + " " + town, idea.offer() + " " + MARK, idea.forWhom(),
                idea.category(), new Organiser(idea.runBy(), town + " " + idea.organiser()), Set.of(community.id()),
                Optional.of(venue), online, List.of(session), Optional.empty(),
                new JoiningRoute(idea.way(), joining), idea.free() ? Cost.nothing() : Cost.of("£2 a session"));
    }
}
