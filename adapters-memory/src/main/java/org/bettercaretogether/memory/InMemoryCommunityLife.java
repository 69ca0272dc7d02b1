package org.bettercaretogether.memory;

import org.bettercaretogether.application.community.CommunityHistories;
import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.meeting.Registrations;
import org.bettercaretogether.application.priority.Priorities;
import org.bettercaretogether.application.team.Professions;
import org.bettercaretogether.application.team.Teams;
import org.bettercaretogether.domain.community.CommunityHistory;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingHost;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.RegistrationId;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.team.IntegratedTeam;
import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.domain.team.ProfessionId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outbound ports of a community's life held in memory: priorities, teams, professions (empty until added),
 * community histories, meetings and registrations. Their records join the transactions of {@link InMemoryAdapters},
 * which run one at a time, so locking a meeting needs nothing more.
 */
public final class InMemoryCommunityLife {

    private final InMemoryRecords<PriorityId, LocalPriority> priorities = new InMemoryRecords<>(
            LocalPriority::id, LocalPriority::version, LocalPriority::withVersion,
            Comparator.comparing((LocalPriority p) -> p.community().toString()).thenComparingInt(LocalPriority::rank));
    private final InMemoryRecords<CommunityId, IntegratedTeam> teams = new InMemoryRecords<>(
            IntegratedTeam::community, IntegratedTeam::version, IntegratedTeam::withVersion,
            Comparator.comparing(team -> team.community().toString()));
    private final InMemoryRecords<ProfessionId, Profession> professions = new InMemoryRecords<>(
            Profession::id, Profession::version, Profession::withVersion,
            Comparator.comparing(p -> p.name().toLowerCase(Locale.UK)));
    private final InMemoryRecords<CommunityId, CommunityHistory> histories = new InMemoryRecords<>(
            CommunityHistory::community, CommunityHistory::version, CommunityHistory::withVersion,
            Comparator.comparing(history -> history.community().toString()));
    private final InMemoryRecords<MeetingId, Meeting> meetings = new InMemoryRecords<>(
            Meeting::id, Meeting::version, Meeting::withVersion, Comparator.comparing(Meeting::startsAt));
    private final InMemoryRecords<RegistrationId, Registration> registrations = new InMemoryRecords<>(
            Registration::id, Registration::version, Registration::withVersion,
            Comparator.comparing((Registration r) -> r.meeting().toString()).thenComparingInt(Registration::arrival));

    List<InMemoryRecords<?, ?>> records() {
        return List.of(priorities, teams, professions, histories, meetings, registrations);
    }

    public Priorities priorities() {
        return new Priorities() {
            @Override
            public List<LocalPriority> ofCommunity(CommunityId community) {
                return priorities.all().stream().filter(p -> p.community().equals(community)).toList();
            }

            @Override
            public List<LocalPriority> all() {
                return priorities.all();
            }

            @Override
            public Optional<LocalPriority> find(PriorityId id) {
                return priorities.find(id);
            }

            /** Nothing to wait for: in memory, transactions run one at a time. */
            @Override
            public void hold(CommunityId community) {
            }

            @Override
            public LocalPriority add(LocalPriority priority) {
                return priorities.add(priority);
            }

            @Override
            public Optional<LocalPriority> update(LocalPriority priority) {
                return priorities.update(priority);
            }
        };
    }

    public Teams teams() {
        return new Teams() {
            @Override
            public Optional<IntegratedTeam> find(CommunityId community) {
                return teams.find(community);
            }

            @Override
            public List<IntegratedTeam> all() {
                return teams.all();
            }

            @Override
            public Optional<IntegratedTeam> save(IntegratedTeam team) {
                if (team.version() == 0) {
                    return teams.find(team.community()).isPresent() ? Optional.empty() : Optional.of(teams.add(team));
                }
                return teams.update(team);
            }
        };
    }

    public Professions professions() {
        return new Professions() {
            @Override
            public List<Profession> all() {
                return professions.all();
            }

            @Override
            public Optional<Profession> find(ProfessionId id) {
                return professions.find(id);
            }

            @Override
            public Optional<Profession> add(Profession profession) {
                if (professions.findWhere(p -> p.name().equalsIgnoreCase(profession.name())).isPresent()) {
                    return Optional.empty();
                }
                return Optional.of(professions.add(profession));
            }

            @Override
            public Optional<Profession> update(Profession profession) {
                return professions.update(profession);
            }
        };
    }

    public CommunityHistories communityHistories() {
        return new CommunityHistories() {
            @Override
            public CommunityHistory of(CommunityId community) {
                return histories.find(community).orElse(CommunityHistory.empty(community));
            }

            @Override
            public List<CommunityHistory> all() {
                return histories.all();
            }

            @Override
            public Optional<CommunityHistory> withFormerSlug(Slug slug) {
                return histories.findWhere(history -> history.formerSlugs().contains(slug));
            }

            @Override
            public Optional<CommunityHistory> save(CommunityHistory history) {
                if (history.version() == 0) {
                    return histories.find(history.community()).isPresent() ? Optional.empty()
                            : Optional.of(histories.add(history));
                }
                return histories.update(history);
            }
        };
    }

    public Meetings meetings() {
        return new Meetings() {
            @Override
            public Meeting add(Meeting meeting) {
                return meetings.add(meeting);
            }

            @Override
            public Optional<Meeting> find(MeetingId id) {
                return meetings.find(id);
            }

            @Override
            public Optional<Meeting> lock(MeetingId id) {
                return meetings.find(id);
            }

            @Override
            public Optional<Meeting> update(Meeting meeting) {
                return meetings.update(meeting);
            }

            @Override
            public List<Meeting> of(MeetingHost host) {
                return meetings.all().stream().filter(m -> m.host().equals(host)).toList();
            }

            @Override
            public List<Meeting> all() {
                return meetings.all();
            }
        };
    }

    public Registrations registrations() {
        return new Registrations() {
            @Override
            public Registration add(Registration registration) {
                return registrations.add(registration);
            }

            @Override
            public Optional<Registration> find(RegistrationId id) {
                return registrations.find(id);
            }

            @Override
            public Optional<Registration> findByCancelHash(String tokenHash) {
                return registrations.findWhere(r -> r.cancelTokenHash().equals(tokenHash));
            }

            @Override
            public Optional<Registration> update(Registration registration) {
                return registrations.update(registration);
            }

            @Override
            public List<Registration> of(MeetingId meeting) {
                return registrations.all().stream().filter(r -> r.meeting().equals(meeting)).toList();
            }

            @Override
            public List<Registration> withEmail(EmailAddress email) {
                return registrations.all().stream().filter(r -> r.email().equals(email)).toList();
            }

            @Override
            public void remove(RegistrationId id) {
                registrations.remove(id);
            }
        };
    }

    /** See {@code ExpiredRecords#removeRegistrationsOfMeetingsEndedBefore}: of the meeting that ended first, first. */
    int removeRegistrationsOfMeetingsEndedBefore(Instant endedBefore, int most) {
        List<Registration> due = registrations.all().stream()
                .filter(registration -> meetings.find(registration.meeting())
                        .filter(meeting -> meeting.endsAt().isBefore(endedBefore)).isPresent())
                .sorted(Comparator.comparing(registration -> meetings.find(registration.meeting()).orElseThrow().endsAt()))
                .limit(most).toList();
        due.forEach(registration -> registrations.remove(registration.id()));
        return due.size();
    }

    /** Every meeting held, and every priority, for the search of public records. */
    List<Meeting> allMeetings() {
        return meetings.all();
    }

    List<LocalPriority> allPriorities() {
        return priorities.all();
    }
}
