package org.bettercaretogether.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;

import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Signing out ends the session on the server, so its cookie is worthless wherever it is replayed. */
class SignOutTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    @Test
    void signing_out_ends_the_session_clears_the_cookie_and_says_so() {
        var browser = web.browser().signInAs(web.staff().member(Role.MODERATOR));
        String session = browser.cookie("bct-session").orElseThrow();

        var response = browser.submit("/staff", "/staff/sign-out");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/staff/sign-in?signed-out");
        assertThat(Browser.setCookies(response, "bct-session")).singleElement().satisfies(cookie ->
                assertThat(cookie).startsWith("bct-session=;").contains("Max-Age=0").contains("Path=/"));
        assertThat(Html.text(page(browser.get("/staff/sign-in?signed-out"), 200))).contains("You have signed out.");
        var replayed = web.browser().cookie("bct-session", session).get("/staff");
        assertThat(replayed.statusCode()).isEqualTo(303);
        assertThat(replayed.headers().firstValue("Location")).hasValue("/staff/sign-in");
    }

    @Test
    void signing_out_without_the_csrf_token_is_refused_and_the_session_lives_on() {
        var browser = web.browser().signInAs(web.staff().member(Role.MODERATOR));
        var other = web.browser().signInAs(web.staff().member(Role.MODERATOR));
        String othersToken = Browser.csrf(other.get("/staff").body());

        var none = browser.post("/staff/sign-out");
        var wrong = browser.post("/staff/sign-out", "csrf", "not-the-token");
        var someoneElses = browser.post("/staff/sign-out", "csrf", othersToken);

        for (var refused : java.util.List.of(none, wrong, someoneElses)) {
            assertThat(page(refused, 403)).contains("The form has expired or did not come from this service.");
            assertThat(Browser.setCookies(refused, "bct-session")).isEmpty();
        }
        assertThat(browser.get("/staff").statusCode()).isEqualTo(200);
    }

    @Test
    void every_staff_page_has_a_sign_out_button_that_posts_the_csrf_token() {
        var browser = web.browser().signInAs(web.staff().member(Role.RESPONDER));
        String csrf = web.application().authenticate().session(browser.cookie("bct-session").orElseThrow())
                .orElseThrow().csrfToken();

        for (String path : new String[] {"/staff", "/staff/tokens", "/staff/password", "/staff/no-such-page"}) {
            String html = browser.get(path).body();
            assertThat(html).as(path).contains("<form class=\"bct-sign-out\" method=\"post\" action=\"/staff/sign-out\"")
                    .contains("<input type=\"hidden\" name=\"csrf\" value=\"" + csrf + "\">");
        }
    }
}
