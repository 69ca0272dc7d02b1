package org.bettercaretogether.memory.contract;

import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.onlineconsultation.OnlineConsultationGuides;
import org.bettercaretogether.application.project.CommunityProjects;
import org.bettercaretogether.application.project.ProjectPosition;
import org.bettercaretogether.application.project.ProjectReports;
import org.bettercaretogether.application.project.ProjectSearch;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.onlineconsultation.OnlineConsultationGuide;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.Cost;
import org.bettercaretogether.domain.project.ProjectCategory;
import org.bettercaretogether.domain.project.ProjectDetails;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.ProjectReport;
import org.bettercaretogether.domain.project.ProjectStatus;
import org.bettercaretogether.domain.project.ReportId;
import org.bettercaretogether.domain.project.Suggester;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.memory.testing.ProjectExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link CommunityProjects} and {@link ProjectReports} promise: a project comes back as it was stored, with its
 * communities, sessions, venue and suggester; changes are made against the version read; the public list holds listed
 * projects only, filtered by community, category, day and cost, by name a page at a time; the staff's lists find
 * suggestions and entries due for a check; open reports are found until resolved. And what
 * {@link OnlineConsultationGuides} promises: one guide per community, changed against its version.
 */
public abstract class ProjectsContract extends PortContract {

    private CommunityId kendal;
    private CommunityId lancaster;

    @BeforeEach
    void communities() {
        loadReferenceData();
        kendal = port(Communities.class).findBySlug(new Slug("kendal")).orElseThrow().id();
        lancaster = port(Communities.class).findBySlug(new Slug("lancaster")).orElseThrow().id();
    }

    @Test
    void a_project_comes_back_as_it_was_stored_with_its_suggester() {
        Suggester suggester = new Suggester(Optional.of("Ada Suggester"),
                Optional.of(new EmailAddress("ada@example.org")));
        CommunityProject suggested = CommunityProject.suggested(ProjectId.random(),
                details("Steady Steps", ProjectCategory.FALLS_PREVENTION, Set.of(kendal, lancaster),
                        DayOfWeek.TUESDAY, Cost.of("£2 a session")), suggester, MONDAY);

        CommunityProject stored = transactions().inTransaction(() -> projects().add(suggested));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(projects().find(suggested.id())).contains(stored);
    }

    @Test
    void the_suggestions_of_an_address_are_found_whatever_its_case_until_their_suggester_is_forgotten() {
        Suggester ada = new Suggester(Optional.of("Ada Suggester"), Optional.of(new EmailAddress("Ada@Example.org")));
        CommunityProject first = store(CommunityProject.suggested(ProjectId.random(), details("Steady Steps",
                ProjectCategory.FALLS_PREVENTION, Set.of(kendal), DayOfWeek.TUESDAY, Cost.nothing()), ada, MONDAY));
        CommunityProject second = store(CommunityProject.suggested(ProjectId.random(), details("Carers' Cuppa",
                ProjectCategory.OTHER, Set.of(kendal), DayOfWeek.FRIDAY, Cost.nothing()), ada, MONDAY.plusSeconds(60)));
        store(CommunityProject.suggested(ProjectId.random(), details("Someone Else's", ProjectCategory.OTHER,
                Set.of(kendal), DayOfWeek.FRIDAY, Cost.nothing()), new Suggester(Optional.empty(),
                Optional.of(new EmailAddress("bea@example.org"))), MONDAY));

        EmailAddress asked = new EmailAddress("ada@example.ORG");
        assertThat(projects().suggestedBy(asked)).extracting(CommunityProject::id)
                .containsExactly(first.id(), second.id());

        transactions().inTransaction(() -> projects().update(first.forgetSuggester(at(5)))).orElseThrow();

        assertThat(projects().suggestedBy(asked)).extracting(CommunityProject::id).containsExactly(second.id());
        assertThat(projects().find(first.id()).orElseThrow().suggester()).isEmpty();
    }

