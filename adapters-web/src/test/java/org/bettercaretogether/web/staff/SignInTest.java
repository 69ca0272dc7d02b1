package org.bettercaretogether.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;

import java.net.http.HttpResponse;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff sign in with their email address and password, into a session held in a cookie scripts cannot read. */
class SignInTest {

    private static final String WRONG = "Enter a correct email address and password";

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    @RegisterExtension
    static final RunningPublicWeb proxied = StaffServers.behindHttpsProxy();

    @Test
    void the_sign_in_form_carries_the_token_of_its_own_strict_cookie() {
        var response = web.browser().get("/staff/sign-in");

        String html = page(response, 200);
        assertThat(Html.h1(html)).isEqualTo("Sign in");
        assertThat(Browser.setCookies(response, "bct-sign-in-csrf")).singleElement().satisfies(cookie -> {
            assertThat(cookie).contains("; HttpOnly").contains("; SameSite=Strict").contains("; Path=/")
                    .doesNotContain("Domain=");
            assertThat(cookie).startsWith("bct-sign-in-csrf=" + Browser.csrf(html) + ";");
        });
    }

    @Test
    void signing_in_sets_a_session_cookie_scripts_cannot_read_and_sends_the_person_home() {
        var account = web.staff().member(Role.RESPONDER);
        var browser = web.browser();

        var response = browser.signIn(account.email(), StaffAccounts.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/staff");
        assertThat(Browser.setCookies(response, "bct-session")).singleElement().satisfies(cookie ->
                assertThat(cookie).contains("; Path=/").contains("; HttpOnly").contains("; SameSite=Lax")
                        .doesNotContain("Secure").doesNotContain("Domain=").doesNotContain("Max-Age"));
        assertThat(Browser.setCookies(response, "__Host-bct-session")).isEmpty();
        var answer = browser.get("/staff");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        String home = page(answer, 200);
        assertThat(Html.text(home)).contains("You are signed in as " + account.member().name())
                .contains("University Hospitals of Morecambe Bay").contains("Responder");
    }

    @Test
    void over_https_the_session_cookie_is_secure_and_bound_to_this_host() {
        var account = proxied.staff().member(Role.RESPONDER);
        var browser = proxied.browser().throughHttpsProxy("203.0.113.20");

        var response = browser.signIn(account.email(), StaffAccounts.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Browser.setCookies(response, "__Host-bct-session")).singleElement().satisfies(cookie ->
                assertThat(cookie).contains("; Path=/").contains("; Secure").contains("; HttpOnly")
                        .contains("; SameSite=Lax").doesNotContain("Domain="));
        assertThat(Browser.setCookies(response, "bct-session")).isEmpty();
        assertThat(page(browser.get("/staff"), 200)).contains(account.member().name());
    }

    @Test
    void over_https_a_session_cookie_without_the_host_prefix_is_ignored() {
        var account = proxied.staff().member(Role.RESPONDER);
        String token = proxied.staff().signIn(account).sessionToken();

        var planted = proxied.browser().throughHttpsProxy("203.0.113.21").cookie("bct-session", token)
                .get("/staff");
        var proper = proxied.browser().throughHttpsProxy("203.0.113.21").cookie("__Host-bct-session", token)
                .get("/staff");

        assertThat(planted.statusCode()).isEqualTo(303);
        assertThat(proper.statusCode()).isEqualTo(200);
    }

    @Test
    void an_unknown_email_address_and_a_wrong_password_get_the_very_same_page() {
        var account = web.staff().member(Role.MODERATOR);
        var browser = web.browser();
        String csrf = Browser.csrf(browser.get("/staff/sign-in").body());

        var unknown = browser.post("/staff/sign-in", "csrf", csrf, "email", "nobody@example.nhs.uk",
                "password", "wrong password!");
        var wrong = browser.post("/staff/sign-in", "csrf", csrf, "email", account.email(),
                "password", "wrong password!");

        assertThat(wrong.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(401);
        assertThat(Html.text(wrong.body()).replace(account.email(), "EMAIL"))
                .isEqualTo(Html.text(unknown.body()).replace("nobody@example.nhs.uk", "EMAIL"));
        assertThat(wrong.body()).contains("<a href=\"#email\">" + WRONG + "</a>")
                .contains("value=\"" + account.email() + "\"").doesNotContain("wrong password!");
        assertThat(Html.title(wrong.body())).isEqualTo("Error: Sign in");
        assertThat(Browser.setCookies(wrong, "bct-session")).isEmpty();
    }

    @Test
    void missing_fields_are_named_in_the_error_summary() {
        var browser = web.browser();
        String csrf = Browser.csrf(browser.get("/staff/sign-in").body());

        var response = browser.post("/staff/sign-in", "csrf", csrf, "email", " ", "password", "");

        String html = page(response, 400);
        assertThat(html).contains("<a href=\"#email\">Enter your email address</a>")
                .contains("<a href=\"#password\">Enter your password</a>")
                .contains("id=\"email-error\"").contains("id=\"password-error\"");
    }

    @Test
    void repeated_failures_are_throttled_with_retry_after_even_for_the_right_password() {
        var account = web.staff().member(Role.ENGAGEMENT_OFFICER);
        var browser = web.browser();
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(account.email(), "not the password").statusCode()).isEqualTo(401);
        }

        var refused = browser.signIn(account.email(), StaffAccounts.PASSWORD);

        String html = page(refused, 429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
        assertThat(html).contains("class=\"govuk-error-summary\"").contains("There have been too many attempts");
        assertThat(Browser.setCookies(refused, "bct-session")).isEmpty();
    }

    @Test
    void a_sign_in_form_without_its_double_submit_token_is_refused() {
        var account = web.staff().member(Role.MODERATOR);
        var browser = web.browser();
        String csrf = Browser.csrf(browser.get("/staff/sign-in").body());

        var noField = browser.post("/staff/sign-in", "email", account.email(), "password", StaffAccounts.PASSWORD);
        var wrongField = browser.post("/staff/sign-in", "csrf", csrf + "x", "email", account.email(),
                "password", StaffAccounts.PASSWORD);
        var noCookie = web.browser().post("/staff/sign-in", "csrf", csrf, "email", account.email(),
                "password", StaffAccounts.PASSWORD);

        for (HttpResponse<String> refused : java.util.List.of(noField, wrongField, noCookie)) {
            page(refused, 403);
            assertThat(Browser.setCookies(refused, "bct-session")).isEmpty();
        }
    }

    @Test
    void a_sign_in_form_posted_from_another_site_is_refused() {
        var account = web.staff().member(Role.MODERATOR);
        var browser = web.browser();
        String csrf = Browser.csrf(browser.get("/staff/sign-in").body());

        var foreign = browser.send(browser.request("/staff/sign-in").header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("csrf=" + csrf + "&email="
                        + account.email() + "&password=" + StaffAccounts.PASSWORD.replace(' ', '+'))));
        var own = browser.send(browser.request("/staff/sign-in").header("Origin", web.uri("").toString())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("csrf=" + csrf + "&email="
                        + account.email() + "&password=" + StaffAccounts.PASSWORD.replace(' ', '+'))));

