package org.bettercaretogether.application.sampledata;

import jakarta.inject.Inject;
import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.consultation.ConsultationResponses;
import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.application.feedback.FeedbackSettings;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.meeting.Registrations;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.priority.Priorities;
import org.bettercaretogether.application.project.CommunityProjects;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.staff.ApiTokens;
import org.bettercaretogether.application.staff.PasswordHasher;
import org.bettercaretogether.application.staff.SecondFactors;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.application.team.Professions;
import org.bettercaretogether.application.team.Teams;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingHost;
import org.bettercaretogether.domain.meeting.MeetingStatus;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.domain.workstream.Workstream;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.bettercaretogether.application.referencedata.MorecambeBay.CLINICAL_COMMISSIONING_GROUP;
import static org.bettercaretogether.application.referencedata.MorecambeBay.CUMBRIA_PARTNERSHIP;
import static org.bettercaretogether.application.referencedata.MorecambeBay.FURNESS;
import static org.bettercaretogether.application.referencedata.MorecambeBay.LANCASHIRE_CARE;
import static org.bettercaretogether.application.referencedata.MorecambeBay.LANCASHIRE_COUNTY_COUNCIL;
import static org.bettercaretogether.application.referencedata.MorecambeBay.NORTH_LANCASHIRE_MEDICAL_SERVICES;
import static org.bettercaretogether.application.referencedata.MorecambeBay.NORTH_WEST_AMBULANCE_SERVICE;
import static org.bettercaretogether.application.referencedata.MorecambeBay.SOUTH_CUMBRIA_PRIMARY_CARE_COLLABORATIVE;
import static org.bettercaretogether.application.referencedata.MorecambeBay.SOUTH_LAKES;
import static org.bettercaretogether.application.referencedata.MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY;

/**
 * Loads a sample programme into the database, in one transaction: the sample staff (or those a previous load made),
 * then — the first time — the communities' priorities, teams and meetings, the changes made, the community
 * projects and the workstreams' consultations, then the views,
 * written in bulk, then whatever must follow a bulk load.
 *
 * <p>"Now" is the start of the current day (UTC), so that two loads with the same seed on the same day write the same
 * programme and the same views; only the staff's passwords and tokens, which are secrets, differ. The directory (the
 * partners, networks, communities and workstreams) is read from the database, so the sample follows the reference
 * data as staff have kept it; who answers for which area follows the Morecambe Bay partners, where they are active.
 */
public final class SampleDataService implements LoadSampleData {

    private final Transactions transactions;
    private final ViewsInBulk views;
    private final StaffMembers staff;
    private final SecondFactors secondFactors;
    private final PasswordHasher hasher;
    private final ApiTokens tokens;
    private final Partners partners;
    private final Communities communities;
    private final Workstreams workstreams;
    private final ClinicalNetworks networks;
    private final Themes themes;
    private final Professions professions;
    private final Priorities priorities;
    private final Teams teams;
    private final Meetings meetings;
    private final Registrations registrations;
    private final ChangesMade changes;
    private final CommunityProjects projects;
    private final Consultations consultations;
    private final ConsultationResponses responses;
    private final FeedbackSettings settings;
    private final Clock clock;

