package org.bettercaretogether.application.project;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.PageRequest;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.Cost;
import org.bettercaretogether.domain.project.ProjectCategory;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.ProjectReport;
import org.bettercaretogether.domain.project.ProjectStatus;
import org.bettercaretogether.domain.project.ReportId;
import org.bettercaretogether.domain.project.Suggester;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.memory.testing.CommunityLifeWorld;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.invalidFields;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.rejection;
import static org.bettercaretogether.memory.testing.ProjectExamples.project;

/**
 * Anyone finds, suggests and reports community projects; engagement officers and administrators review suggestions,
 * keep entries checked and resolve reports.
 */
class ProjectServiceTest {

    private final CommunityLifeWorld world = new CommunityLifeWorld();
    private final BrowseProjects browse = world.app.browseProjects();
    private final SuggestProject suggest = world.app.suggestProject();
    private final ReportProject report = world.app.reportProject();
    private final ReviewProjects review = world.app.reviewProjects();
    private final CommunityId kendal = community("kendal");
    private final CommunityId lancaster = community("lancaster");

    private CommunityId community(String slug) {
        return world.app.browseDirectory().community(new Slug(slug)).orElseThrow().community().id();
    }

    private CommunityProject listed(String name, CommunityId community) {
        return review.add(world.officer, project(name).in(community).details()).orElseThrow();
    }

    private ProjectSuggestion suggestion(String name) {
        return new ProjectSuggestion(project(name).category(ProjectCategory.FALLS_PREVENTION).in(kendal).details(),
                new Suggester(Optional.of("Ada Suggester"), Optional.of(new EmailAddress("ada@example.org"))));
    }

    @Test
    void a_suggestion_is_not_public_until_an_engagement_officer_accepts_it() {
        ProjectId id = suggest.suggest(suggestion("Steady Steps")).orElseThrow();

        assertThat(rejection(browse.project(id))).isInstanceOf(Rejection.NotFound.class);
        assertThat(browse.find(ProjectSearch.everything(), Optional.empty(), 10).orElseThrow().items()).isEmpty();
        CommunityProject waiting = review.suggestions(world.officer).orElseThrow().getFirst();
        assertThat(waiting.suggester().flatMap(Suggester::name)).contains("Ada Suggester");

        CommunityProject accepted = review.accept(world.officer, id, waiting.version()).orElseThrow();

        assertThat(accepted.status()).isEqualTo(ProjectStatus.LISTED);
        assertThat(accepted.suggester()).isEmpty();
        assertThat(browse.project(id).orElseThrow().project().details().name()).isEqualTo("Steady Steps");
        assertThat(review.suggestions(world.officer).orElseThrow()).isEmpty();
        assertThat(world.audited("community-project.accepted")).hasSize(1);
    }