        page(foreign, 403);
        assertThat(Browser.setCookies(foreign, "bct-session")).isEmpty();
        assertThat(own.statusCode()).isEqualTo(303);
    }

    @Test
    void a_sign_in_form_whose_browser_withholds_the_origin_is_accepted_only_if_its_fetch_metadata_says_same_origin() {
        var account = web.staff().member(Role.MODERATOR);
        var browser = web.browser();
        String csrf = Browser.csrf(browser.get("/staff/sign-in").body());
        String form = "csrf=" + csrf + "&email=" + account.email() + "&password="
                + StaffAccounts.PASSWORD.replace(' ', '+');

        var unexplained = browser.send(browser.request("/staff/sign-in").header("Origin", "null")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)));
        var fromAnotherSite = browser.send(browser.request("/staff/sign-in").header("Origin", "null")
                .header("Sec-Fetch-Site", "cross-site").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)));
        var fromThisSite = browser.send(browser.request("/staff/sign-in").header("Origin", "null")
                .header("Sec-Fetch-Site", "same-origin").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)));

        page(unexplained, 403);
        page(fromAnotherSite, 403);
        assertThat(fromThisSite.statusCode()).isEqualTo(303);
    }

    @Test
    void signing_in_over_an_old_session_starts_a_new_one_and_ends_the_old_one() {
        var account = web.staff().member(Role.RESPONDER);
        var browser = web.browser();
        String csrf = Browser.csrf(browser.get("/staff/sign-in").body());
        String old = web.staff().signIn(account).sessionToken();
        browser.cookie("bct-session", old);

        var response = browser.post("/staff/sign-in", "csrf", csrf, "email", account.email(),
                "password", StaffAccounts.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(303);
        String fresh = browser.cookie("bct-session").orElseThrow();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(web.browser().cookie("bct-session", old).get("/staff").statusCode()).isEqualTo(303);
        assertThat(web.browser().cookie("bct-session", fresh).get("/staff").statusCode()).isEqualTo(200);
        assertThat(Browser.setCookies(response, "bct-sign-in-csrf")).singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("Max-Age=0"));
    }

    @Test
    void someone_given_a_one_time_password_must_change_it_before_anything_else() {
        var account = web.staff().withOneTimePassword(MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY, Role.MODERATOR);
        var browser = web.browser();

        var signedIn = browser.signIn(account.email(), account.password());

        assertThat(signedIn.headers().firstValue("Location")).hasValue("/staff/password");
        for (String path : new String[] {"/staff", "/staff/tokens", "/staff/anything"}) {
            var response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue("/staff/password");
        }
        String password = page(browser.get("/staff/password"), 200);
        assertThat(password).contains("Choose a password of your own");
        assertThat(Html.links(password)).extracting(Html.Link::href).doesNotContain("/staff/tokens");
    }

    @Test
    void a_signed_in_person_asking_for_the_sign_in_page_goes_home() {
        var browser = web.browser().signInAs(web.staff().member(Role.MODERATOR));

        var response = browser.get("/staff/sign-in");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/staff");
    }

    @Test
    void staff_pages_send_a_stranger_to_sign_in_even_with_an_api_token() {
        var account = web.staff().member(Role.ADMIN);
        String token = web.staff().apiToken(account);

        var anonymous = web.browser().get("/staff/tokens");
        var withToken = web.browser().header("Authorization", "Bearer " + token).get("/staff/tokens");

        for (var response : java.util.List.of(anonymous, withToken)) {
            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).hasValue("/staff/sign-in");
        }
    }
}
