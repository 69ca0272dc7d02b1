package org.bettercaretogether.application.project;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.PageRequest;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.shared.VersionedChange;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.ProjectDetails;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.ProjectReport;
import org.bettercaretogether.domain.project.ProjectStatus;
import org.bettercaretogether.domain.project.ReportId;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.staff.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Community projects for everyone and for the staff who keep them. Whether an entry is due for a check is decided
 * against today in the UK, by the injected clock.
 */
public final class ProjectService implements BrowseProjects, SuggestProject, ReportProject, ReviewProjects {

    private static final String RECORD_TYPE = "community-project";

    /** Projects, the communities they serve and their sessions belong to what communities do. */
    private static final Set<StoredData> READ_FROM = Set.of(StoredData.COMMUNITY_LIFE);

    private final Transactions transactions;
    private final ReadCache cache;
    private final CommunityProjects projects;
    private final ProjectReports reports;
    private final Communities communities;
    private final VersionedChange<CommunityProject> versioned;
    private final VersionedChange<ProjectReport> versionedReports;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public ProjectService(Transactions transactions, CommunityProjects projects, ProjectReports reports,
                          Communities communities, AuditTrail audit, ReadCache cache, Clock clock) {
        this.transactions = transactions;
        this.cache = cache;
        this.projects = projects;
        this.reports = reports;
        this.communities = communities;
        this.versioned = VersionedChange.of("community project", CommunityProject::version, projects::update);
        this.versionedReports = VersionedChange.of("report", ProjectReport::version, reports::update);
        this.audit = audit;
        this.clock = clock;
    }

    // --- the public ---

    @Override
    public Outcome<PageRequest.Page<ProjectEntry>> find(ProjectSearch search, Optional<String> cursor, int limit) {
        if (limit < 1 || limit > MOST_PER_PAGE) {
            return Outcome.rejected(Rejection.InvalidInput.of("limit", "must be from 1 to " + MOST_PER_PAGE));
        }
        return ProjectPosition.parse(cursor).map(after -> {
            // Kept between changes: each community's page shows its first few, for every reader.
            List<CommunityProject> found = cache.get(List.of("listed projects", search, after, limit), READ_FROM,
                    () -> transactions.inTransaction(() -> List.copyOf(projects.listed(search, after, limit + 1))));
            PageRequest<ProjectPosition> request = new PageRequest<>(after, limit);
            PageRequest.Page<CommunityProject> page = request.page(found, project -> ProjectPosition.of(project).cursor());
            LocalDate today = today();
            return new PageRequest.Page<>(page.items().stream().map(project -> entry(project, today)).toList(),
                    page.next());
        });
    }

    @Override
    public Outcome<ProjectEntry> project(ProjectId id) {
        return Outcome.found(transactions.inTransaction(() -> projects.find(id)).filter(CommunityProject::isPublic)
                .map(project -> entry(project, today())), "community project", id);
    }

    @Override
    public Outcome<ProjectId> suggest(ProjectSuggestion suggestion) {
        return transactions.inTransaction(() -> {
            Optional<Rejection> unknown = unknownCommunity(suggestion.details());
            if (unknown.isPresent()) {
                return Outcome.rejected(unknown.get());
            }
            return Outcome.done(projects.add(CommunityProject.suggested(ProjectId.random(), suggestion.details(),
                    suggestion.suggester(), clock.instant())).id());
        });
    }

    @Override
    public Outcome<ReportId> report(ProjectId project, ProjectReport.Problem problem, String details) {
        return transactions.inTransaction(() -> {
            Optional<CommunityProject> listed = projects.find(project)
                    .filter(found -> found.status() == ProjectStatus.LISTED);
            if (listed.isEmpty()) {
                return Outcome.notFound("community project", project);
            }
            return Outcome.attempt(() -> reports.add(ProjectReport.received(ReportId.random(), project, problem,
                    details, clock.instant())).id());
        });
    }

    // --- staff ---

    @Override
    public Outcome<List<CommunityProject>> suggestions(Actor actor) {
        return asKeeper(actor, () -> Outcome.done(projects.withStatus(ProjectStatus.SUGGESTED, MOST_LISTED)));
    }

