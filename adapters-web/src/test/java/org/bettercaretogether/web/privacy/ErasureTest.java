package org.bettercaretogether.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Optional;
import org.bettercaretogether.application.feedback.FeedbackForStaff;
import org.bettercaretogether.application.feedback.ShareAView;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.meeting.NewRegistration;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Administrators erase a person's data on request, by a reference, an email address or a telephone number, after a
 * page that says what goes and what stays: the name, email address, telephone number, words and registrations go; the
 * published text free of personal details stays.
 */
class ErasureTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    private static PrivacyFixtures people;

    @BeforeAll
    static void an_administrator() {
        people = new PrivacyFixtures(web);
    }

    @Test
    void erasing_by_reference_after_confirming_removes_the_person_s_details_views_and_registrations_and_keeps_the_public_text() {
        Feedback first = published(people.given("Alex here: the Kendal clinic was wonderful.", "Alex Example",
                "alex@example.com", "07700 900111"));
        Feedback second = people.given("And the pharmacy too, from Alex.", "Alex Example", "ALEX@example.com", null);
        Feedback byPhone = people.given("Alex again, no email this time.", null, null, "+44 7700 900111");
        people.register(people.meetingInKendal(), "Alex Example", "alex@example.com", "A hearing loop");
        int held = people.app().feedback().outbox().heldFor(new EmailAddress("alex@example.com")).size();
        Browser browser = web.browser().signInAs(people.admin());

        String confirm = page(browser.submit("/staff/erasure", "/staff/erasure", "reference",
                first.reference().value().toLowerCase()), 200);
        boolean erasedBeforeConfirming = current(first).erasedAt().isPresent();
        var erased = browser.submit("/staff/erasure", "/staff/erasure/confirm", "reference", first.reference().value());

        assertThat(Html.h1(confirm)).isEqualTo("Are you sure you want to erase this person's data?");
        assertThat(Html.text(confirm)).contains("view " + first.reference().value())
                .contains("the person's name, email address and telephone number")
                .contains("the original words of their views")
                .contains("their registrations for meetings")
                .contains("community projects they suggested")
                .contains("the published text of a view, when nothing personal is found in it");
        assertThat(erasedBeforeConfirming).as("erased before it was confirmed").isFalse();
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(303);
        String after = erased.headers().firstValue("Location").orElseThrow();
        assertThat(held).as("received twice, published, registered").isEqualTo(4);
        assertThat(after).isEqualTo(
                "/staff/erasure?views=3&registrations=1&messages=4&copies=0&suggestions=0&updates=0");
        assertThat(Html.text(page(browser.get(after), 200)))
                .contains("Erased: 3 views, 1 meeting registration and 4 messages waiting or undelivered.");
        assertThat(people.app().feedback().outbox().heldFor(new EmailAddress("alex@example.com"))).isEmpty();
        for (Feedback view : new Feedback[] {first, second, byPhone}) {
            FeedbackForStaff now = people.app().moderateFeedback().view(people.admin().actor(), view.id()).orElseThrow();
            assertThat(now.feedback().contact().isEmpty()).isTrue();
            assertThat(now.feedback().text()).isEmpty();
        }
        assertThat(current(first).publicText().orElseThrow().value()).isEqualTo("Published words.");
        String page = Html.text(page(browser.get("/staff/feedback/" + first.id()), 200));
        assertThat(page).contains("The person's words were erased on").doesNotContain("Alex Example")
                .doesNotContain("alex@example.com").contains("Public text Published words.");
    }

    @Test
    void erasing_by_telephone_number_erases_the_views_that_gave_it_however_it_was_written() {
        Feedback view = people.given("Call me about the bus.", "Kim Example", null, "01539 700111");
        Browser browser = web.browser().signInAs(people.admin());

        String confirm = page(browser.submit("/staff/erasure", "/staff/erasure", "phone", "+44 (0)1539 700111"), 200);
        var erased = browser.submit("/staff/erasure", "/staff/erasure/confirm", "phone", "+44 (0)1539 700111");

        assertThat(Html.text(confirm)).contains("every view that gave the telephone number")
                .doesNotContain("their registrations for meetings");
        assertThat(erased.headers().firstValue("Location")).hasValue(
                "/staff/erasure?views=1&registrations=0&messages=0&copies=0&suggestions=0&updates=0");
        assertThat(current(view).contact().isEmpty()).isTrue();
    }

    @Test
    void erasing_by_email_through_the_api_answers_what_was_erased() {
        people.given("Views from Jo.", "Jo Example", "jo@example.com", "07700 900222");
        people.register(people.meetingInKendal(), "Jo Example", "jo@example.com", null);
        String token = web.staff().apiToken(people.admin());

        var erased = json(post(token, "{\"email\": \"Jo@Example.com\"}"), 200);
        var again = json(post(token, "{\"email\": \"jo@example.com\"}"), 200);
        var byPhone = json(post(token, "{\"phone\": \"07700 900222\"}"), 200);

        assertThat(erased.get("erased").asInt()).isEqualTo(1);
        assertThat(erased.get("views").asInt()).isEqualTo(1);
        assertThat(erased.get("registrations").asInt()).isEqualTo(1);
        assertThat(again.get("erased").asInt()).isZero();
        assertThat(again.get("registrations").asInt()).isZero();
        assertThat(byPhone.get("views").asInt()).as("erased already").isZero();
        assertThat(problem(post(token, "{}"), 422).get("errors").get(0).get("field").asString()).isEqualTo("reference");
        assertThat(problem(post(token, "{\"email\": \"jo@example.com\", \"phone\": \"07700 900222\"}"), 422)
                .get("errors").get(0).get("field").asString()).isEqualTo("reference");
        assertThat(problem(post(token, "{\"phone\": \"call me\"}"), 422).get("errors").get(0).get("field")
                .asString()).isEqualTo("phone");
        assertThat(problem(post(token, "{\"reference\": \"BCT-2222-2222\"}"), 404)).isNotNull();
        problem(post(web.staff().apiToken(web.staff().member(Role.MODERATOR)), "{\"email\": \"jo@example.com\"}"), 403);
    }

    @Test
    void a_reference_no_view_has_or_one_that_is_malformed_or_two_ways_at_once_are_shown_against_the_field() {
        Browser browser = web.browser().signInAs(people.admin());

        var unknown = browser.submit("/staff/erasure", "/staff/erasure/confirm", "reference", "BCT-2222-2222");
        var malformed = browser.submit("/staff/erasure", "/staff/erasure", "reference", "BCT-1");
        var neither = browser.submit("/staff/erasure", "/staff/erasure", "reference", "", "email", "");
        var badPhone = browser.submit("/staff/erasure", "/staff/erasure", "phone", "call me");

        assertThat(page(unknown, 404)).contains("<a href=\"#reference\">There is no view with the reference BCT-2222-2222</a>");
        assertThat(page(malformed, 422)).contains("<a href=\"#reference\">Reference must look like BCT-7KQ3-M9XD</a>")
                .contains("value=\"BCT-1\"");
        assertThat(page(neither, 422)).contains("<a href=\"#reference\">Give one of the reference of one of the "
                + "person's views, their email address or their telephone number</a>");
        assertThat(page(badPhone, 422)).contains("<a href=\"#phone\">").contains("value=\"call me\"");
    }


    private static Feedback published(Feedback view) {
        return people.app().moderateFeedback().publish(people.admin().actor(), view.id(), view.version(), "Published words.")
                .orElseThrow().feedback();
    }

    private static Feedback current(Feedback view) {
        return people.app().feedback().feedbackLog().find(view.id()).orElseThrow();
    }

    private static HttpResponse<String> post(String token, String json) {
        return PrivacyFixtures.post(web, "/api/v1/staff/erasure", token, json);
    }
}