    @Inject
    public SampleDataService(Transactions transactions, ViewsInBulk views, StaffMembers staff, PasswordHasher hasher,
                           ApiTokens tokens, SecondFactors secondFactors, Partners partners, Communities communities, Workstreams workstreams,
                           ClinicalNetworks networks, Themes themes, Professions professions, Priorities priorities,
                           Teams teams, Meetings meetings, Registrations registrations, ChangesMade changes,
                           CommunityProjects projects, Consultations consultations,
                           ConsultationResponses responses, FeedbackSettings settings, Clock clock) {
        this.transactions = transactions;
        this.views = views;
        this.staff = staff;
        this.hasher = hasher;
        this.secondFactors = secondFactors;
        this.tokens = tokens;
        this.partners = partners;
        this.communities = communities;
        this.workstreams = workstreams;
        this.networks = networks;
        this.themes = themes;
        this.professions = professions;
        this.priorities = priorities;
        this.teams = teams;
        this.meetings = meetings;
        this.registrations = registrations;
        this.changes = changes;
        this.projects = projects;
        this.consultations = consultations;
        this.responses = responses;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Outcome<SampleLoad> load(SampleRequest request, SampleProgress progress) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.DAYS);
        SampleKeys keys = new SampleKeys(request.seed());
        Outcome<SampleLoad> loaded = transactions.inTransaction(() -> {
            long before = views.count();
            if (before > 0 && !request.append()) {
                return Outcome.<SampleLoad>rejected(new Rejection.Conflict("The database already holds " + before
                        + " views; a sample is loaded only into a database without views, unless asked to append."));
            }
            Directory directory = directory();

            List<SampleStaff.Member> wanted = SampleStaff.members(
                    directory.partnerOr(UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY),
                    directory.partnerOr(CLINICAL_COMMISSIONING_GROUP), directory.partnerOr(LANCASHIRE_CARE),
                    directory.answering());
            SampleStaff sampleStaff = new SampleStaff(staff, hasher, tokens, secondFactors);
            SampleStaff.Plan plan = sampleStaff.plan(wanted, directory.partners());
            // The programme comes with the staff: made by the load that makes them, reused by those that append.
            boolean fresh = plan.fresh();
            progress.step(fresh ? "Staff of every role, priorities, teams, meetings, changes made and community projects"
                    : "The sample staff and programme of an earlier load");
            SampleCommunityLife.Made life = new SampleCommunityLife.Made(0, 0, 0, 0);
            List<ChangeMade> changeList;
            int projectCount = 0;
            if (fresh) {
                life = new SampleCommunityLife(keys, priorities, teams, meetings, registrations).make(
                        directory.communities(), directory.workstreams(), directory.themes(), professions.all(),
                        directory.areaPartners(), now);
                changeList = new SampleChanges(keys, changes).make(directory.communities(), directory.workstreams(),
                        directory.themes(), now);
                projectCount = new SampleProjects(keys, projects).make(directory.communities(), now);
                new SampleConsultations(keys, consultations, responses, changes).make(directory.workstreams(),
                        directory.communities(), directory.partnerOr(CLINICAL_COMMISSIONING_GROUP), now);
            } else {
                changeList = changes.all();
            }
            SampleStaff.Crew crew = sampleStaff.store(plan, clock.instant());

            SampleViews sample = views(keys, before, request.views(), now, directory, crew, changeList);
            progress.viewsStarting(request.views());
            views.write(sample, request.views(), progress::viewsWritten);
            progress.viewsFinished();
            return Outcome.done(new SampleLoad(before, crew.created(), crew.members().size(), life.priorities(),
                    life.teams(), life.meetings(), life.registrations(), fresh ? changeList.size() : 0,
                    projectCount, sample.tally()));
        });
        if (loaded instanceof Outcome.Done<SampleLoad>) {
            // Once the views are committed: the steps run side by side on connections of their own, and vacuuming
            // cannot run inside a transaction.
            progress.step("The counts of the views and the words search finds, then statistics for the query planner"
                    + " and the map of pages every transaction can see");
            views.afterBulkLoad();
        }
        return loaded;
    }

    private SampleViews views(SampleKeys keys, long before, int count, Instant now, Directory directory,
                              SampleStaff.Crew crew, List<ChangeMade> changeList) {
        Map<PartnerId, StaffMemberId> responders = new LinkedHashMap<>();
        for (PartnerId partner : directory.answering()) {
            crew.responderFor(partner).ifPresent(responder -> responders.put(partner, responder));
        }
        Function<List<PartnerId>, List<PartnerId>> answered = list -> list.stream().filter(responders::containsKey)
                .distinct().toList();

        Map<Object, SampleViews.Area> areas = new LinkedHashMap<>();
        List<SampleViews.Area> communityAreas = new ArrayList<>();
        for (IntegratedCareCommunity community : directory.communities()) {
            SampleCommunityLife.AreaPartners area = directory.areaPartners().get(community);
            SampleViews.Area place = new SampleViews.Area(new Subject.AboutCommunity(community.id()),
                    community.coverage().towns(), community.coverage().districts(), "the " + community.name() + " area",
                    hospital(community.network()), answered.apply(answerers(area)));
            communityAreas.add(place);
            areas.put(community.id(), place);
        }
        List<SampleViews.Area> networkAreas = new ArrayList<>();
        for (ClinicalNetwork network : directory.networks()) {
            List<IntegratedCareCommunity> members = directory.communities().stream()
                    .filter(community -> community.network().equals(network.id())).toList();
            List<String> towns = members.stream().flatMap(c -> c.coverage().towns().stream()).distinct().toList();
            List<PostcodeDistrict> districts = members.stream().flatMap(c -> c.coverage().districts().stream())
                    .distinct().toList();
            List<PartnerId> answerers = members.stream()
                    .flatMap(c -> answerers(directory.areaPartners().get(c)).stream()).toList();
            networkAreas.add(new SampleViews.Area(new Subject.AboutNetwork(network.id()), towns, districts,
                    "the " + network.name() + " area", hospital(network.id()), answered.apply(answerers)));
        }
        List<PartnerId> review = List.of(directory.partnerOr(UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY),
                directory.partnerOr(CLINICAL_COMMISSIONING_GROUP));
        List<SampleViews.Area> workstreamAreas = new ArrayList<>();
        for (Workstream workstream : directory.workstreams()) {
            SampleViews.Area place = new SampleViews.Area(new Subject.AboutWorkstream(workstream.id()), List.of(),
                    List.of(), "Morecambe Bay", "", answered.apply(review));
            workstreamAreas.add(place);
            areas.put(workstream.id(), place);
        }
        SampleViews.Area programme = new SampleViews.Area(Subject.programme(), List.of(), List.of(), "Morecambe Bay",
                "", answered.apply(review.reversed()));

        List<SampleViews.PastMeeting> past = new ArrayList<>();
        for (Meeting meeting : meetings.all()) {
            Object host = switch (meeting.host()) {
                case MeetingHost.Community community -> community.community();
                case MeetingHost.Workstream workstream -> workstream.workstream();
            };
            SampleViews.Area area = areas.get(host);
            if (area != null && meeting.status() == MeetingStatus.SCHEDULED && meeting.endsAt().isBefore(now)) {
                past.add(new SampleViews.PastMeeting(meeting.id(), area, meeting.endsAt().toEpochMilli(),
                        UkTime.dayOf(meeting.startsAt())));
            }
        }

        Map<Subject, List<SampleViews.ChangeRef>> changeRefs = new LinkedHashMap<>();
        for (ChangeMade change : changeList) {
            Subject scope = change.community().<Subject>map(Subject.AboutCommunity::new)
                    .or(() -> change.workstream().map(Subject.AboutWorkstream::new))
                    .orElse(Subject.programme());
            changeRefs.computeIfAbsent(scope, key -> new ArrayList<>())
                    .add(new SampleViews.ChangeRef(change.id(), change.plannedOn(), change.themes()));
        }
        // The same order whatever order the repository gave them in, so that a seed gives the same links.
        changeRefs.values().forEach(list -> list.sort(Comparator.comparing(ref -> ref.id().value())));

        Map<SampleWords.Topic, ThemeId> tagged = new EnumMap<>(SampleWords.Topic.class);
        for (SampleWords.Topic topic : SampleWords.Topic.values()) {
            directory.themes().stream().filter(theme -> theme.inUse() && theme.name().equalsIgnoreCase(topic.theme()))
                    .findFirst().ifPresent(theme -> tagged.put(topic, theme.id()));
        }

        List<StaffMemberId> moderators = firstNonEmpty(crew.holding(Role.MODERATOR), crew.holding(Role.ADMIN));
        List<StaffMemberId> administrators = firstNonEmpty(crew.holding(Role.ADMIN), moderators);
        List<StaffMemberId> enterers = new ArrayList<>(moderators);
        enterers.addAll(crew.holding(Role.ENGAGEMENT_OFFICER));
        if (moderators.isEmpty()) {
            throw new IllegalStateException("the sample staff include no moderator and no administrator");
        }
        return new SampleViews(keys, before, count, now, communityAreas, workstreamAreas, networkAreas, programme,
                tagged, new SampleViews.Roles(moderators, List.copyOf(enterers), administrators, responders), past,
                changeRefs, settings.responseTargetWorkingDays());
    }

    private static List<PartnerId> answerers(SampleCommunityLife.AreaPartners area) {
        List<PartnerId> answering = new ArrayList<>(List.of(area.hospital(), area.communityCare(), area.primaryCare(),
                NORTH_WEST_AMBULANCE_SERVICE));
        area.council().ifPresent(answering::add);
        return answering;
    }

    private static String hospital(NetworkId network) {
        if (network.equals(FURNESS)) {
            return "Furness General Hospital";
        }
        if (network.equals(SOUTH_LAKES)) {
            return "Westmorland General Hospital";
        }
        return "the Royal Lancaster Infirmary";
    }

    private static <T> List<T> firstNonEmpty(List<T> first, List<T> otherwise) {
        return first.isEmpty() ? otherwise : first;
    }

    private Directory directory() {
        Map<PartnerId, Partner> byId = partners.all().stream()
                .collect(Collectors.toMap(Partner::id, partner -> partner, (a, b) -> a, LinkedHashMap::new));
        return new Directory(byId, communities.all(), workstreams.all(), networks.all(), themes.all());
    }

    /** The directory as the database holds it, and who in it answers for which area. */
    private record Directory(Map<PartnerId, Partner> partners, List<IntegratedCareCommunity> communities,
                             List<Workstream> workstreams, List<ClinicalNetwork> networks, List<Theme> themes) {

        /** {@code preferred} if it is an active partner, else the first active partner. */
        PartnerId partnerOr(PartnerId preferred) {
            Partner partner = partners.get(preferred);
            if (partner != null && partner.isActive()) {
                return preferred;
            }
            return partners.values().stream().filter(Partner::isActive).map(Partner::id).findFirst()
                    .orElseThrow(() -> new IllegalStateException("there is no active partner to give the sample to"));
        }

        Optional<PartnerId> active(PartnerId id) {
            return Optional.ofNullable(partners.get(id)).filter(Partner::isActive).map(Partner::id);
        }

        Map<IntegratedCareCommunity, SampleCommunityLife.AreaPartners> areaPartners() {
            Map<IntegratedCareCommunity, SampleCommunityLife.AreaPartners> byCommunity = new LinkedHashMap<>();
            for (IntegratedCareCommunity community : communities) {
                boolean cumbria = community.network().equals(FURNESS) || community.network().equals(SOUTH_LAKES);
                byCommunity.put(community, cumbria
                        ? new SampleCommunityLife.AreaPartners(partnerOr(CUMBRIA_PARTNERSHIP),
                        partnerOr(SOUTH_CUMBRIA_PRIMARY_CARE_COLLABORATIVE),
                        partnerOr(UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY), Optional.empty())
                        : new SampleCommunityLife.AreaPartners(partnerOr(LANCASHIRE_CARE),
                        partnerOr(NORTH_LANCASHIRE_MEDICAL_SERVICES),
                        partnerOr(UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY), active(LANCASHIRE_COUNTY_COUNCIL)));
            }
            return byCommunity;
        }

        /** Every partner that views are assigned to, each once, in a fixed order. */
        List<PartnerId> answering() {
            Set<PartnerId> all = new LinkedHashSet<>(List.of(partnerOr(UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY),
                    partnerOr(CLINICAL_COMMISSIONING_GROUP)));
            areaPartners().values().forEach(area -> all.addAll(answerers(area)));
            return all.stream().filter(id -> active(id).isPresent()).toList();
        }
    }
}