    @Override
    public Outcome<List<ProjectEntry>> dueForCheck(Actor actor) {
        LocalDate today = today();
        return asKeeper(actor, () -> Outcome.done(projects.listedCheckedBy(today.minus(CommunityProject.CHECK_EVERY),
                MOST_LISTED).stream().map(project -> entry(project, today)).toList()));
    }

    @Override
    public Outcome<List<ProjectReport>> openReports(Actor actor) {
        return asKeeper(actor, () -> Outcome.done(reports.open(MOST_LISTED)));
    }

    @Override
    public Outcome<ProjectEntry> project(Actor actor, ProjectId id) {
        return asKeeper(actor, () -> Outcome.found(projects.find(id).map(project -> entry(project, today())),
                "community project", id));
    }

    @Override
    public Outcome<CommunityProject> add(Actor actor, ProjectDetails details) {
        return asKeeper(actor, () -> {
            Optional<Rejection> unknown = unknownCommunity(details);
            if (unknown.isPresent()) {
                return Outcome.rejected(unknown.get());
            }
            CommunityProject added = projects.add(CommunityProject.listed(ProjectId.random(), details,
                    clock.instant()));
            audit.recordAdded(actor.id(), "community-project.listed", RECORD_TYPE, added.id(), "name",
                    details.name());
            return Outcome.done(added);
        });
    }

    @Override
    public Outcome<CommunityProject> revise(Actor actor, ProjectId id, long version, ProjectDetails details) {
        Optional<Rejection> unknown = transactions.inTransaction(() -> unknownCommunity(details));
        if (unknown.isPresent()) {
            return Outcome.rejected(unknown.get());
        }
        return change(actor, id, version, "community-project.revised", was -> was.revise(details, clock.instant()));
    }

    @Override
    public Outcome<CommunityProject> accept(Actor actor, ProjectId id, long version) {
        return change(actor, id, version, "community-project.accepted", was -> was.accept(clock.instant()));
    }

    @Override
    public Outcome<CommunityProject> decline(Actor actor, ProjectId id, long version) {
        return change(actor, id, version, "community-project.declined", was -> was.decline(clock.instant()));
    }

    @Override
    public Outcome<CommunityProject> markChecked(Actor actor, ProjectId id, long version) {
        return change(actor, id, version, "community-project.checked", was -> was.checked(clock.instant()));
    }

    @Override
    public Outcome<CommunityProject> close(Actor actor, ProjectId id, long version) {
        return change(actor, id, version, "community-project.closed", was -> was.close(clock.instant()));
    }

    @Override
    public Outcome<ProjectReport> resolve(Actor actor, ReportId id, long version) {
        return asKeeper(actor, () -> versionedReports.apply(reports.find(id), id, version,
                was -> was.resolve(clock.instant())).map(changed -> {
            audit.record(Optional.of(actor.id()), "project-report.resolved", "project-report", id.toString(),
                    AuditTrail.changes(Map.of("resolved", "no"), Map.of("resolved", "yes")));
            return changed.is();
        }));
    }

    private Outcome<CommunityProject> change(Actor actor, ProjectId id, long version, String action,
                                             UnaryOperator<CommunityProject> step) {
        return asKeeper(actor, () -> versioned.apply(projects.find(id), id, version, step).map(changed -> {
            audit.record(Optional.of(actor.id()), action, RECORD_TYPE, id.toString(),
                    AuditTrail.changes(described(changed.was()), described(changed.is())));
            return changed.is();
        }));
    }

    /** The fields of a project the audit log compares: never the suggester's details. */
    private static Map<String, String> described(CommunityProject project) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", project.details().name());
        fields.put("status", project.status().name());
        fields.put("lastChecked", project.lastChecked().toString());
        return fields;
    }

    private Optional<Rejection> unknownCommunity(ProjectDetails details) {
        for (CommunityId community : details.communities()) {
            if (communities.find(community).isEmpty()) {
                return Optional.of(Rejection.InvalidInput.of("communities",
                        "must be Integrated Care Communities of this programme"));
            }
        }
        return Optional.empty();
    }

    private ProjectEntry entry(CommunityProject project, LocalDate today) {
        return new ProjectEntry(project, project.dueForCheck(today));
    }

    private LocalDate today() {
        return UkTime.dayOf(clock.instant());
    }

    private <T> Outcome<T> asKeeper(Actor actor, Supplier<Outcome<T>> work) {
        return AccessPolicy.inTransactionAs(actor, transactions, work, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    }
}
