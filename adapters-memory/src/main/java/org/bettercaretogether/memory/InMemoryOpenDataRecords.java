package org.bettercaretogether.memory;

import org.bettercaretogether.application.opendata.OpenDataRecords;
import org.bettercaretogether.application.opendata.OpenDataSet;
import org.bettercaretogether.application.opendata.OpenDataSink;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingHost;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.ProjectDetails;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.partner.IdentifierScheme;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.team.IntegratedTeam;
import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.domain.team.TeamRole;
import org.bettercaretogether.domain.vanguard.Vanguard;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.domain.workstream.WorkstreamId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The open data sets read from the stores the other in-memory ports hold, row for row as {@code JooqOpenDataRecords}
 * reads them from PostgreSQL, which is the reference: the same columns and value types, the same order of rows, a
 * list that would be empty given as none (as an array aggregated over no rows is null there), and a row whose
 * joined record is missing left out where a join there would leave it out. Every record is copied in one transaction,
 * so the sets are as they stood at one moment, and the sink is fed after it, so a slow sink keeps no work waiting.
 */
final class InMemoryOpenDataRecords implements OpenDataRecords {

    private final InMemoryAdapters directory;
    private final InMemoryFeedback feedback;
    private final InMemoryCommunityLife life;
    private final InMemoryKeyQuestions keyQuestions;
    private final InMemoryProjects projects;
    private final Clock clock;

