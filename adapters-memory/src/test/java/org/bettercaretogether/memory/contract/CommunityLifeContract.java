package org.bettercaretogether.memory.contract;

import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.community.CommunityHistories;
import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.meeting.Registrations;
import org.bettercaretogether.application.priority.Priorities;
import org.bettercaretogether.application.privacy.ExpiredRecords;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.team.Professions;
import org.bettercaretogether.application.team.Teams;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.community.CommunityHistory;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingHost;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.RegistrationId;
import org.bettercaretogether.domain.meeting.RegistrationStatus;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.domain.priority.StatusStep;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.team.IntegratedTeam;
import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens in a community, port by port: {@link Meetings} and their {@link Registrations} (removed once the meeting
 * is long over, by {@link ExpiredRecords}), {@link Priorities}, {@link Teams}, {@link Professions},
 * {@link CommunityHistories} and {@link ChangesMade}. Each is read back as stored and updated only against the version
 * it was read at.
 */
public abstract class CommunityLifeContract extends PortContract {

    private static final LocalDate MONDAY_DATE = LocalDate.ofInstant(MONDAY, ZoneOffset.UTC);

    private CommunityId kendal;

    @BeforeEach
    void kendal() {
        loadReferenceData();
        kendal = port(Communities.class).findBySlug(new Slug("kendal")).orElseThrow().id();
    }

    @Test
    void a_meeting_is_read_back_by_its_id_and_its_host_and_a_stale_update_is_refused() {
        Meetings meetings = port(Meetings.class);
        Meeting added = transactions().inTransaction(() -> meetings.add(meeting()));
        Meeting moved = new Meeting(added.id(), added.host(), added.title(), added.purpose(), added.startsAt().plus(
                Duration.ofHours(1)), added.endsAt().plus(Duration.ofHours(1)), added.venue(), added.onlineLink(),
                added.capacity(), added.status(), added.cancellationReason(), added.attendance(), added.summary(),
                added.version());

        Meeting updated = transactions().inTransaction(() -> meetings.update(moved)).orElseThrow();
        boolean staleStored = transactions().inTransaction(() -> meetings.update(moved)).isPresent();

        assertThat(meetings.find(added.id())).contains(updated);
        assertThat(meetings.of(new MeetingHost.Community(kendal))).containsExactly(updated);
        assertThat(staleStored).isFalse();
    }

    @Test
    void a_registration_is_found_by_its_cancel_hash_and_email_and_removed_once_its_meeting_is_long_over() {
        Meeting meeting = transactions().inTransaction(() -> port(Meetings.class).add(meeting()));
        Registrations registrations = port(Registrations.class);
        Registration registration = new Registration(RegistrationId.random(), meeting.id(), "A Resident",
                new EmailAddress("resident@example.org"), 2, Optional.empty(), RegistrationStatus.CONFIRMED, MONDAY, 1,
                Secrets.sha256("cancel me"), 0);

        Registration added = transactions().inTransaction(() -> registrations.add(registration));

        assertThat(registrations.find(added.id())).contains(added);
        assertThat(registrations.findByCancelHash(Secrets.sha256("cancel me"))).contains(added);
        assertThat(registrations.withEmail(new EmailAddress("resident@example.org"))).containsExactly(added);
        int removed = transactions().inTransaction(() -> port(ExpiredRecords.class)
                .removeRegistrationsOfMeetingsEndedBefore(meeting.endsAt().plus(Duration.ofDays(1)), 100));
        assertThat(removed).isEqualTo(1);
        assertThat(registrations.of(meeting.id())).isEmpty();
    }

