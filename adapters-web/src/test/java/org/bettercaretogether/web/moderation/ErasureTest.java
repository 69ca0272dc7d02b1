package org.bettercaretogether.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.bettercaretogether.application.feedback.FeedbackForStaff;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Administrators erase a person's data on request, by a reference or an email address, after a page that says what
 * goes and what stays: the name, email address, telephone number and words go; the published text stays.
 */
class ErasureTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    private static Views views;
    private static StaffAccounts.Account admin;

    @BeforeAll
    static void an_administrator() {
        views = new Views(web);
        admin = web.staff().member(Role.ADMIN);
    }

    @Test
    void erasing_by_reference_after_confirming_removes_the_person_s_details_from_each_of_their_views_and_keeps_the_public_text() {
        Feedback first = views.published(views.given("Alex here: the Kendal clinic was wonderful.",
                Views.contact("Alex Example", "alex@example.com", "07700 900111"), new Consent(true, true)));
        Feedback second = views.given("And the pharmacy too, from Alex.",
                Views.contact("Alex Example", "ALEX@example.com", "07700 900111"), new Consent(true, false));
        Browser browser = web.browser().signInAs(admin);

        String confirm = page(browser.submit("/staff/erasure", "/staff/erasure", "reference",
                first.reference().value().toLowerCase()), 200);
        boolean erasedBeforeConfirming = views.current(first.id()).erasedAt().isPresent();
        var erased = browser.submit("/staff/erasure", "/staff/erasure/confirm", "reference", first.reference().value());

        assertThat(Html.h1(confirm)).isEqualTo("Are you sure you want to erase this person's data?");
        assertThat(Html.text(confirm)).contains("view " + first.reference().value())
                .contains("the person's name, email address and telephone number")
                .contains("the original words of their views")
                .contains("the published text of a view");
        assertThat(erasedBeforeConfirming).as("erased before it was confirmed").isFalse();
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(303);
        assertThat(erased.headers().firstValue("Location")).hasValue("/staff/erasure?erased=2");
        assertThat(Html.text(page(browser.get("/staff/erasure?erased=2"), 200)))
                .contains("Personal data was erased from 2 views.");
        for (Feedback view : new Feedback[] {first, second}) {
            FeedbackForStaff after = web.application().moderateFeedback().view(admin.actor(), view.id()).orElseThrow();
            assertThat(after.feedback().contact().isEmpty()).isTrue();
            assertThat(after.feedback().text()).isEmpty();
        }
        assertThat(views.current(first.id()).publicText().orElseThrow().value()).isEqualTo("Published words.");
        String page = Html.text(page(browser.get(Views.page(first)), 200));
        assertThat(page).contains("The person's words were erased on").doesNotContain("Alex Example")
                .doesNotContain("alex@example.com").contains("Public text Published words.");
    }

    @Test
    void erasing_by_email_through_the_api_answers_how_many_views() {
        views.given("Views from Jo.", Views.contact("Jo Example", "jo@example.com", "07700 900222"),
                new Consent(true, true));
        String token = web.staff().apiToken(admin);

        var erased = json(post(token, "{\"email\": \"Jo@Example.com\"}"), 200);
        var again = json(post(token, "{\"email\": \"jo@example.com\"}"), 200);

        assertThat(erased.get("erased").asInt()).isEqualTo(1);
        assertThat(again.get("erased").asInt()).isZero();
        assertThat(problem(post(token, "{}"), 422).get("errors").get(0).get("field").asString()).isEqualTo("reference");
        assertThat(problem(post(token, "{\"reference\": \"BCT-2222-2222\"}"), 404)).isNotNull();
        problem(post(web.staff().apiToken(web.staff().member(Role.MODERATOR)), "{\"email\": \"jo@example.com\"}"), 403);
    }

    @Test
    void a_reference_no_view_has_or_one_that_is_malformed_is_shown_against_the_field() {
        Browser browser = web.browser().signInAs(admin);

        var unknown = browser.submit("/staff/erasure", "/staff/erasure/confirm", "reference", "BCT-2222-2222");
        var malformed = browser.submit("/staff/erasure", "/staff/erasure", "reference", "BCT-1");
        var neither = browser.submit("/staff/erasure", "/staff/erasure", "reference", "", "email", "");

        assertThat(page(unknown, 404)).contains("<a href=\"#reference\">There is no view with the reference BCT-2222-2222</a>");
        assertThat(page(malformed, 422)).contains("<a href=\"#reference\">Reference must look like BCT-7KQ3-M9XD</a>")
                .contains("value=\"BCT-1\"");
        assertThat(page(neither, 422)).contains("<a href=\"#reference\">Give either the reference of one of the "
                + "person's views or their email address</a>");
    }

    private static HttpResponse<String> post(String token, String json) {
        return web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/erasure")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