    InMemoryOpenDataRecords(InMemoryAdapters directory, InMemoryFeedback feedback, InMemoryCommunityLife life,
                            InMemoryKeyQuestions keyQuestions, InMemoryProjects projects, Clock clock) {
        this.directory = directory;
        this.feedback = feedback;
        this.life = life;
        this.keyQuestions = keyQuestions;
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public Instant readAll(OpenDataSink sink) {
        Snapshot records = directory.transactions().inTransaction(this::snapshot);
        for (OpenDataSet set : OpenDataSet.values()) {
            sink.start(set, records.asOf());
            rows(set, records).forEach(sink::row);
            sink.finish(set);
        }
        return records.asOf();
    }

    private Snapshot snapshot() {
        return new Snapshot(clock.instant(), directory.vanguard().current().map(Vanguard::name),
                byId(directory.partners().all(), partner -> partner.id().value()),
                byId(directory.networks().all(), network -> network.id().value()),
                byId(directory.communities().all(), community -> community.id().value()),
                byId(directory.workstreams().all(), workstream -> workstream.id().value()),
                feedback.allViews(), byId(feedback.themes().all(), theme -> theme.id().value()),
                feedback.allChanges(), life.allPriorities(), life.teams().all(),
                byId(life.professions().all(), profession -> profession.id().value()), life.allMeetings(),
                keyQuestions.keyQuestions().all(), projects.all());
    }

    private static <T> Map<UUID, T> byId(List<T> records, Function<T, UUID> id) {
        return records.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** Every record the open data is read from, as it stood at {@code asOf}. */
    private record Snapshot(Instant asOf, Optional<String> programmeName, Map<UUID, Partner> partners,
                            Map<UUID, ClinicalNetwork> networks, Map<UUID, IntegratedCareCommunity> communities,
                            Map<UUID, Workstream> workstreams, List<Feedback> views, Map<UUID, Theme> themes,
                            List<ChangeMade> changes, List<LocalPriority> priorities, List<IntegratedTeam> teams,
                            Map<UUID, Profession> professions, List<Meeting> meetings, List<KeyQuestion> keyQuestions,
                            List<CommunityProject> projects) {

        Optional<Partner> partner(PartnerId id) {
            return Optional.ofNullable(partners.get(id.value()));
        }

        Optional<IntegratedCareCommunity> community(CommunityId id) {
            return Optional.ofNullable(communities.get(id.value()));
        }

        Optional<Workstream> workstream(WorkstreamId id) {
            return Optional.ofNullable(workstreams.get(id.value()));
        }

        Optional<Named> named(CommunityId id) {
            return community(id).map(community -> new Named(community.slug().value(), community.name()));
        }

        Optional<Named> named(WorkstreamId id) {
            return workstream(id).map(workstream -> new Named(workstream.slug().value(), workstream.name()));
        }

        Optional<ClinicalNetwork> network(NetworkId id) {
            return Optional.ofNullable(networks.get(id.value()));
        }

        Optional<Profession> profession(ProfessionId id) {
            return Optional.ofNullable(professions.get(id.value()));
        }

        /** The names of the themes, in alphabetical order; none when there are none. */
        List<String> themeNames(Collection<ThemeId> ids) {
            return list(ids.stream().map(id -> themes.get(id.value())).filter(Objects::nonNull)
                    .map(Theme::name).sorted());
        }
    }

    private static Stream<List<Object>> rows(OpenDataSet set, Snapshot records) {
        return switch (set) {
            case PUBLISHED_VIEWS -> publishedViews(records);
            case ANSWERS -> answers(records);
            case CHANGES_MADE -> changesMade(records);
            case PRIORITIES -> priorities(records);
            case TEAM_MIX -> teamMix(records);
            case MEETINGS -> meetings(records);
            case COMMUNITY_PROJECTS -> projects(records);
            case KEY_QUESTIONS -> keyQuestions(records);
            case PARTNERS -> partners(records);
            case NETWORKS -> networks(records);
            case COMMUNITIES -> communities(records);
            case WORKSTREAMS -> workstreams(records);
        };
    }

    /** Published views, first published first; ties by id as PostgreSQL orders UUIDs, as their text. */
    private static Stream<Feedback> published(Snapshot records) {
        return records.views().stream().filter(Feedback::isPublic)
                .sorted(Comparator.comparing(InMemoryOpenDataRecords::publishedAt)
                        .thenComparing(view -> view.id().value().toString()));
    }

    private static Instant publishedAt(Feedback view) {
        return ((Moderation.Published) view.moderation()).at();
    }

    private static Stream<List<Object>> publishedViews(Snapshot records) {
        return published(records).map(view -> {
            Optional<Named> about = about(view.subject(), records);
            return row(view.reference().value(), view.subject().kind(), about.map(Named::slug).orElse(null),
                    about.map(Named::name).or(records::programmeName).orElse(null), view.role().name(),
                    view.origin().channel().name(), view.origin().receivedOn(), publishedAt(view),
                    view.publicText().orElseThrow().value(), records.themeNames(view.themes()),
                    view.response().isPresent());
        });
    }

    /** The address name and name of a community, workstream or network. */
    private record Named(String slug, String name) {
    }

    private static Optional<Named> about(Subject subject, Snapshot records) {
        return switch (subject) {
            case Subject.AboutProgramme ignored -> Optional.empty();
            case Subject.AboutCommunity about -> records.named(about.community());
            case Subject.AboutWorkstream about -> records.named(about.workstream());
            case Subject.AboutNetwork about -> records.network(about.network())
                    .map(network -> new Named(network.slug().value(), network.name()));
        };
    }

    private static Stream<List<Object>> answers(Snapshot records) {
        return published(records).flatMap(view -> view.response().stream().flatMap(answer ->
                records.partner(answer.partner()).stream().map(partner -> row(view.reference().value(),
                        partner.id().value().toString(), partner.name(), answer.at(), answer.text()))));
    }

    private static Stream<List<Object>> changesMade(Snapshot records) {
        Map<UUID, Feedback> views = byId(records.views(), view -> view.id().value());
        return records.changes().stream()
                .sorted(Comparator.comparing(ChangeMade::plannedOn).thenComparing(change -> change.id().value()
                        .toString()))
                .map(change -> {
                    Optional<Named> about = change.community().flatMap(records::named)
                            .or(() -> change.workstream().flatMap(records::named));
                    String kind = change.community().isPresent() ? "community"
                            : change.workstream().isPresent() ? "workstream" : "programme";
                    return row(change.id().value().toString(), change.title(), change.description(), kind,
                            about.map(Named::slug).orElse(null),
                            about.map(Named::name).or(records::programmeName).orElse(null),
                            change.status().name(), change.plannedOn(), change.startedOn().orElse(null),
                            change.madeOn().orElse(null), records.themeNames(change.themes()),
                            (long) change.views().size(),
                            list(change.views().stream().map(FeedbackId::value).map(views::get)
                                    .filter(view -> view != null && view.isPublic())
                                    .map(view -> view.reference().value()).sorted()));
                });
    }

    private static Stream<List<Object>> priorities(Snapshot records) {
        return records.priorities().stream()
                .filter(priority -> records.community(priority.community()).isPresent()
                        && records.partner(priority.owner()).isPresent())
                .sorted(Comparator.comparing((LocalPriority priority) -> communityName(priority.community(), records))
                        .thenComparingInt(LocalPriority::rank))
                .map(priority -> {
                    IntegratedCareCommunity community = records.community(priority.community()).orElseThrow();
                    return row(priority.id().value().toString(), community.slug().value(), community.name(),
                            (long) priority.rank(), priority.title(), priority.description(), priority.rationale(),
                            priority.theme().map(id -> records.themes().get(id.value())).map(Theme::name)
                                    .orElse(null),
                            records.partner(priority.owner()).orElseThrow().name(),
                            list(priority.serves().stream().map(Enum::name).sorted()), priority.status().name(),
                            priority.statusSince());
                });
    }

    private static String communityName(CommunityId id, Snapshot records) {
        return records.community(id).orElseThrow().name();
    }

    /** Each role of each team, by the name of the team's community, then in the team's order. */
    private static Stream<List<Object>> teamMix(Snapshot records) {
        return records.teams().stream()
                .filter(team -> records.community(team.community()).isPresent())
                .sorted(Comparator.comparing(team -> communityName(team.community(), records)))
                .flatMap(team -> team.roles().stream().flatMap(role -> teamRow(team, role, records).stream()));
    }

    private static Optional<List<Object>> teamRow(IntegratedTeam team, TeamRole role, Snapshot records) {
        IntegratedCareCommunity community = records.community(team.community()).orElseThrow();
        return records.profession(role.profession()).flatMap(profession -> records.partner(role.employer())
                .map(employer -> row(community.slug().value(), community.name(), team.asOf().orElse(null),
                        profession.name(), employer.name(), role.headcount().map(Integer::longValue).orElse(null),
                        role.wholeTimeEquivalents().map(wte -> wte.setScale(2)).orElse(null))));
    }

    private static Stream<List<Object>> meetings(Snapshot records) {
        return records.meetings().stream()
                .sorted(Comparator.comparing(Meeting::startsAt).thenComparing(meeting -> meeting.id().value()
                        .toString()))
                .map(meeting -> {
                    Optional<Named> host = switch (meeting.host()) {
                        case MeetingHost.Community community -> records.named(community.community());
                        case MeetingHost.Workstream workstream -> records.named(workstream.workstream());
                    };
                    Optional<Venue> venue = meeting.venue();
                    return row(meeting.id().value().toString(),
                            meeting.host() instanceof MeetingHost.Community ? "community" : "workstream",
                            host.map(Named::slug).orElse(null), host.map(Named::name).orElse(null), meeting.title(),
                            meeting.purpose(), meeting.startsAt(), meeting.endsAt(),
                            venue.map(Venue::name).orElse(null), venue.map(Venue::address).orElse(null),
                            venue.flatMap(Venue::accessNotes).orElse(null),
                            list(venue.stream().flatMap(place -> place.access().stream()).map(Enum::name).sorted()),
                            meeting.onlineLink().isPresent(), (long) meeting.capacity(), meeting.status().name(),
                            meeting.cancellationReason().orElse(null),
                            meeting.attendance().map(Integer::longValue).orElse(null),
                            meeting.summary().orElse(null));
                });
    }

    /** Listed and closed projects by name, as PostgreSQL orders them ("C"), then id as text. */
    private static Stream<List<Object>> projects(Snapshot records) {
        return records.projects().stream().filter(CommunityProject::isPublic)
                .sorted(Comparator.comparing((CommunityProject project) -> project.details().name())
                        .thenComparing(project -> project.id().value().toString()))
                .map(project -> {
                    ProjectDetails details = project.details();
                    Optional<Venue> venue = details.venue();
                    return row(project.id().value().toString(), details.name(), details.category().name(),
                            details.organiser().name(), details.organiser().kind().name(),
                            list(details.communities().stream().map(records::community).flatMap(Optional::stream)
                                    .map(community -> community.slug().value()).sorted()),
                            details.offer(), details.forWhom(), venue.map(Venue::name).orElse(null),
                            venue.map(Venue::address).orElse(null),
                            list(venue.stream().flatMap(place -> place.access().stream()).map(Enum::name).sorted()),
                            details.online(), list(details.sessions().stream().map(session -> session.day().name()
                                    + " " + session.starts() + "-" + session.ends())),
                            details.timesNote().orElse(null), details.joining().way().name(),
                            details.joining().details(), details.cost().free(),
                            details.cost().charge().orElse(null), project.status().name(), project.lastChecked());
                });
    }

    private static Stream<List<Object>> keyQuestions(Snapshot records) {
        return records.keyQuestions().stream().sorted(Comparator.comparingInt(KeyQuestion::position))
                .map(question -> row((long) question.position(), question.question(), question.answer(),
                        question.changedAt()));
    }

    private static Stream<List<Object>> partners(Snapshot records) {
        return records.partners().values().stream()
                .sorted(Comparator.comparing(Partner::name).thenComparing(partner -> partner.id().value()
                        .toString()))
                .map(partner -> row(partner.id().value().toString(), partner.name(), partner.kind().name(),
                        code(partner, IdentifierScheme.ODS), code(partner, IdentifierScheme.GSS),
                        partner.website().map(Object::toString).orElse(null), partner.role()));
    }

    private static String code(Partner partner, IdentifierScheme scheme) {
        return partner.identifiers().stream().map(recorded -> recorded.identifier())
                .filter(identifier -> identifier.scheme() == scheme).map(identifier -> identifier.value())
                .findFirst().orElse(null);
    }

    private static Stream<List<Object>> networks(Snapshot records) {
        return records.networks().values().stream().sorted(Comparator.comparing(ClinicalNetwork::name))
                .map(network -> row(network.id().value().toString(), network.slug().value(), network.name(),
                        network.description()));
    }

    private static Stream<List<Object>> communities(Snapshot records) {
        return records.communities().values().stream().sorted(Comparator.comparing(IntegratedCareCommunity::name))
                .flatMap(community -> records.network(community.network()).stream().map(network -> row(
                        community.id().value().toString(), community.slug().value(), community.name(),
                        network.slug().value(), list(community.coverage().towns().stream()),
                        list(community.coverage().districts().stream().map(PostcodeDistrict::value)),
                        community.population().map(population -> (long) population.people()).orElse(null),
                        community.stage().map(stage -> stage.stage().name()).orElse(null),
                        community.stage().map(stage -> stage.reachedOn()).orElse(null))));
    }

    private static Stream<List<Object>> workstreams(Snapshot records) {
        return records.workstreams().values().stream().sorted(Comparator.comparing(Workstream::name))
                .map(workstream -> row(workstream.id().value().toString(), workstream.slug().value(),
                        workstream.name(), workstream.scope(), workstream.phase().name(),
                        list(workstream.careSettings().stream().map(Enum::name).sorted()),
                        workstream.lead().flatMap(records::partner).map(Partner::name).orElse(null),
                        list(workstream.involved().stream().flatMap(id -> records.partner(id).stream())
                                .map(Partner::name).sorted())));
    }

    /** A list column's items, in the order given; none when there are none, as PostgreSQL aggregates no rows. */
    private static List<String> list(Stream<String> items) {
        List<String> listed = items.toList();
        return listed.isEmpty() ? null : listed;
    }

    /** A row as the sink takes it; unlike {@code List.of}, it holds the nulls that stand for no value. */
    private static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }
}
