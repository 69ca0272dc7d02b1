package org.bettercaretogether.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Staff enter the views that came in on paper, by phone or at a meeting: one at a time on a form or through the API,
 * or many from a CSV file, which is entered whole or not at all, with every problem of every row listed.
 */
class EnteringViewsTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    private static final String HEADER = "about,slug,role,text,channel,received_on,event_or_batch,name,email,phone,"
            + "consent_to_contact,consent_to_publish,postcode_district\n";

    private static Views views;
    private static StaffAccounts.Account moderator;
    private static String token;

    @BeforeAll
    static void a_moderator() {
        views = new Views(web);
        moderator = web.staff().member(Role.MODERATOR);
        token = web.staff().apiToken(moderator);
    }

    @Test
    void a_letter_entered_on_the_form_joins_the_queue_with_where_it_came_from() {
        Browser browser = web.browser().signInAs(moderator);

        var entered = browser.submit("/staff/feedback/new", "/staff/feedback/new", "about", "community:dalton-and-ulverston",
                "role", "ELECTED_MEMBER", "text", "Residents want the minor injuries unit kept open in the evenings.",
                "channel", "LETTER", "received-on-day", "3", "received-on-month", "3", "received-on-year", "2025",
                "event-or-batch", "March postbag", "name", "Cllr Example", "email", "cllr@example.gov.uk",
                "consent", "to-contact", "postcode-district", "la12");

        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(303);
        String location = entered.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/staff/feedback?entered=BCT-");
        FeedbackReference reference = new FeedbackReference(location.substring(location.indexOf('=') + 1));
        Feedback view = views.byReference(reference);
        assertThat(view.origin().channel()).isEqualTo(Channel.LETTER);
        assertThat(view.origin().receivedOn()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(view.origin().eventOrBatch()).hasValue("March postbag");
        assertThat(view.origin().enteredBy()).hasValue(moderator.member().id());
        assertThat(view.role()).isEqualTo(ContributorRole.ELECTED_MEMBER);
        assertThat(view.contact().email().orElseThrow().value()).isEqualTo("cllr@example.gov.uk");
        assertThat(view.consent().toContact()).isTrue();
        assertThat(view.consent().toPublish()).isFalse();
        assertThat(view.postcodeDistrict().orElseThrow().value()).isEqualTo("LA12");
        assertThat(Html.text(page(browser.get(location), 200)))
                .contains("View " + reference.value() + " has been entered. It is waiting for moderation.");
    }

    @Test
    void an_engagement_officer_who_cannot_see_the_queue_comes_back_to_the_form() {
        Browser browser = web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));

        var entered = browser.submit("/staff/feedback/new", "/staff/feedback/new", "about", "programme",
                "role", "VOLUNTARY_ORGANISATION", "text", "Our members want more evening appointments.",
                "channel", "MEETING", "received-on-day", "12", "received-on-month", "3", "received-on-year", "2025");

        String location = entered.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/staff/feedback/new?entered=BCT-");
        assertThat(Html.text(page(browser.get(location), 200))).contains("has been entered");
    }

    @Test
    void a_form_with_nothing_filled_in_shows_each_field_to_fix_and_keeps_what_was_typed() {
        Browser browser = web.browser().signInAs(moderator);

        var refused = browser.submit("/staff/feedback/new", "/staff/feedback/new", "text", "  ",
                "received-on-day", "31", "received-on-month", "2", "received-on-year", "2025",
                "email", "not an address", "event-or-batch", "Kendal drop-in");

        String html = page(refused, 422);
        assertThat(Html.title(html)).isEqualTo("Error: Enter a view");
        assertThat(html).contains("<a href=\"#about\">Select what the view is about</a>")
                .contains("<a href=\"#role\">Select in what capacity the person gave the view</a>")
                .contains("<a href=\"#text\">Enter the view, in the person's words</a>")
                .contains("<a href=\"#channel\">Select how the view came in</a>")
                .contains("<a href=\"#received-on\">The date received must be a real date, like 31 3 2025</a>")
                .contains("<a href=\"#email\">The email address must be an email address")
                .contains("value=\"Kendal drop-in\"").contains("value=\"not an address\"");
        assertThat(html.indexOf("href=\"#about\"")).isLessThan(html.indexOf("href=\"#received-on\""));
    }

    @Test
    void a_view_received_in_the_future_or_about_no_known_community_is_refused() {
        Browser browser = web.browser().signInAs(moderator);
        LocalDate tomorrow = UkTime.dayOf(java.time.Instant.now()).plusDays(1);

        var future = browser.submit("/staff/feedback/new", "/staff/feedback/new", "about", "programme",
                "role", "PATIENT", "text", "Words.", "channel", "PHONE",
                "received-on-day", Integer.toString(tomorrow.getDayOfMonth()),
                "received-on-month", Integer.toString(tomorrow.getMonthValue()),
                "received-on-year", Integer.toString(tomorrow.getYear()));
        var nowhere = browser.submit("/staff/feedback/new", "/staff/feedback/new", "about", "community:atlantis",
                "role", "PATIENT", "text", "Words.", "channel", "PHONE",
                "received-on-day", "1", "received-on-month", "3", "received-on-year", "2025");

        assertThat(page(future, 422)).contains("<a href=\"#received-on\">The date received must not be in the future</a>");
        assertThat(page(nowhere, 422)).contains("<a href=\"#about\">Select a community, workstream or network from the list</a>");
    }

    @Test
    void the_api_enters_one_view_and_names_each_field_at_fault() {
        JsonNode entered = json(postJson("/api/v1/staff/feedback", "{\"about\": \"workstream\", "
                + "\"slug\": \"elective-care\", \"role\": \"clinician\", \"text\": \"Keep day surgery local.\", "
                + "\"channel\": \"email\", \"receivedOn\": \"2025-03-10\", \"consentToPublish\": true}"), 201);
        JsonNode refused = problem(postJson("/api/v1/staff/feedback", "{\"about\": \"community\", "
                + "\"role\": \"surgeon\", \"text\": \"\", \"channel\": \"online\", \"receivedOn\": \"10/03/2025\"}"), 422);
        JsonNode unknown = problem(postJson("/api/v1/staff/feedback", "{\"about\": \"community\", \"slug\": \"atlantis\", "
                + "\"role\": \"patient\", \"text\": \"Words.\", \"channel\": \"phone\", \"receivedOn\": \"2025-03-10\"}"), 422);

        Feedback view = views.byReference(new FeedbackReference(entered.get("references").get(0).asString()));
        assertThat(view.origin().channel()).isEqualTo(Channel.EMAIL);
        assertThat(view.consent().toPublish()).isTrue();
        assertThat(refused.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("slug", "role", "text", "channel", "receivedOn");
        assertThat(refused.toString()).contains("must be one of meeting, email, letter, phone, paper_form, social_media");
        assertThat(unknown.get("errors").get(0).get("field").asString()).isEqualTo("slug");
    }

    @Test
    void the_sample_file_downloads_and_imports_whole() {
        Browser browser = web.browser().signInAs(moderator);
        int before = waiting();

        var sample = browser.get("/staff/feedback/import/sample.csv");
        var imported = upload(browser, sample.body().getBytes(StandardCharsets.UTF_8));

        assertThat(sample.statusCode()).isEqualTo(200);
        assertThat(sample.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(sample.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(sample.body()).startsWith(HEADER.strip());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(303);
        assertThat(imported.headers().firstValue("Location")).hasValue("/staff/feedback?imported=2");
        assertThat(waiting()).isEqualTo(before + 2);
        assertThat(Html.text(page(browser.get("/staff/feedback?imported=2"), 200)))
                .contains("2 views have been imported. They are waiting for moderation.");
    }

    @Test
    void a_file_with_problems_in_some_rows_enters_none_and_lists_every_problem_by_row_and_column() {
        Browser browser = web.browser().signInAs(moderator);
        int before = waiting();
        String file = HEADER
                + "programme,,patient,A good view.,letter,2025-03-01,,,,,no,yes,\n"
                + "community,kendal,patient,,letter,2025-03-01,,,,,no,yes,\n"
                + "community,kendal,patient,Another view.,letter,1 March 2025,,,,,maybe,yes,\n";

        String html = page(upload(browser, file.getBytes(StandardCharsets.UTF_8)), 422);

        assertThat(html).contains("<a href=\"#file\">Row 2: text – must not be blank</a>")
                .contains("<a href=\"#file\">Row 3: received_on – must be a real date written YYYY-MM-DD, like 2025-03-31</a>")
                .contains("<a href=\"#file\">Row 3: consent_to_contact – must be yes or no</a>")
                .doesNotContain("Row 1");
        assertThat(waiting()).isEqualTo(before);
    }

    @Test
    void a_file_naming_a_community_there_is_not_enters_none_and_says_which_row() {
        Browser browser = web.browser().signInAs(moderator);
        int before = waiting();
        String file = HEADER
                + "programme,,patient,A good view.,letter,2025-03-01,,,,,no,yes,\n"
                + ",,,,,,,,,,,,\n"
                + "community,atlantis,patient,Another view.,letter,2025-03-01,,,,,no,yes,\n";

        String html = page(upload(browser, file.getBytes(StandardCharsets.UTF_8)), 422);

        assertThat(html).contains("Row 3: slug – There is no Integrated Care Community called 'atlantis'.");
        assertThat(waiting()).isEqualTo(before);
    }

    @Test
    void a_file_that_is_not_one_this_import_reads_says_why() {
        Browser browser = web.browser().signInAs(moderator);
        StringBuilder tooMany = new StringBuilder(HEADER);
        for (int i = 0; i <= CsvImport.MAXIMUM_ROWS; i++) {
            tooMany.append("programme,,patient,View ").append(i).append(",letter,2025-03-01,,,,,no,no,\n");
        }

        assertThat(page(upload(browser, tooMany.toString().getBytes(StandardCharsets.UTF_8)), 422))
                .contains("The file must hold at most 5,000 views");
        assertThat(page(upload(browser, new byte[CsvImport.MAXIMUM_BYTES + 1]), 413))
                .contains("a file must be smaller than 2 MB");
        assertThat(page(upload(browser, new byte[] {(byte) 0xC3, (byte) 0x28, 0x0A}), 422))
                .contains("The file must be saved as UTF-8");
        assertThat(page(upload(browser, "about,text,colour\nprogramme,Words,blue\n".getBytes(StandardCharsets.UTF_8)), 422))
                .contains("The header names columns this import does not know: colour")
                .contains("The header must name the columns role, channel, received_on");
        assertThat(page(upload(browser, HEADER.getBytes(StandardCharsets.UTF_8)), 422))
                .contains("The file has no views");
        assertThat(page(upload(browser, new byte[0]), 422)).contains("The selected file is empty");
        assertThat(page(upload(browser, (HEADER + "programme,,patient,\"Never closed,letter,2025-03-01\n")
                .getBytes(StandardCharsets.UTF_8)), 422)).contains("The file is not a CSV file this import can read");
        assertThat(page(upload(browser, (HEADER + "programme,,patient,Words,letter,2025-03-01,,,,,no,no,,extra\n")
                .getBytes(StandardCharsets.UTF_8)), 422)).contains("Row 1 has 14 values but the header names only 13 columns");
    }

    @Test
    void the_api_imports_a_csv_body_whole_and_refuses_other_types_and_large_files() {
        int before = waiting();
        String file = "\uFEFF" + HEADER
                + "network,furness,member_of_public,\"Two lines,\nwith a comma\",social_media,2025-03-01,Facebook,,,,no,yes,\n"
                + "programme,,Patient,Thanks for listening.,Paper form,2025-03-02,,,,,yes,no,LA9\n"
                + "programme,,other,A short row ends early.,phone,2025-03-03\n";

        JsonNode imported = json(postCsv(file.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8"), 201);
        JsonNode refused = problem(postCsv((HEADER + "programme,,patient,,letter,2025-03-01,,,,,no,no,\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv"), 422);

        assertThat(imported.get("entered").asInt()).isEqualTo(3);
        Feedback first = views.byReference(new FeedbackReference(imported.get("references").get(0).asString()));
        assertThat(first.text().orElseThrow().value()).isEqualTo("Two lines,\nwith a comma");
        assertThat(first.origin().channel()).isEqualTo(Channel.SOCIAL_MEDIA);
        assertThat(first.origin().eventOrBatch()).hasValue("Facebook");
        Feedback second = views.byReference(new FeedbackReference(imported.get("references").get(1).asString()));
        assertThat(second.origin().channel()).isEqualTo(Channel.PAPER_FORM);
        assertThat(second.consent().toContact()).isTrue();
        assertThat(second.postcodeDistrict().orElseThrow().value()).isEqualTo("LA9");
        assertThat(waiting()).isEqualTo(before + 3);
        assertThat(refused.get("errors").get(0).get("message").asString()).isEqualTo("Row 1: text – must not be blank");
        problem(postCsv("a,b".getBytes(StandardCharsets.UTF_8), "application/json"), 415);
        problem(postCsv(new byte[CsvImport.MAXIMUM_BYTES + 10], "text/csv"), 413);
    }

    private static HttpResponse<String> upload(Browser browser, byte[] file) {
        String csrf = Browser.csrf(browser.get("/staff/feedback/import").body());
        return browser.send(Views.upload(browser, "/staff/feedback/import", csrf, "views.csv", file));
    }

    private static int waiting() {
        return web.application().feedback().feedbackLog().countAwaitingModeration();
    }

    private static HttpResponse<String> postJson(String path, String json) {
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpResponse<String> postCsv(byte[] body, String type) {
        return web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/feedback/import"))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

}
