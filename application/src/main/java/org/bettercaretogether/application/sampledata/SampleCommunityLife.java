package org.bettercaretogether.application.sampledata;

import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.meeting.Registrations;
import org.bettercaretogether.application.priority.Priorities;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.team.Teams;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingHost;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.MeetingStatus;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.RegistrationId;
import org.bettercaretogether.domain.meeting.RegistrationStatus;
import org.bettercaretogether.domain.meeting.SeatPlan;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.domain.priority.StatusStep;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.team.IntegratedTeam;
import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.domain.team.TeamRole;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.bettercaretogether.domain.workstream.Workstream;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The life of the sample's communities: each community's ranked local priorities and the make-up of its integrated
 * team, and the public meetings held by the communities and for the workstreams over the last three years and the
 * weeks ahead, with the people registered for the recent and coming ones. Everything is built with the domain's own
 * steps (a priority added then moved on, a meeting scheduled then recorded afterwards or cancelled, places given by
 * the seat plan) and stored through the repositories, so their rules hold.
 */
final class SampleCommunityLife {

    /** What the sample made: how many of each. */
    record Made(int priorities, int teams, int meetings, int registrations) {
    }

    /** An idea for a local priority, with the theme and the parts of the triple aim it serves. */
    private record PriorityIdea(String title, String description, String rationale, String theme,
                                Set<TripleAimDimension> serves) {
    }

    private static final List<PriorityIdea> PRIORITY_IDEAS = List.of(
            new PriorityIdea("Support for people living with frailty",
                    "Find the people who are becoming frail early, and plan their care with them and their families so "
                            + "they can stay well at home.",
                    "Many emergency admissions in {area} are of older people whose needs could have been met sooner.",
                    "Care closer to home", EnumSet.of(TripleAimDimension.POPULATION_HEALTH, TripleAimDimension.QUALITY_OF_CARE)),
            new PriorityIdea("Preventing falls",
                    "Strength and balance classes, home checks and quick help after a fall.",
                    "Falls are the most common reason older people in {area} are taken to hospital.",
                    "Care closer to home", EnumSet.of(TripleAimDimension.POPULATION_HEALTH, TripleAimDimension.COST)),
            new PriorityIdea("Children's emotional wellbeing",
                    "Support in schools and in the community for children and young people who are struggling.",
                    "Families in {area} told us that help for young people came too late.",
                    "Mental health and wellbeing", EnumSet.of(TripleAimDimension.POPULATION_HEALTH)),
            new PriorityIdea("Social prescribing and community groups",
                    "Link people with local groups and activities that help them stay well and connected.",
                    "Loneliness and isolation came up again and again at meetings in {area}.",
                    "Mental health and wellbeing", EnumSet.of(TripleAimDimension.POPULATION_HEALTH, TripleAimDimension.COST)),
            new PriorityIdea("Breathing problems through the winter",
                    "Plans for people with lung conditions so that a bad winter does not mean a hospital stay.",
                    "Admissions for breathing problems rise sharply in {area} every winter.",
                    "Care closer to home", EnumSet.of(TripleAimDimension.QUALITY_OF_CARE, TripleAimDimension.COST)),
            new PriorityIdea("Diabetes care in the community",
                    "Checks, education and foot care for people with diabetes at their own practice.",
                    "Too many people in {area} travel to hospital for care that a practice team could give.",
                    "Access to services and appointments", EnumSet.of(TripleAimDimension.QUALITY_OF_CARE)),
            new PriorityIdea("Support for unpaid carers",
                    "Find the people caring for a relative or friend, and offer them advice, breaks and a named contact.",
                    "Carers in {area} said they feel forgotten by services.",
                    "Joined-up care between organisations", EnumSet.of(TripleAimDimension.POPULATION_HEALTH, TripleAimDimension.STAFF_WELLBEING)),
            new PriorityIdea("End of life care at home",
                    "Help people spend their last days where they choose, with the right support around them.",
                    "Most people in {area} say they would prefer to die at home, yet many die in hospital.",
                    "Care closer to home", EnumSet.of(TripleAimDimension.QUALITY_OF_CARE)),
            new PriorityIdea("Getting to appointments",
                    "Work with transport providers and volunteers so that people can reach the care they need.",
                    "Rural villages in {area} have few buses, and many older people no longer drive.",
                    "Travel and transport", EnumSet.of(TripleAimDimension.POPULATION_HEALTH)),
            new PriorityIdea("One shared care record",
                    "Let everyone caring for a person see the same up-to-date plan, with the person's agreement.",
                    "People in {area} are tired of telling their story again to every professional they meet.",
                    "Joined-up care between organisations", EnumSet.of(TripleAimDimension.QUALITY_OF_CARE, TripleAimDimension.COST)),
            new PriorityIdea("Recruiting and keeping local staff",
                    "Training places, rotations and support that make {area} a place health and care staff want to stay.",
                    "Vacancies in community nursing and care work are hard to fill in {area}.",
                    "Staffing and workforce", EnumSet.of(TripleAimDimension.STAFF_WELLBEING)),
            new PriorityIdea("Shorter waits for physiotherapy",
                    "More physiotherapy in community clinics, with self-referral for common problems.",
                    "Waits for physiotherapy in {area} are longer than people can manage without help.",
                    "Waiting times", EnumSet.of(TripleAimDimension.QUALITY_OF_CARE, TripleAimDimension.COST)));