    @Test
    void a_priority_is_listed_with_its_community_and_a_stale_update_is_refused() {
        Priorities priorities = port(Priorities.class);
        int before = priorities.ofCommunity(kendal).size();
        LocalPriority priority = LocalPriority.add(PriorityId.random(), kendal, before + 1, "Falls at home",
                "Fewer falls among older people living alone.", Set.of(TripleAimDimension.POPULATION_HEALTH),
                "Falls are the first reason for an older person's admission here.", Optional.empty(),
                MorecambeBay.CLINICAL_COMMISSIONING_GROUP, new StatusStep(PriorityStatus.PROPOSED, MONDAY_DATE), MONDAY);

        LocalPriority added = transactions().inTransaction(() -> {
            priorities.hold(kendal);
            return priorities.add(priority);
        });
        boolean staleStored = transactions().inTransaction(() -> priorities.update(priority)).isPresent();

        assertThat(priorities.ofCommunity(kendal)).hasSize(before + 1).contains(added);
        assertThat(priorities.find(added.id())).contains(added);
        assertThat(staleStored).isFalse();
    }

    @Test
    void a_team_is_saved_against_the_version_read() {
        Teams teams = port(Teams.class);
        IntegratedTeam read = teams.find(kendal).orElse(IntegratedTeam.undescribed(kendal));

        IntegratedTeam saved = transactions().inTransaction(() -> teams.save(read)).orElseThrow();
        boolean staleSaved = transactions().inTransaction(() -> teams.save(read)).isPresent();

        assertThat(saved.version()).isEqualTo(read.version() + 1);
        assertThat(teams.find(kendal)).contains(saved);
        assertThat(staleSaved).isFalse();
    }

    @Test
    void a_profession_is_added_and_updated_against_its_version() {
        Professions professions = port(Professions.class);
        Profession dietitians = new Profession(ProfessionId.random(), "Community dietitians", true, 0);

        Profession added = transactions().inTransaction(() -> professions.add(dietitians)).orElseThrow();
        Profession renamed = transactions().inTransaction(() -> professions.update(
                new Profession(added.id(), "Dietitians in the community", true, added.version()))).orElseThrow();

        assertThat(professions.find(added.id())).contains(renamed);
        assertThat(professions.all()).contains(renamed);
    }

    @Test
    void a_community_s_history_is_saved_against_the_version_read() {
        CommunityHistories histories = port(CommunityHistories.class);
        CommunityHistory read = histories.of(kendal);

        CommunityHistory saved = transactions().inTransaction(() -> histories.save(read)).orElseThrow();
        boolean staleSaved = transactions().inTransaction(() -> histories.save(read)).isPresent();

        assertThat(histories.of(kendal)).isEqualTo(saved);
        assertThat(staleSaved).isFalse();
    }

    @Test
    void a_change_made_is_read_back_and_a_stale_update_is_refused() {
        ChangesMade changes = port(ChangesMade.class);
        ChangeMade planned = ChangeMade.planned(ChangeId.random(), "A Saturday clinic in Kendal",
                "The clinic opens on Saturday mornings from the spring.", Optional.of(kendal), Optional.empty(),
                MONDAY_DATE, Set.of(), Set.of());

        ChangeMade added = transactions().inTransaction(() -> changes.add(planned));
        ChangeMade revised = added.revise("A Saturday clinic in Kendal and Sedbergh", added.description(),
                added.community(), added.workstream(), added.views(), added.themes());
        ChangeMade updated = transactions().inTransaction(() -> changes.update(revised)).orElseThrow();
        boolean staleStored = transactions().inTransaction(() -> changes.update(revised)).isPresent();

        assertThat(changes.find(added.id())).contains(updated);
        assertThat(changes.all()).contains(updated);
        assertThat(staleStored).isFalse();
    }

    private Meeting meeting() {
        return Meeting.schedule(MeetingId.random(), new MeetingHost.Community(kendal), "Kendal's priorities",
                "What should Kendal's community work on next?", MONDAY.plus(Duration.ofDays(7)),
                MONDAY.plus(Duration.ofDays(7)).plus(Duration.ofHours(2)),
                Optional.of(new Venue("Kendal Town Hall", "Highgate, Kendal LA9 4DL", Set.of(), Optional.empty())),
                Optional.empty(), 30);
    }
}
