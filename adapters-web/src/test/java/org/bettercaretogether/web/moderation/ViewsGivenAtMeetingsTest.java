package org.bettercaretogether.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Staff say which of the programme's public meetings a view was given at (on the form, in the JSON and in a CSV
 * file), and the meeting's public page then counts the views given there and shows the published ones. The clock
 * starts on Tuesday 20 October 2026, when the meetings are scheduled, and is moved to Wednesday 28 October, after
 * the Kendal and Ulverston meetings and before the Lancaster one.
 */
class ViewsGivenAtMeetingsTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-10-20T09:00:00Z"));

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, RunningPublicWeb.securitySettings(
            new Limit(1000, Duration.ofMinutes(15)), new Limit(5, Duration.ofMinutes(15)),
            new Limit(1000, Duration.ofMinutes(10))), false);

    private static final Venue HALL = new Venue("Kendal Town Hall", "Highgate\nKendal LA9 4DL", Set.of(),
            Optional.empty());

    private static Views views;
    private static StaffAccounts.Account moderator;
    private static String token;
    private static MeetingId kendal;
    private static MeetingId ulverston;
    private static MeetingId lancaster;

    @BeforeAll
    static void three_meetings_two_of_them_over() {
        views = new Views(web);
        Actor officer = new Actor(StaffMemberId.random(), Views.OWN_PARTNER, Set.of(Role.ENGAGEMENT_OFFICER));
        kendal = schedule(officer, "kendal", "Kendal open evening", LocalDateTime.of(2026, 10, 26, 18, 0));
        ulverston = schedule(officer, "dalton-and-ulverston", "Ulverston coffee morning",
                LocalDateTime.of(2026, 10, 22, 10, 0));
        lancaster = schedule(officer, "lancaster", "Lancaster drop-in", LocalDateTime.of(2026, 11, 16, 14, 0));
        CLOCK.advance(Duration.ofDays(8)); // Wednesday 28 October 2026: signed in and issued after, so still valid
        moderator = web.staff().member(Role.MODERATOR);
        token = web.staff().apiToken(moderator);
    }

    @Test
    void the_form_offers_the_meetings_by_title_and_uk_day_the_latest_held_first_then_those_to_come() {
        Browser browser = web.browser().signInAs(moderator);

        String html = page(browser.get("/staff/feedback/new"), 200);

        assertThat(html).contains("<label class=\"govuk-label\" for=\"meeting\">")
                .contains("Choose the meeting if the view was given at one of our public meetings; choose ‘At a "
                        + "meeting’ as how it came in.")
                .contains("<option value=\"\" selected>Not at one of our public meetings</option>");
        int kendalAt = html.indexOf("<option value=\"" + kendal + "\">Kendal open evening — 26 October 2026</option>");
        int ulverstonAt = html.indexOf("<option value=\"" + ulverston
                + "\">Ulverston coffee morning — 22 October 2026</option>");
        int lancasterAt = html.indexOf("<option value=\"" + lancaster + "\">Lancaster drop-in — 16 November 2026</option>");
        assertThat(kendalAt).isPositive().isLessThan(ulverstonAt);
        assertThat(ulverstonAt).isLessThan(lancasterAt);
    }

    @Test
    void views_entered_at_a_meeting_by_the_form_and_by_a_file_are_counted_on_its_page_which_shows_only_the_published()
    {
        Browser browser = web.browser().signInAs(moderator);

        var entered = browser.submit("/staff/feedback/new", "/staff/feedback/new", "about", "community:kendal",
                "role", "PATIENT", "text", "Said at the open evening and never to be published.", "channel", "MEETING",
                "meeting", kendal.toString(), "received-on-day", "26", "received-on-month", "10",
                "received-on-year", "2026", "name", "Robin Example");
        var imported = upload(browser, ("about,slug,role,text,channel,received_on,consent_to_publish,meeting\n"
                + "community,kendal,member_of_public,Written on a card at the evening.,meeting,2026-10-26,yes,"
                + kendal + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(303);
        String location = entered.headers().firstValue("Location").orElseThrow();
        Feedback byForm = views.byReference(new FeedbackReference(location.substring(location.indexOf('=') + 1)));
        assertThat(byForm.origin().meeting()).hasValue(kendal);
        assertThat(imported.headers().firstValue("Location")).hasValue("/staff/feedback?imported=1");
        Feedback byFile = web.application().feedback().feedbackLog().givenAt(kendal).stream()
                .filter(view -> !view.id().equals(byForm.id())).findFirst().orElseThrow();

        String before = Html.text(page(web.get("/meetings/" + kendal), 200));
        assertThat(before).contains("What people said at this meeting", "2 views were given at this meeting.",
                "None of the views given at this meeting has been published yet.")
                .doesNotContain(byForm.reference().value(), byFile.reference().value(), "Written on a card");

        Feedback published = web.application().moderateFeedback().publish(Views.STAFF, byFile.id(),
                byFile.version(), "Please keep the evening clinic open.").orElseThrow().feedback();
        Feedback assigned = views.assigned(published, Views.OWN_PARTNER);
        web.application().respondToFeedback().respond(web.staff().member(Views.OWN_PARTNER, Role.RESPONDER).actor(),
                assigned.id(), assigned.version(), "The evening clinic stays open until March.").orElseThrow();

        String after = Html.text(page(web.get("/meetings/" + kendal), 200));
        assertThat(after).contains("2 views were given at this meeting.", "Please keep the evening clinic open.",
                byFile.reference().value(), "The evening clinic stays open until March.")
                .doesNotContain(byForm.reference().value(), "never to be published", "Robin Example",
                        "Written on a card", "None of the views");
        JsonNode meeting = json(web.get("/api/v1/meetings/" + kendal), 200);
        assertThat(meeting.get("viewsGiven").get("count").asInt()).isEqualTo(2);
        assertThat(meeting.get("viewsGiven").get("published")).hasSize(1);
        JsonNode shown = meeting.get("viewsGiven").get("published").get(0);
        assertThat(shown.get("reference").asString()).isEqualTo(byFile.reference().value());
        assertThat(shown.get("text").asString()).isEqualTo("Please keep the evening clinic open.");
        assertThat(shown.get("answer").get("text").asString()).isEqualTo("The evening clinic stays open until March.");
        assertThat(meeting.toString()).doesNotContain("never to be published", "Robin Example");
        assertThat(json(web.get("/api/v1/meetings"), 200).toString()).doesNotContain("viewsGiven");
    }

    @Test
    void a_meeting_held_with_no_views_entered_says_so_and_one_to_come_says_nothing_of_views() {
        assertThat(Html.text(page(web.get("/meetings/" + ulverston), 200)))
                .contains("What people said at this meeting", "No views given at this meeting have been recorded yet.");
        assertThat(Html.text(page(web.get("/meetings/" + lancaster), 200)))
                .doesNotContain("What people said at this meeting");
        assertThat(json(web.get("/api/v1/meetings/" + lancaster), 200).get("viewsGiven").get("count").asInt())
                .isZero();
    }

    @Test
    void an_unknown_meeting_is_refused_on_the_meeting_field_by_the_api_the_file_and_the_form_and_nothing_is_stored() {
        Browser browser = web.browser().signInAs(moderator);
        MeetingId unknown = MeetingId.random();
        int before = waiting();

        JsonNode byJson = problem(postJson("{\"about\": \"programme\", \"role\": \"patient\", \"text\": \"Words.\", "
                + "\"channel\": \"meeting\", \"receivedOn\": \"2026-10-26\", \"meeting\": \"" + unknown + "\"}"), 422);
        JsonNode notAnId = problem(postJson("{\"about\": \"programme\", \"role\": \"patient\", \"text\": \"Words.\", "
                + "\"channel\": \"meeting\", \"receivedOn\": \"2026-10-26\", \"meeting\": \"kendal-evening\"}"), 422);
        String file = "about,role,text,channel,received_on,meeting\nprogramme,patient,Fine.,meeting,2026-10-26,\n"
                + "programme,patient,Words.,meeting,2026-10-26," + unknown + "\n";
        JsonNode byCsv = problem(postCsv(file), 422);
        String uploaded = page(upload(browser, file.getBytes(StandardCharsets.UTF_8)), 422);
        String byForm = page(browser.submit("/staff/feedback/new", "/staff/feedback/new", "about", "programme",
                "role", "PATIENT", "text", "Words.", "channel", "MEETING", "meeting", unknown.toString(),
                "received-on-day", "26", "received-on-month", "10", "received-on-year", "2026"), 422);

        assertThat(byJson.get("errors").findValuesAsString("field")).containsExactly("meeting");
        assertThat(notAnId.get("errors").findValuesAsString("field")).containsExactly("meeting");
        assertThat(notAnId.toString()).contains("must be a meeting's id");
        assertThat(byCsv.get("errors").findValuesAsString("field")).containsExactly("row 2: meeting");
        assertThat(byCsv.get("errors").get(0).get("message").asString())
                .isEqualTo("Row 2: meeting – must be one of the programme's meetings");
        assertThat(Html.text(uploaded)).contains("Row 2: meeting – must be one of the programme's meetings");
        assertThat(Html.title(byForm)).isEqualTo("Error: Enter a view");
        assertThat(byForm).contains("<a href=\"#meeting\">Select a meeting from the list</a>")
                .contains("id=\"meeting-error\"");
        assertThat(waiting()).isEqualTo(before);
    }

    @Test
    void a_meeting_named_for_a_view_that_came_in_another_way_is_refused_on_the_meeting_field() {
        Browser browser = web.browser().signInAs(moderator);
        int before = waiting();

        JsonNode byJson = problem(postJson("{\"about\": \"programme\", \"role\": \"patient\", \"text\": \"Words.\", "
                + "\"channel\": \"letter\", \"receivedOn\": \"2026-10-26\", \"meeting\": \"" + kendal + "\"}"), 422);
        JsonNode byCsv = problem(postCsv("about,role,text,channel,received_on,meeting\n"
                + "programme,patient,Words.,letter,2026-10-26," + kendal + "\n"), 422);
        String byForm = page(browser.submit("/staff/feedback/new", "/staff/feedback/new", "about", "programme",
                "role", "PATIENT", "text", "Words.", "channel", "LETTER", "meeting", kendal.toString(),
                "received-on-day", "26", "received-on-month", "10", "received-on-year", "2026"), 422);

        assertThat(byJson.get("errors").findValuesAsString("field")).containsExactly("meeting");
        assertThat(byCsv.get("errors").findValuesAsString("field")).containsExactly("row 1: meeting");
        assertThat(byForm).contains("<a href=\"#meeting\">Select ‘At a meeting’ as how the view came in, or select "
                + "no meeting</a>").contains("<option value=\"" + kendal + "\" selected>");
        assertThat(waiting()).isEqualTo(before);
    }

    @Test
    void the_import_page_and_the_sample_file_name_the_meeting_column() {
        Browser browser = web.browser().signInAs(moderator);

        String importPage = Html.text(page(browser.get("/staff/feedback/import"), 200));
        String sample = browser.get("/staff/feedback/import/sample.csv").body();

        assertThat(importPage).contains("meeting No for a view given at one of our public meetings, the meeting's id");
        assertThat(sample.lines().findFirst().orElseThrow()).endsWith(",postcode_district,meeting");
    }

    private static MeetingId schedule(Actor officer, String community, String title, LocalDateTime start) {
        return web.application().scheduleMeetings().schedule(officer, new MeetingDraft(Optional.of(new Slug(community)),
                Optional.empty(), title, "Tell us what matters to you.", start, start.plusHours(2), Optional.of(HALL),
                Optional.empty(), 40)).orElseThrow().meeting().meeting().id();
    }

    private static HttpResponse<String> upload(Browser browser, byte[] file) {
        String csrf = Browser.csrf(browser.get("/staff/feedback/import").body());
        return browser.send(Views.upload(browser, "/staff/feedback/import", csrf, "views.csv", file));
    }

    private static int waiting() {
        return web.application().feedback().feedbackLog().countAwaitingModeration();
    }

    private static HttpResponse<String> postJson(String json) {
        return web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/feedback"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpResponse<String> postCsv(String file) {
        return web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/feedback/import"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(file)).build());
    }
}
