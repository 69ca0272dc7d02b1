package org.bettercaretogether.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.bettercaretogether.application.feedback.ShareAView;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.mail.SentMailCopies.SentCopy;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.meeting.NewRegistration;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
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
 * An administrator answers a person's request for a copy of their data: found by their email address or telephone
 * number, everything held is shown on a page, downloaded as one JSON document, or given by the staff API; each time is
 * recorded in the audit log, and the address never appears in an address bar, a log or the audit log.
 */
class SubjectAccessTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    private static PrivacyFixtures people;

    @BeforeAll
    static void an_administrator() {
        people = new PrivacyFixtures(web);
    }

    @Test
    void the_page_shows_every_view_registration_and_message_held_for_an_address_and_nobody_else_s() {
        FeedbackReference bus = people.given("The bus from Ulverston is always late.", "Pat Example", "pat@example.com",
                "07700 900333").reference();
        people.given("Someone else's view about parking.", "Lee Other", "lee@example.com", null);
        people.register(people.meetingInKendal(), "Pat Example", "pat@example.com", "A hearing loop, please");
        people.app().sentMail().keep(new EmailAddress("pat@example.com"), new SentCopy(Instant.parse("2026-11-02T10:00:00Z"),
                "An earlier message to Pat", "Kept in the mail-drop folder."));
        Browser browser = web.browser().signInAs(people.admin());

        var answer = browser.submit("/staff/subject-access", "/staff/subject-access", "email", "Pat@Example.com");

        String text = Html.text(page(answer, 200));
        assertThat(Html.h1(answer.body())).isEqualTo("Everything held about this person");
        assertThat(answer.uri().toString()).doesNotContain("pat");
        assertThat(text).contains("View " + bus.value(), "The bus from Ulverston is always late.", "Pat Example",
                        "07700 900333", "Agreed to be contacted Yes", "History:")
                .contains("Kendal listening event", "A hearing loop, please")
                .contains("We have received your view " + bus.value(), "waiting to be sent")
                .contains("An earlier message to Pat", "Kept in the mail-drop folder.")
                .contains("No staff account has this.")
                .doesNotContain("Lee Other", "Someone else's view");
        assertThat(answer.body()).contains("action=\"/staff/subject-access/download\"");
    }

    @Test
    void the_download_is_one_json_document_of_the_same_and_each_export_is_audited_without_the_address() {
        FeedbackReference view = people.given("The pharmacy closes too early.", "Sam Example",
                "sam.download@example.com", null).reference();
        Browser browser = web.browser().signInAs(people.admin());

        HttpResponse<String> download = browser.submit("/staff/subject-access", "/staff/subject-access/download",
                "email", "sam.download@example.com");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment; filename=\"personal-data-").endsWith(".json\""));
        assertThat(download.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode document = json(download, 200);
        assertThat(document.get("export").get("email").asString()).isEqualTo("sam.download@example.com");
        assertThat(document.get("views")).singleElement().satisfies(held -> {
            assertThat(held.get("reference").asString()).isEqualTo(view.value());
            assertThat(held.get("words").asString()).isEqualTo("The pharmacy closes too early.");
            assertThat(held.get("contact").get("name").asString()).isEqualTo("Sam Example");
            assertThat(held.get("history").get(0).get("what").asString()).isEqualTo("RECEIVED");
        });
        assertThat(document.get("registrations")).isEmpty();
        assertThat(document.get("projectsSuggested")).isEmpty();
        assertThat(document.get("mailHeld")).singleElement()
                .satisfies(message -> assertThat(message.get("state").asString()).isEqualTo("waiting to be sent"));
        AuditEntry audited = exportsAudited().stream()
                .filter(entry -> entry.recordId().equals(document.get("export").get("id").asString()))
                .findFirst().orElseThrow();
        assertThat(audited.actor()).contains(people.admin().member().id());
        assertThat(audited.changes()).extracting(change -> change.field() + ": " + change.after().orElseThrow())
                .containsExactly("asked: by an email address", "views: 1", "meeting registrations: 0",
                        "community projects suggested: 0", "messages held: 1", "copies of mail sent: 0",
                        "subscriptions to follow by email: 0", "staff account: no",
                        "consultations to be told about: 0");
        assertThat(audited.toString()).doesNotContain("sam.download", "pharmacy");
    }

    @Test
    void by_telephone_number_the_views_that_gave_it_are_found_however_it_was_written() {
        FeedbackReference view = people.given("Ring me about the clinic.", null, null, "01229 700444").reference();
        String token = web.staff().apiToken(people.admin());

        JsonNode document = json(post(token, "{\"phone\": \"+44 1229 700444\"}"), 200);

        assertThat(document.get("export").get("phone").asString()).isEqualTo("+44 1229 700444");
        assertThat(document.get("views")).extracting(held -> held.get("reference").asString())
                .containsExactly(view.value());
        assertThat(document.get("registrations")).isEmpty();
        assertThat(document.get("staffAccount")).isNull();
    }

    @Test
    void a_staff_member_s_own_address_finds_their_account() {
        StaffAccounts.Account officer = web.staff().member(Role.ENGAGEMENT_OFFICER);
        String token = web.staff().apiToken(people.admin());

        JsonNode document = json(post(token, "{\"email\": \"" + officer.email() + "\"}"), 200);

        JsonNode account = document.get("staffAccount");
        assertThat(account.get("email").asString()).isEqualTo(officer.email());
        assertThat(account.get("name").asString()).isEqualTo(officer.member().name());
        assertThat(account.get("roles")).extracting(JsonNode::asString).containsExactly("Engagement officer");
        assertThat(account.get("active").asBoolean()).isTrue();
    }

    @Test
    void a_request_naming_no_one_or_two_ways_at_once_is_refused_and_only_administrators_may_ask() {
        String token = web.staff().apiToken(people.admin());
        Browser browser = web.browser().signInAs(people.admin());

        var neither = browser.submit("/staff/subject-access", "/staff/subject-access", "email", "");
        var badAddress = browser.submit("/staff/subject-access", "/staff/subject-access", "email", "pat at example");

        assertThat(page(neither, 422)).contains("<a href=\"#email\">Give either the person's email address or "
                + "their telephone number</a>");
        assertThat(page(badAddress, 422)).contains("<a href=\"#email\">").contains("value=\"pat at example\"");
        assertThat(problem(post(token, "{}"), 422).get("errors").get(0).get("field").asString()).isEqualTo("email");
        assertThat(problem(post(token, "{\"email\": \"a@example.com\", \"phone\": \"07700 900333\"}"), 422))
                .isNotNull();
        assertThat(problem(post(token, "{\"reference\": \"BCT-2222-2222\"}"), 422).get("errors").get(0).get("field")
                .asString()).as("a reference does not say who a person is").isEqualTo("email");
        problem(post(web.staff().apiToken(web.staff().member(Role.MODERATOR)), "{\"email\": \"a@example.com\"}"), 403);
    }

    private static List<AuditEntry> exportsAudited() {
        return people.app().readAuditLog().read(people.admin().actor(), Optional.empty(), 100).orElseThrow().entries().stream()
                .filter(entry -> entry.action().equals("personal-data.exported")).toList();
    }

    private static HttpResponse<String> post(String token, String json) {
        return PrivacyFixtures.post(web, "/api/v1/staff/subject-access", token, json);
    }
}