    private static final List<String> VENUE_KINDS = List.of("Library", "Community Centre", "Methodist Church Hall",
            "Town Hall", "Health Centre", "Leisure Centre");
    private static final List<String> STREETS = List.of("Market Street", "Station Road", "Church Street", "Main Street",
            "Highgate", "Queen Street", "Victoria Road");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final SampleKeys keys;
    private final Priorities priorities;
    private final Teams teams;
    private final Meetings meetings;
    private final Registrations registrations;

    SampleCommunityLife(SampleKeys keys, Priorities priorities, Teams teams, Meetings meetings,
                        Registrations registrations) {
        this.keys = keys;
        this.priorities = priorities;
        this.teams = teams;
        this.meetings = meetings;
        this.registrations = registrations;
    }

    /**
     * Makes the communities' priorities and teams where none are recorded yet, and the meetings of every community
     * and workstream.
     */
    Made make(List<IntegratedCareCommunity> communities, List<Workstream> workstreams, List<Theme> themes,
              List<Profession> professions, Map<IntegratedCareCommunity, AreaPartners> partnersOf, Instant now) {
        int priorityCount = 0;
        int teamCount = 0;
        for (int c = 0; c < communities.size(); c++) {
            IntegratedCareCommunity community = communities.get(c);
            AreaPartners area = partnersOf.get(community);
            if (priorities.ofCommunity(community.id()).isEmpty()) {
                priorityCount += addPriorities(c, community, area, themes, now);
            }
            if (teams.find(community.id()).map(IntegratedTeam::roles).map(List::isEmpty).orElse(true)) {
                teamCount += describeTeam(c, community, area, professions, now) ? 1 : 0;
            }
        }
        int meetingCount = 0;
        int registrationCount = 0;
        List<MeetingHost> hosts = new ArrayList<>();
        Map<MeetingHost, String> hostNames = new LinkedHashMap<>();
        Map<MeetingHost, String> hostTowns = new LinkedHashMap<>();
        for (IntegratedCareCommunity community : communities) {
            MeetingHost host = new MeetingHost.Community(community.id());
            hosts.add(host);
            hostNames.put(host, community.name());
            hostTowns.put(host, community.coverage().towns().getFirst());
        }
        for (int w = 0; w < workstreams.size(); w++) {
            MeetingHost host = new MeetingHost.Workstream(workstreams.get(w).id());
            hosts.add(host);
            hostNames.put(host, workstreams.get(w).name());
            hostTowns.put(host, List.of("Lancaster", "Kendal", "Barrow-in-Furness").get(w % 3));
        }
        int number = 0;
        for (MeetingHost host : hosts) {
            boolean community = host instanceof MeetingHost.Community;
            // Communities meet every three months or so, the review's workstreams twice a year; each has one ahead.
            int past = community ? 12 : 6;
            Duration every = Duration.ofDays(community ? 91 : 182);
            for (int k = past; k >= 0; k--) {
                SplittableRandom random = keys.random("meeting", number);
                Instant around = k > 0
                        ? now.minus(every.multipliedBy(k)).plus(Duration.ofDays(5 + random.nextInt(40)))
                        : now.plus(Duration.ofDays(7 + random.nextInt(49)));
                Meeting stored = meetings.add(meeting(keys.id("meeting", number), random, host, hostNames.get(host),
                        hostTowns.get(host), around, now));
                meetingCount++;
                // Registrations are kept for the meetings of the last three months and those ahead.
                if (stored.startsAt().isAfter(now.minus(Duration.ofDays(92)))) {
                    registrationCount += register(number, random, stored, now);
                }
                number++;
            }
        }
        return new Made(priorityCount, teamCount, meetingCount, registrationCount);
    }

    /** The partners of a community's area: who owns its priorities and employs its team. */
    record AreaPartners(PartnerId communityCare, PartnerId primaryCare, PartnerId hospital, Optional<PartnerId> council) {
    }

