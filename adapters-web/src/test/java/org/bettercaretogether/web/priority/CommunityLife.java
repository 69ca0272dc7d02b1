package org.bettercaretogether.web.priority;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.meeting.NewRegistration;
import org.bettercaretogether.application.priority.PriorityDraft;
import org.bettercaretogether.application.priority.PriorityDetails;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.team.TeamDraft;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.domain.community.DevelopmentStage;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.domain.team.TeamRole;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;

/**
 * A community's life set up through the in-memory use cases, as an engagement officer of the University Hospitals
 * of Morecambe Bay would: themes and professions, priorities ranked and moved on, teams described, stages, renamings
 * and mergers, meetings scheduled and registered for. Each step fails the test if the use case says no.
 */
final class CommunityLife {

    private final InMemoryApplication app;
    private final Actor officer = new Actor(StaffMemberId.random(), MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
            Set.of(Role.ENGAGEMENT_OFFICER));

    CommunityLife(InMemoryApplication app) {
        this.app = app;
    }

    ThemeId theme(String name) {
        return app.manageThemes().add(officer, name).orElseThrow().id();
    }

    ProfessionId profession(String name) {
        return app.manageTeams().addProfession(officer, name).orElseThrow().id();
    }

    /** Adds a priority at the end of the community's list, proposed today. */
    PriorityId priority(String community, String title, Optional<ThemeId> theme, PartnerId owner,
                        TripleAimDimension... serves) {
        PriorityDetails added = app.managePriorities().add(officer, new Slug(community), new PriorityDraft(title,
                "What " + title.toLowerCase() + " means for the people of the area.", Set.of(serves),
                "Chosen because people asked for " + title.toLowerCase() + ".", theme, owner)).orElseThrow();
        return added.priority().id();
    }

    void rank(String community, PriorityId id, int rank) {
        app.managePriorities().rank(officer, id, version(community, id), rank).orElseThrow();
    }

    void move(String community, PriorityId id, PriorityStatus status, LocalDate on) {
        app.managePriorities().moveTo(officer, id, version(community, id), status, on).orElseThrow();
    }

    /** Replaces the community's team with {@code roles}, as of {@code asOf}. */
    void team(String community, LocalDate asOf, TeamRole... roles) {
        Slug slug = new Slug(community);
        long version = app.readTeams().team(slug).orElseThrow().version();
        app.manageTeams().describe(officer, slug, version,
                new TeamDraft(List.of(roles), asOf)).orElseThrow();
    }

    static TeamRole role(ProfessionId profession, PartnerId employer, Integer headcount, String wholeTimeEquivalents) {
        return new TeamRole(profession, employer, Optional.ofNullable(headcount),
                Optional.ofNullable(wholeTimeEquivalents).map(BigDecimal::new));
    }

    void stage(String community, DevelopmentStage stage, LocalDate on) {
        app.shapeCommunities().recordStage(officer, new Slug(community), stage, on).orElseThrow();
    }

    void rename(String community, String name, String slug, LocalDate on) {
        app.shapeCommunities().rename(officer, new Slug(community), name, new Slug(slug), on).orElseThrow();
    }

    void merge(String community, String into, LocalDate on) {
        app.shapeCommunities().merge(officer, new Slug(community), new Slug(into), on).orElseThrow();
    }

    /** Schedules a meeting of the community at a venue, from {@code start} to {@code end}, UK time. */
    MeetingId meeting(String community, String title, LocalDateTime start, LocalDateTime end, int capacity) {
        return app.scheduleMeetings().schedule(officer, new MeetingDraft(Optional.of(new Slug(community)),
                Optional.empty(), title, "To hear what people think about " + title.toLowerCase() + ".", start, end,
                Optional.of(new Venue("Town Hall", "1 Market Street", Set.of(AccessFeature.STEP_FREE),
                        Optional.empty())),
                Optional.of(URI.create("https://meet.example.org/abc")), capacity)).orElseThrow()
                .meeting().meeting().id();
    }

    void cancel(MeetingId meeting) {
        long version = app.scheduleMeetings().meeting(officer, meeting).orElseThrow().meeting().meeting().version();
        app.scheduleMeetings().cancel(officer, meeting, version, "The venue is closed.").orElseThrow();
    }

    void register(MeetingId meeting, String name, int places) {
        app.registerForMeeting().register(meeting, new NewRegistration(name,
                new EmailAddress(name.toLowerCase().replace(' ', '.') + "@example.org"), places,
                Optional.of("A hearing loop, please"))).orElseThrow();
    }

    private long version(String community, PriorityId id) {
        return app.readPriorities().ofCommunity(new Slug(community)).orElseThrow().stream()
                .filter(view -> view.priority().id().equals(id)).findFirst().orElseThrow().priority().version();
    }
}
