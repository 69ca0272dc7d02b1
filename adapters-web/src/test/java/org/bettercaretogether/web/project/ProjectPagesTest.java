package org.bettercaretogether.web.project;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.bettercaretogether.application.project.ReviewProjects;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.Cost;
import org.bettercaretogether.domain.project.ProjectCategory;
import org.bettercaretogether.domain.project.ProjectDetails;
import org.bettercaretogether.domain.project.Session;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.memory.testing.ProjectExamples.project;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

/**
 * The public finds community projects at {@code /projects} (near a town or postcode district, by community, kind, day
 * and cost), on each community's page and list, and in the API; suggests one and reports one wrong or closed through
 * forms without an account; and staff review suggestions and reports. A suggester's contact details never reach a
 * public page, an API answer or a log line.
 */
class ProjectPagesTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-10-01T09:00:00Z"));
    private static final String CANARY_NAME = "Zebedee Canaryname";
    private static final String CANARY_EMAIL = "zebedee.canary@example.org";
    private static final Limit PLENTY = new Limit(1_000, Duration.ofMinutes(1));

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, RunningPublicWeb.securitySettings(PLENTY, PLENTY,
            PLENTY), false);

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Actor officer;
    private ReviewProjects review;

    @BeforeEach
    void listen() {
        logs.start();
        root().addAppender(logs);
        officer = web.staff().member(Role.ENGAGEMENT_OFFICER).actor();
        review = web.application().reviewProjects();
    }

    @AfterEach
    void stopListening() {
        root().detachAppender(logs);
        logs.stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static CommunityId community(String slug) {
        return web.application().browseDirectory().community(new Slug(slug)).orElseThrow().community().id();
    }

    private CommunityProject listed(String name, ProjectCategory category, String slug) {
        return review.add(officer, project(name).category(category).in(community(slug)).on(DayOfWeek.TUESDAY)
                .details()).orElseThrow();
    }

    @Test
    void near_a_postcode_district_finds_the_projects_of_its_community_and_the_filters_narrow_them() {
        String name = "Falls Class " + System.nanoTime();
        listed(name, ProjectCategory.FALLS_PREVENTION, "kendal");
        String lancaster = "Lancaster Walk " + System.nanoTime();
        listed(lancaster, ProjectCategory.WALKING_AND_ACTIVITY, "lancaster");

        String near = page(web.get("/projects?near=LA9&category=falls-prevention"), 200);
        String otherDay = page(web.get("/projects?near=LA9&day=friday"), 200);

        assertThat(Html.h1(near)).isEqualTo("Community projects near you");
        assertThat(Html.text(near)).contains(name).contains("Showing projects in Kendal").doesNotContain(lancaster);
        assertThat(Html.text(otherDay)).doesNotContain(name).contains("No projects match");
    }

    @Test
    void a_filter_that_names_nothing_known_is_shown_again_with_an_error_summary() {
        String html = page(web.get("/projects?near=Atlantis&category=knitting"), 422);

        assertThat(Html.title(html)).startsWith("Error: ");
        assertThat(html).contains("<a href=\"#near\">No Integrated Care Community serves Atlantis")
                .contains("<a href=\"#category\">Select a kind of project from the list</a>")
                .contains("value=\"Atlantis\"");
    }

    @Test
    void a_community_page_shows_its_projects_and_links_to_its_whole_list() {
        String name = "Kendal Carers " + System.nanoTime();
        listed(name, ProjectCategory.CARERS_SUPPORT, "kendal");

        String icc = page(web.get("/communities/kendal"), 200);
        String list = page(web.get("/communities/kendal/projects"), 200);

        assertThat(Html.text(icc)).contains("Community projects and ways to stay well");
        assertThat(Html.links(icc)).extracting(Html.Link::href).contains("/communities/kendal/projects");
        assertThat(Html.h1(list)).isEqualTo("Community projects in Kendal");
        assertThat(Html.text(list)).contains(name);
        assertThat(web.get("/communities/atlantis/projects").statusCode()).isEqualTo(404);
    }

    @Test
    void the_api_lists_projects_a_page_at_a_time_and_answers_one_with_its_sessions() {
        CommunityProject one = listed("Api Project " + System.nanoTime(), ProjectCategory.OTHER, "kendal");

        JsonNode list = json(web.get("/api/v1/projects?community=kendal&limit=100"), 200);
        JsonNode found = json(web.get("/api/v1/projects/" + one.id()), 200);

        assertThat(list.get("items").valueStream().map(item -> item.get("id").asString()).toList())
                .contains(one.id().toString());
        assertThat(found.get("communities").get(0).asString()).isEqualTo("kendal");
        assertThat(found.get("sessions").get(0).get("day").asString()).isEqualTo("TUESDAY");
        assertThat(found.get("category").get("key").asString()).isEqualTo("other");
        assertThat(problem(web.get("/api/v1/projects?category=knitting"), 422).get("status").asInt()).isEqualTo(422);
        assertThat(web.get("/api/v1/projects/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(web.get("/api/v1/projects?limit=0").statusCode()).isEqualTo(422);
    }

    @Test
    void a_suggestion_with_problems_is_shown_again_naming_each_and_keeping_what_was_typed() {
        String html = page(new Browser(web).post("/projects/suggest", "name", "Half a suggestion",
                "suggester-email", "not-an-email"), 422);

        assertThat(Html.title(html)).isEqualTo("Error: Suggest a community project");
        assertThat(html).contains("<a href=\"#offer\">").contains("<a href=\"#communities\">")
                .contains("<a href=\"#venue-name\">").contains("<a href=\"#suggester-email\">")
                .contains("value=\"Half a suggestion\"");
    }

    @Test
    void a_suggestion_waits_for_review_its_suggester_seen_by_staff_only_and_never_public_nor_logged() {
        String name = "Canary Walk " + System.nanoTime();
        var sent = new Browser(web).post("/projects/suggest", "name", name, "offer", "A gentle walk.",
                "for-whom", "Anyone.", "category", "WALKING_AND_ACTIVITY", "organiser-kind", "COMMUNITY_GROUP",
                "organiser", "Kendal Walkers", "communities", "kendal", "venue-name", "The Library",
                "venue-address", "Stricklandgate, Kendal", "access", "STEP_FREE", "day", "wednesday",
                "starts", "10:00", "ends", "11:00", "join-by", "DROP_IN", "join-details", "Just turn up.",
                "free", "true", "suggester-name", CANARY_NAME, "suggester-email", CANARY_EMAIL);

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue("/projects/suggest/sent");
        assertThat(Html.text(page(web.get("/projects?community=kendal"), 200))).doesNotContain(name);
        CommunityProject waiting = review.suggestions(officer).orElseThrow().stream()
                .filter(project -> project.details().name().equals(name)).findFirst().orElseThrow();

        Browser staff = web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));
        String staffList = page(staff.get("/staff/projects"), 200);
        String staffPage = page(staff.get("/staff/projects/" + waiting.id()), 200);
        assertThat(Html.text(staffList)).contains(name);
        assertThat(Html.text(staffPage)).contains(CANARY_NAME).contains(CANARY_EMAIL);

        var accepted = staff.submit("/staff/projects/" + waiting.id(), "/staff/projects/" + waiting.id() + "/accept",
                "version", Long.toString(waiting.version()));
        assertThat(accepted.statusCode()).isEqualTo(303);

        List<String> publicAnswers = new ArrayList<>();
        publicAnswers.add(page(web.get("/projects?community=kendal"), 200));
        publicAnswers.add(page(web.get("/projects/" + waiting.id()), 200));
        publicAnswers.add(page(web.get("/communities/kendal"), 200));
        publicAnswers.add(json(web.get("/api/v1/projects?community=kendal&limit=100"), 200).toString());
        publicAnswers.add(json(web.get("/api/v1/projects/" + waiting.id()), 200).toString());
        assertThat(publicAnswers.get(0)).contains(name);
        assertThat(publicAnswers).allSatisfy(answer -> assertThat(answer).doesNotContain("Zebedee")
                .doesNotContain("zebedee.canary"));
        assertThat(logs.list).allSatisfy(event -> assertThat(event.getFormattedMessage() + event.getThrowableProxy())
                .doesNotContain("Zebedee").doesNotContain("zebedee.canary"));
        assertThat(review.project(officer, waiting.id()).orElseThrow().project().suggester()).isEmpty();
    }

    @Test
    void a_report_that_a_project_closed_is_taken_without_contact_details_and_reaches_staff() {
        CommunityProject walk = listed("Reported Walk " + System.nanoTime(), ProjectCategory.WALKING_AND_ACTIVITY,
                "kendal");
        String path = "/projects/" + walk.id() + "/report";

        String empty = page(new Browser(web).post(path), 422);
        var sent = new Browser(web).post(path, "problem", "CLOSED", "details", "The hall says it stopped in May.");

        assertThat(empty).contains("<a href=\"#problem\">Select what is wrong with the entry</a>")
                .contains("<a href=\"#details\">Tell us what you noticed</a>");
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(Html.text(page(web.get(sent.headers().firstValue("Location").orElseThrow()), 200)))
                .contains("Thank you. Staff will check the entry");
        Browser staff = web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));
        assertThat(Html.text(page(staff.get("/staff/projects"), 200))).contains("The hall says it stopped in May.");
    }

    @Test
    void an_entry_not_checked_for_twelve_months_says_so_publicly_and_is_flagged_to_staff() {
        String name = "Old Entry " + System.nanoTime();
        CommunityProject old = listed(name, ProjectCategory.OTHER, "kendal");
        CLOCK.advance(Duration.ofDays(366));
        try {
            String html = page(web.get("/projects/" + old.id()), 200);
            Browser staff = web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));

            assertThat(Html.text(html)).contains("Last checked on 1 October 2026")
                    .contains("has not been checked for more than a year");
            assertThat(Html.text(page(staff.get("/staff/projects"), 200))).contains(name)
                    .contains("last checked on 1 October 2026");
        } finally {
            review.markChecked(officer, old.id(), old.version()).orElseThrow();
        }
    }

    @Test
    void an_officer_lists_a_project_through_the_form_and_changes_its_entry_later() {
        Browser staff = web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));
        String name = "Staff Listed Walk " + System.nanoTime();
        String[] fields = {"name", name, "offer", "A walk.", "for-whom", "Anyone.",
                "category", "WALKING_AND_ACTIVITY", "organiser-kind", "PARTNER", "organiser", "Community Therapy",
                "communities", "kendal", "communities", "lancaster", "online", "true", "day", "sunday",
                "starts", "9:30", "ends", "10:30", "join-by", "DROP_IN", "join-details", "Just come.",
                "free", "false", "charge", "£1"};

        var added = staff.submit("/staff/projects/new", "/staff/projects/new", fields);
        CommunityProject listed = web.application().browseProjects().find(
                org.bettercaretogether.application.project.ProjectSearch.everything(), java.util.Optional.empty(), 100)
                .orElseThrow().items().stream().map(entry -> entry.project())
                .filter(project -> project.details().name().equals(name)).findFirst().orElseThrow();
        String edit = page(staff.get("/staff/projects/" + listed.id() + "/edit"), 200);
        var changed = staff.submit("/staff/projects/" + listed.id() + "/edit", "/staff/projects/" + listed.id()
                + "/edit", "version", Long.toString(listed.version()), "name", name + " and Talk", "offer", "A walk.",
                "for-whom", "Anyone.", "category", "WALKING_AND_ACTIVITY", "organiser-kind", "PARTNER",
                "organiser", "Community Therapy", "communities", "kendal", "online", "true", "day", "sunday",
                "starts", "09:30", "ends", "10:30", "join-by", "DROP_IN", "join-details", "Just come.", "free", "true");

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(listed.details().communities()).hasSize(2);
        assertThat(listed.details().cost().charge()).contains("£1");
        assertThat(edit).contains("value=\"" + name + "\"").contains("value=\"09:30\"");
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(Html.text(page(web.get("/projects/" + listed.id()), 200))).contains(name + " and Talk")
                .contains("Free");
        assertThat(page(staff.submit("/staff/projects/new", "/staff/projects/new", "name", "Half"), 422))
                .contains("<a href=\"#offer\">");
    }

    @Test
    void changing_a_project_of_several_sessions_through_the_form_of_one_keeps_the_others() {
        Browser staff = web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));
        String name = "Twice Weekly Walk " + System.nanoTime();
        ProjectDetails once = project(name).in(community("kendal")).on(DayOfWeek.TUESDAY).details();
        Session thursday = new Session(DayOfWeek.THURSDAY, LocalTime.of(14, 0), LocalTime.of(15, 0));
        CommunityProject twice = review.add(officer, new ProjectDetails(once.name(), once.offer(), once.forWhom(),
                once.category(), once.organiser(), once.communities(), once.venue(), once.online(),
                List.of(once.sessions().getFirst(), thursday), once.timesNote(), once.joining(), once.cost()))
                .orElseThrow();

        var changed = staff.submit("/staff/projects/" + twice.id() + "/edit", "/staff/projects/" + twice.id()
                + "/edit", "version", Long.toString(twice.version()), "name", name, "offer", "A walk.",
                "for-whom", "Anyone.", "category", "WALKING_AND_ACTIVITY", "organiser-kind", "PARTNER",
                "organiser", "Community Therapy", "communities", "kendal", "online", "true", "day", "monday",
                "starts", "09:30", "ends", "10:30", "join-by", "DROP_IN", "join-details", "Just come.", "free", "true");

        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(review.project(officer, twice.id()).orElseThrow().project().details().sessions()).containsExactly(
                new Session(DayOfWeek.MONDAY, LocalTime.of(9, 30), LocalTime.of(10, 30)), thursday);
    }

    @Test
    void people_without_the_role_cannot_use_the_staff_pages() {
        Browser moderator = web.browser().signInAs(web.staff().member(Role.MODERATOR));

        assertThat(moderator.get("/staff/projects").statusCode()).isEqualTo(403);
    }
}