    private int addPriorities(int c, IntegratedCareCommunity community, AreaPartners area, List<Theme> themes,
                              Instant now) {
        SplittableRandom random = keys.random("priorities", c);
        List<PriorityIdea> ideas = new ArrayList<>(PRIORITY_IDEAS);
        int count = 3 + random.nextInt(3);
        String place = "the " + community.name() + " area";
        for (int rank = 1; rank <= count; rank++) {
            PriorityIdea idea = ideas.remove(random.nextInt(ideas.size()));
            LocalDate proposed = UkTime.dayOf(now).minusDays(200 + random.nextInt(700));
            Instant at = UkTime.startOf(proposed).plus(Duration.ofHours(10));
            Optional<ThemeId> theme = themes.stream().filter(t -> t.name().equalsIgnoreCase(idea.theme()))
                    .map(Theme::id).findFirst();
            PartnerId owner = switch (random.nextInt(3)) {
                case 0 -> area.primaryCare();
                case 1 -> area.hospital();
                default -> area.communityCare();
            };
            LocalPriority priority = LocalPriority.add(new PriorityId(keys.id("priority", c * 100L + rank)),
                    community.id(), rank, idea.title(), idea.description().replace("{area}", place), idea.serves(),
                    idea.rationale().replace("{area}", place), theme, owner,
                    new StatusStep(PriorityStatus.PROPOSED, proposed), at);
            // Each later step comes some weeks after the one before, and never after today.
            List<PriorityStatus> path = switch (random.nextInt(6)) {
                case 0 -> List.of();
                case 1 -> List.of(PriorityStatus.AGREED);
                case 2, 3 -> List.of(PriorityStatus.AGREED, PriorityStatus.IN_PROGRESS);
                case 4 -> List.of(PriorityStatus.AGREED, PriorityStatus.IN_PROGRESS, PriorityStatus.ACHIEVED);
                default -> List.of(PriorityStatus.AGREED, PriorityStatus.DROPPED);
            };
            LocalDate day = proposed;
            for (PriorityStatus next : path) {
                LocalDate later = day.plusDays(20 + random.nextInt(90));
                if (!later.isBefore(UkTime.dayOf(now))) {
                    break;
                }
                day = later;
                priority = priority.moveTo(next, day, UkTime.startOf(day).plus(Duration.ofHours(11)));
            }
            priorities.add(priority);
        }
        return count;
    }

    private boolean describeTeam(int c, IntegratedCareCommunity community, AreaPartners area,
                                 List<Profession> professions, Instant now) {
        SplittableRandom random = keys.random("team", c);
        List<TeamRole> roles = new ArrayList<>();
        for (Profession profession : professions) {
            if (!profession.inUse() || random.nextInt(100) < 25) {
                continue;
            }
            String name = profession.name().toLowerCase(Locale.ROOT);
            PartnerId employer = name.contains("gp") || name.contains("pharmacist") || name.contains("navigator")
                    ? area.primaryCare()
                    : name.contains("social worker") ? area.council().orElse(area.communityCare())
                    : area.communityCare();
            int headcount = 1 + random.nextInt(name.contains("nurse") ? 18 : 6);
            BigDecimal wte = BigDecimal.valueOf(Math.max(50, headcount * (60 + random.nextInt(40))), 2);
            roles.add(new TeamRole(profession.id(), employer, Optional.of(headcount),
                    random.nextInt(100) < 70 ? Optional.of(wte) : Optional.empty()));
        }
        if (roles.isEmpty()) {
            return false;
        }
        LocalDate asOf = UkTime.dayOf(now).minusDays(random.nextInt(120)).withDayOfMonth(1);
        IntegratedTeam current = teams.find(community.id()).orElse(IntegratedTeam.undescribed(community.id()));
        return teams.save(new IntegratedTeam(community.id(), roles, Optional.of(asOf), current.version())).isPresent();
    }