    @Test
    void a_change_is_stored_against_the_version_read_and_a_stale_one_is_refused() {
        CommunityProject stored = store(listed("Walk and Talk", ProjectCategory.WALKING_AND_ACTIVITY, kendal,
                DayOfWeek.MONDAY, Cost.nothing()));

        CommunityProject closed = transactions().inTransaction(() -> projects().update(stored.close(at(60))))
                .orElseThrow();
        boolean staleStored = transactions().inTransaction(() -> projects().update(stored.checked(at(90))))
                .isPresent();

        assertThat(closed.status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(closed.version()).isEqualTo(2);
        assertThat(staleStored).isFalse();
        assertThat(projects().find(stored.id())).contains(closed);
    }

    @Test
    void the_public_list_holds_listed_projects_only_matching_the_search_by_name() {
        store(listed("Walk and Talk", ProjectCategory.WALKING_AND_ACTIVITY, kendal, DayOfWeek.MONDAY,
                Cost.nothing()));
        store(listed("Carers' Cuppa", ProjectCategory.CARERS_SUPPORT, lancaster, DayOfWeek.WEDNESDAY,
                Cost.nothing()));
        store(listed("Steady Steps", ProjectCategory.FALLS_PREVENTION, kendal, DayOfWeek.TUESDAY,
                Cost.of("£2 a session")));
        store(CommunityProject.suggested(ProjectId.random(), details("A Suggestion", ProjectCategory.OTHER,
                Set.of(kendal), DayOfWeek.MONDAY, Cost.nothing()), Suggester.anonymous(), MONDAY));

        assertThat(names(ProjectSearch.everything())).containsExactly("Carers' Cuppa", "Steady Steps", "Walk and Talk");
        assertThat(names(ProjectSearch.in(kendal))).containsExactly("Steady Steps", "Walk and Talk");
        assertThat(names(new ProjectSearch(Set.of(kendal, lancaster), Optional.of(ProjectCategory.FALLS_PREVENTION),
                Optional.empty(), false))).containsExactly("Steady Steps");
        assertThat(names(new ProjectSearch(Set.of(), Optional.empty(), Optional.of(DayOfWeek.WEDNESDAY), false)))
                .containsExactly("Carers' Cuppa");
        assertThat(names(new ProjectSearch(Set.of(kendal), Optional.empty(), Optional.empty(), true)))
                .containsExactly("Walk and Talk");
    }

    @Test
    void the_public_list_is_read_a_page_at_a_time_after_the_last_name_of_the_page_before() {
        for (String name : List.of("Bowls", "Art", "Cooking", "Dance")) {
            store(listed(name, ProjectCategory.OTHER, kendal, DayOfWeek.FRIDAY, Cost.nothing()));
        }

        List<CommunityProject> first = projects().listed(ProjectSearch.everything(), Optional.empty(), 2);
        List<CommunityProject> second = projects().listed(ProjectSearch.everything(),
                Optional.of(ProjectPosition.of(first.getLast())), 2);

        assertThat(first).extracting(project -> project.details().name()).containsExactly("Art", "Bowls");
        assertThat(second).extracting(project -> project.details().name()).containsExactly("Cooking", "Dance");
    }

    @Test
    void staff_find_suggestions_oldest_first_and_listed_entries_last_checked_by_a_day() {
        CommunityProject later = store(CommunityProject.suggested(ProjectId.random(), details("Later",
                ProjectCategory.OTHER, Set.of(kendal), DayOfWeek.MONDAY, Cost.nothing()), Suggester.anonymous(),
                at(10)));
        CommunityProject earlier = store(CommunityProject.suggested(ProjectId.random(), details("Earlier",
                ProjectCategory.OTHER, Set.of(kendal), DayOfWeek.MONDAY, Cost.nothing()), Suggester.anonymous(),
                at(5)));
        CommunityProject listed = store(listed("Listed", ProjectCategory.OTHER, kendal, DayOfWeek.MONDAY,
                Cost.nothing()));

        assertThat(projects().withStatus(ProjectStatus.SUGGESTED, 10)).extracting(CommunityProject::id)
                .containsExactly(earlier.id(), later.id());
        assertThat(projects().listedCheckedBy(LocalDate.of(2026, 3, 2), 10)).extracting(CommunityProject::id)
                .containsExactly(listed.id());
        assertThat(projects().listedCheckedBy(LocalDate.of(2026, 3, 1), 10)).isEmpty();
    }

    @Test
    void a_report_is_open_until_resolved_against_its_version() {
        CommunityProject listed = store(listed("Walk and Talk", ProjectCategory.WALKING_AND_ACTIVITY, kendal,
                DayOfWeek.MONDAY, Cost.nothing()));
        ProjectReports reports = port(ProjectReports.class);
        ProjectReport report = transactions().inTransaction(() -> reports.add(ProjectReport.received(
                ReportId.random(), listed.id(), ProjectReport.Problem.CLOSED, "It stopped in May.", at(1))));

        List<ProjectReport> open = reports.open(10);
        ProjectReport resolved = transactions().inTransaction(() -> reports.update(report.resolve(at(2))))
                .orElseThrow();
        boolean staleStored = transactions().inTransaction(() -> reports.update(report.resolve(at(3)))).isPresent();

        assertThat(open).containsExactly(report);
        assertThat(reports.find(report.id())).contains(resolved);
        assertThat(staleStored).isFalse();
        assertThat(reports.open(10)).isEmpty();
    }

    @Test
    void a_community_has_at_most_one_guide_to_online_consultations_changed_against_its_version() {
        OnlineConsultationGuides guides = port(OnlineConsultationGuides.class);
        OnlineConsultationGuide first = new OnlineConsultationGuide(kendal, "Ask your practice online.",
                OnlineConsultationGuide.nhsService("https://www.nhs.uk/nhs-services/gps/"), MONDAY, 0);

        OnlineConsultationGuide stored = transactions().inTransaction(() -> guides.store(first)).orElseThrow();
        boolean secondFirst = transactions().inTransaction(() -> guides.store(first)).isPresent();
        OnlineConsultationGuide changed = transactions().inTransaction(() -> guides.store(new OnlineConsultationGuide(
                kendal, "Use the NHS App.", stored.nhsService(), at(5), stored.version()))).orElseThrow();
        boolean stale = transactions().inTransaction(() -> guides.store(stored)).isPresent();

        assertThat(stored.version()).isEqualTo(1);
        assertThat(secondFirst).isFalse();
        assertThat(stale).isFalse();
        assertThat(guides.find(kendal)).contains(changed);
        assertThat(guides.find(lancaster)).isEmpty();
        assertThat(guides.all()).containsExactly(changed);
    }

    private CommunityProjects projects() {
        return port(CommunityProjects.class);
    }

    private CommunityProject store(CommunityProject project) {
        return transactions().inTransaction(() -> projects().add(project));
    }

    private List<String> names(ProjectSearch search) {
        return projects().listed(search, Optional.empty(), 50).stream().map(project -> project.details().name())
                .toList();
    }

    private static CommunityProject listed(String name, ProjectCategory category, CommunityId community,
                                           DayOfWeek day, Cost cost) {
        return CommunityProject.listed(ProjectId.random(), details(name, category, Set.of(community), day, cost),
                MONDAY);
    }

    private static ProjectDetails details(String name, ProjectCategory category, Set<CommunityId> communities,
                                          DayOfWeek day, Cost cost) {
        return ProjectExamples.project(name).category(category).in(communities.toArray(CommunityId[]::new)).on(day)
                .costing(cost).details();
    }
}