    @Test
    void a_declined_suggestion_is_never_shown_and_its_suggester_is_forgotten() {
        ProjectId id = suggest.suggest(suggestion("Not Quite")).orElseThrow();

        CommunityProject declined = review.decline(world.officer, id, 1).orElseThrow();

        assertThat(declined.suggester()).isEmpty();
        assertThat(rejection(browse.project(id))).isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(review.accept(world.officer, id, declined.version())))
                .isInstanceOf(Rejection.Conflict.class);
    }

    @Test
    void a_review_made_on_a_stale_version_is_refused_as_a_conflict() {
        ProjectId id = suggest.suggest(suggestion("Steady Steps")).orElseThrow();
        review.accept(world.officer, id, 1).orElseThrow();

        assertThat(rejection(review.close(world.admin, id, 1))).isInstanceOf(Rejection.Conflict.class);
    }

    @Test
    void only_engagement_officers_and_administrators_review_projects() {
        ProjectId id = suggest.suggest(suggestion("Steady Steps")).orElseThrow();

        assertThat(rejection(review.suggestions(world.moderator))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(review.accept(world.moderator, id, 1))).isInstanceOf(Rejection.Forbidden.class);
    }

    @Test
    void a_suggestion_naming_no_community_of_the_programme_is_refused() {
        ProjectSuggestion elsewhere = new ProjectSuggestion(project("Elsewhere").in(CommunityId.random()).details(),
                Suggester.anonymous());

        assertThat(invalidFields(suggest.suggest(elsewhere))).containsExactly("communities");
    }

    @Test
    void an_entry_is_flagged_for_a_check_twelve_months_after_its_last_one_by_the_clock() {
        CommunityProject walk = listed("Walk and Talk", kendal);

        world.moveTo(Instant.parse("2027-09-30T09:00:00Z"));
        assertThat(review.dueForCheck(world.officer).orElseThrow()).isEmpty();
        assertThat(browse.project(walk.id()).orElseThrow().dueForCheck()).isFalse();

        world.advance(Duration.ofDays(1));
        assertThat(review.dueForCheck(world.officer).orElseThrow()).extracting(entry -> entry.project().id())
                .containsExactly(walk.id());
        assertThat(browse.project(walk.id()).orElseThrow().dueForCheck()).isTrue();

        review.markChecked(world.officer, walk.id(), walk.version()).orElseThrow();
        assertThat(review.dueForCheck(world.officer).orElseThrow()).isEmpty();
        assertThat(browse.project(walk.id()).orElseThrow().project().lastChecked()).isEqualTo(world.today());
    }

    @Test
    void a_report_that_a_project_closed_is_resolved_by_staff_who_close_it_and_lists_leave_it_out() {
        CommunityProject walk = listed("Walk and Talk", kendal);
        ReportId reported = report.report(walk.id(), ProjectReport.Problem.CLOSED, "It stopped in May.")
                .orElseThrow();

        ProjectReport open = review.openReports(world.officer).orElseThrow().getFirst();
        review.close(world.officer, walk.id(), walk.version()).orElseThrow();
        review.resolve(world.officer, reported, open.version()).orElseThrow();

        assertThat(open.id()).isEqualTo(reported);
        assertThat(review.openReports(world.officer).orElseThrow()).isEmpty();
        assertThat(browse.project(walk.id()).orElseThrow().project().status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(browse.find(ProjectSearch.everything(), Optional.empty(), 10).orElseThrow().items()).isEmpty();
        assertThat(rejection(report.report(walk.id(), ProjectReport.Problem.WRONG, "Still closed.")))
                .isInstanceOf(Rejection.NotFound.class);
    }

    @Test
    void an_empty_report_is_refused_and_nothing_is_kept() {
        CommunityProject walk = listed("Walk and Talk", kendal);

        assertThat(invalidFields(report.report(walk.id(), ProjectReport.Problem.WRONG, "  ")))
                .containsExactly("details");
        assertThat(review.openReports(world.officer).orElseThrow()).isEmpty();
    }

    @Test
    void the_list_is_found_by_community_category_day_and_cost_a_page_at_a_time() {
        review.add(world.officer, project("Bowls").in(kendal).on(DayOfWeek.TUESDAY).details()).orElseThrow();
        review.add(world.officer, project("Art").in(lancaster).costing(Cost.of("£3")).details()).orElseThrow();
        review.add(world.officer, project("Cooking").in(kendal, lancaster)
                .category(ProjectCategory.LONG_TERM_CONDITIONS).details()).orElseThrow();

        PageRequest.Page<ProjectEntry> first = browse.find(ProjectSearch.everything(), Optional.empty(), 2)
                .orElseThrow();
        PageRequest.Page<ProjectEntry> second = browse.find(ProjectSearch.everything(), first.next(), 2)
                .orElseThrow();

        assertThat(first.items()).extracting(entry -> entry.project().details().name()).containsExactly("Art", "Bowls");
        assertThat(second.items()).extracting(entry -> entry.project().details().name()).containsExactly("Cooking");
        assertThat(second.next()).isEmpty();
        assertThat(names(new ProjectSearch(Set.of(lancaster), Optional.empty(), Optional.empty(), true)))
                .containsExactly("Cooking");
        assertThat(names(new ProjectSearch(Set.of(), Optional.empty(), Optional.of(DayOfWeek.TUESDAY), false)))
                .containsExactly("Bowls");
    }

    @Test
    void a_limit_out_of_range_or_a_cursor_not_given_here_is_refused() {
        assertThat(invalidFields(browse.find(ProjectSearch.everything(), Optional.empty(), 0)))
                .containsExactly("limit");
        assertThat(invalidFields(browse.find(ProjectSearch.everything(), Optional.of("not-a-cursor!"), 10)))
                .containsExactly("cursor");
    }

    private java.util.List<String> names(ProjectSearch search) {
        Outcome<PageRequest.Page<ProjectEntry>> found = browse.find(search, Optional.empty(), 50);
        return found.orElseThrow().items().stream().map(entry -> entry.project().details().name()).toList();
    }
}