    private static Meeting meeting(UUID id, SplittableRandom random, MeetingHost host, String hostName,
                                   String town, Instant around, Instant now) {
        LocalDate day = UkTime.dayOf(around);
        while (day.getDayOfWeek().getValue() >= 6) {
            day = day.plusDays(1);
        }
        boolean evening = random.nextInt(100) < 65;
        Instant starts = day.atTime(evening ? LocalTime.of(18, 30) : LocalTime.of(10, 0)).atZone(UkTime.ZONE).toInstant();
        Instant ends = starts.plus(Duration.ofMinutes(evening ? 90 : 120));
        boolean online = random.nextInt(100) < 20;
        boolean both = !online && random.nextInt(100) < 15;
        Optional<Venue> venue = online ? Optional.empty() : Optional.of(new Venue(
                town + " " + SampleWords.pick(random, VENUE_KINDS),
                (1 + random.nextInt(80)) + " " + SampleWords.pick(random, STREETS) + ", " + town,
                accessFeatures(random),
                random.nextInt(100) < 40 ? Optional.of("The entrance is at the side of the building; ask at reception "
                        + "if you need help.") : Optional.empty()));
        Optional<URI> link = online || both ? Optional.of(URI.create("https://meet.example.org/bct-"
                + id.toString().substring(0, 8))) : Optional.empty();
        boolean community = host instanceof MeetingHost.Community;
        String month = MONTH.format(day);
        String title = community ? hostName + " community conversation, " + month
                : hostName + ": public listening event, " + month;
        String purpose = community
                ? "Hear how the " + hostName + " Integrated Care Community is getting on with its priorities, meet the "
                + "people in its team, and tell us what matters most to you about health and care locally."
                : "The review of " + hostName.toLowerCase(Locale.UK) + " wants to hear from patients, families and "
                + "staff: what works well now, what should change, and what any change would mean for you.";
        int capacity = online ? 100 : 20 + 10 * random.nextInt(6);
        Meeting meeting = Meeting.schedule(new MeetingId(id), host, title, purpose, starts, ends, venue, link, capacity);
        if (random.nextInt(100) < 6) {
            Instant decided = starts.minus(Duration.ofDays(2 + random.nextInt(10)));
            if (decided.isBefore(now)) {
                return meeting.cancel(SampleWords.pick(random, List.of(
                        "The venue is closed because of flooding; a new date will be announced.",
                        "Cancelled because of severe weather; we are sorry for the short notice.",
                        "Moved to a later date so that it does not clash with the council's consultation event.")),
                        decided);
            }
        }
        if (!ends.isAfter(now)) {
            int came = Math.max(3, capacity * (30 + random.nextInt(60)) / 100);
            return meeting.recordAfterwards(came, came + " people came. " + SampleWords.pick(random, List.of(
                    "Most of the discussion was about getting appointments and about travel to hospital.",
                    "People asked for more care at the health centre and for clearer letters.",
                    "The team explained the priorities, and people added their own ideas for the year ahead.",
                    "Parents talked about maternity care and support for young people.")),
                    ends.plus(Duration.ofDays(1)));
        }
        return meeting;
    }

    private static Set<AccessFeature> accessFeatures(SplittableRandom random) {
        Set<AccessFeature> features = EnumSet.noneOf(AccessFeature.class);
        for (AccessFeature feature : AccessFeature.values()) {
            if (random.nextInt(100) < 70) {
                features.add(feature);
            }
        }
        return features;
    }

    /** People register in turn until past the places, so the fuller meetings keep a waiting list; a few cancel. */
    private int register(int number, SplittableRandom random, Meeting meeting, Instant now) {
        if (meeting.status() != MeetingStatus.SCHEDULED) {
            return 0;
        }
        int wanted = meeting.capacity() * (40 + random.nextInt(90)) / 100;
        Instant opened = meeting.startsAt().minus(Duration.ofDays(28));
        Instant until = meeting.startsAt().isBefore(now) ? meeting.startsAt() : now;
        if (!opened.isBefore(until)) {
            return 0;
        }
        long window = Duration.between(opened, until).toSeconds();
        List<Registration> all = new ArrayList<>();
        for (int arrival = 1; arrival <= wanted; arrival++) {
            String first = SamplePeople.firstName(random);
            String last = SamplePeople.surname(random);
            Instant at = opened.plusSeconds(window * arrival / (wanted + 1));
            RegistrationStatus status = random.nextInt(100) < 6 ? RegistrationStatus.CANCELLED : RegistrationStatus.WAITING;
            all.add(new Registration(new RegistrationId(keys.id("registration", number * 1000L + arrival)),
                    meeting.id(), first + " " + last, SamplePeople.email(random, first, last),
                    random.nextInt(100) < 75 ? 1 : 2 + random.nextInt(2),
                    random.nextInt(100) < 12 ? Optional.of(SampleWords.pick(random, List.of(
                            "I use a wheelchair.", "I need a hearing loop.", "I will come with my carer.",
                            "Large print papers, please."))) : Optional.empty(),
                    status, at, arrival, Secrets.sha256(
                    SampleKeys.token("r", random)), 0));
        }
        // The seat plan decides who has a place and who waits, first come first served.
        Map<RegistrationId, Registration> planned = new LinkedHashMap<>();
        SeatPlan.allocate(meeting.capacity(), all).forEach(seated -> planned.put(seated.id(), seated));
        for (Registration registration : all) {
            registrations.add(planned.getOrDefault(registration.id(), registration));
        }
        return all.size();
    }
}
