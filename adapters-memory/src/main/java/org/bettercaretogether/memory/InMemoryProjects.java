package org.bettercaretogether.memory;

import org.bettercaretogether.application.onlineconsultation.OnlineConsultationGuides;
import org.bettercaretogether.application.project.CommunityProjects;
import org.bettercaretogether.application.project.ProjectPosition;
import org.bettercaretogether.application.project.ProjectReports;
import org.bettercaretogether.application.project.ProjectSearch;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.onlineconsultation.OnlineConsultationGuide;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.ProjectReport;
import org.bettercaretogether.domain.project.ProjectStatus;
import org.bettercaretogether.domain.project.ReportId;
import org.bettercaretogether.domain.project.Suggester;
import org.bettercaretogether.domain.shared.EmailAddress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The community projects, the reports about them and the communities' guides to online consultations, held in memory and found as PostgreSQL finds them: the public
 * list by name (as Java compares strings) and then id. Their records join the transactions of
 * {@link InMemoryAdapters}.
 */
public final class InMemoryProjects {

    /** The order of the store's lists of suggestions: received first first, then by id. */
    private static final Comparator<CommunityProject> RECEIVED_FIRST = Comparator
            .comparing(CommunityProject::receivedAt).thenComparing(project -> project.id().value());


    private static final Comparator<CommunityProject> BY_NAME = Comparator
            .comparing((CommunityProject project) -> project.details().name())
            .thenComparing(project -> project.id().value());

    private final InMemoryRecords<ProjectId, CommunityProject> projects = new InMemoryRecords<>(
            CommunityProject::id, CommunityProject::version, CommunityProject::withVersion, BY_NAME);
    private final InMemoryRecords<ReportId, ProjectReport> reports = new InMemoryRecords<>(
            ProjectReport::id, ProjectReport::version, ProjectReport::withVersion,
            Comparator.comparing(ProjectReport::receivedAt).thenComparing(report -> report.id().value()));

    private final InMemoryRecords<CommunityId, OnlineConsultationGuide> guides = new InMemoryRecords<>(
            OnlineConsultationGuide::community, OnlineConsultationGuide::version, OnlineConsultationGuide::withVersion,
            Comparator.comparing(guide -> guide.community().value()));

    List<InMemoryRecords<?, ?>> records() {
        return List.of(projects, reports, guides);
    }

    /** The communities' guides to online consultations, which the same issue of the programme brought. */
    public OnlineConsultationGuides onlineConsultationGuides() {
        return new OnlineConsultationGuides() {
            @Override
            public List<OnlineConsultationGuide> all() {
                return guides.all();
            }

            @Override
            public Optional<OnlineConsultationGuide> find(CommunityId community) {
                return guides.find(community);
            }

            @Override
            public Optional<OnlineConsultationGuide> store(OnlineConsultationGuide guide) {
                if (guide.version() == 0) {
                    return guides.find(guide.community()).isPresent() ? Optional.empty()
                            : Optional.of(guides.add(guide));
                }
                return guides.update(guide);
            }
        };
    }

    /** Every project held, whatever its status, for the open data and search held in memory. */
    public List<CommunityProject> all() {
        return projects.all();
    }

    public CommunityProjects communityProjects() {
        return new CommunityProjects() {
            @Override
            public CommunityProject add(CommunityProject project) {
                return projects.add(project);
            }

            @Override
            public Optional<CommunityProject> update(CommunityProject project) {
                return projects.update(project);
            }

            @Override
            public Optional<CommunityProject> find(ProjectId id) {
                return projects.find(id);
            }

            @Override
            public List<CommunityProject> listed(ProjectSearch search, Optional<ProjectPosition> after, int limit) {
                return projects.all().stream()
                        .filter(project -> project.status() == ProjectStatus.LISTED)
                        .filter(matching(search))
                        .filter(project -> after.isEmpty() || isAfter(project, after.get()))
                        .limit(limit).toList();
            }

            @Override
            public List<CommunityProject> withStatus(ProjectStatus status, int most) {
                return projects.all().stream().filter(project -> project.status() == status)
                        .sorted(RECEIVED_FIRST)
                        .limit(most).toList();
            }

            @Override
            public List<CommunityProject> suggestedBy(EmailAddress email) {
                return projects.all().stream()
                        .filter(project -> project.suggester().flatMap(Suggester::email)
                                .filter(given -> given.value().equalsIgnoreCase(email.value())).isPresent())
                        .sorted(RECEIVED_FIRST)
                        .toList();
            }

            @Override
            public List<CommunityProject> listedCheckedBy(LocalDate day, int most) {
                return projects.all().stream().filter(project -> project.status() == ProjectStatus.LISTED)
                        .filter(project -> !project.lastChecked().isAfter(day))
                        .sorted(Comparator.comparing(CommunityProject::lastChecked)
                                .thenComparing(project -> project.id().value()))
                        .limit(most).toList();
            }
        };
    }

    public ProjectReports projectReports() {
        return new ProjectReports() {
            @Override
            public ProjectReport add(ProjectReport report) {
                return reports.add(report);
            }

            @Override
            public Optional<ProjectReport> update(ProjectReport report) {
                return reports.update(report);
            }

            @Override
            public Optional<ProjectReport> find(ReportId id) {
                return reports.find(id);
            }

            @Override
            public List<ProjectReport> open(int most) {
                return reports.all().stream().filter(ProjectReport::open).limit(most).toList();
            }
        };
    }

    private static Predicate<CommunityProject> matching(ProjectSearch search) {
        return project -> (search.communities().isEmpty()
                || project.details().communities().stream().anyMatch(search.communities()::contains))
                && search.category().map(category -> project.details().category() == category).orElse(true)
                && search.day().map(day -> project.details().meetsOn(day)).orElse(true)
                && (!search.freeOnly() || project.details().cost().free());
    }

    /** Whether {@code project} comes after {@code position} in the list by name and then id. */
    private static boolean isAfter(CommunityProject project, ProjectPosition position) {
        int byName = project.details().name().compareTo(position.name());
        return byName > 0 || byName == 0 && project.id().value().compareTo(position.id()) > 0;
    }
}
