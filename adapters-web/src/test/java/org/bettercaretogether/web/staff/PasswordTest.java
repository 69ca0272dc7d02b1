package org.bettercaretogether.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff change their own password; the change ends their other sessions and starts a new one here. */
class PasswordTest {

    private static final String NEW = "a much longer new password";

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    @Test
    void changing_the_password_starts_a_fresh_session_and_ends_the_old_ones() {
        var account = web.staff().member(Role.MODERATOR);
        var browser = web.browser().signInAs(account);
        var elsewhere = web.browser().signInAs(account);
        String old = browser.cookie("bct-session").orElseThrow();

        var response = browser.submit("/staff/password", "/staff/password", "current-password",
                StaffAccounts.PASSWORD, "new-password", NEW, "confirm-password", NEW);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/staff?password-changed");
        assertThat(Browser.setCookies(response, "bct-session")).singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(browser.cookie("bct-session")).isPresent().get().isNotEqualTo(old);
        assertThat(Html.text(page(browser.get("/staff?password-changed"), 200)))
                .contains("Your password has been changed.");
        assertThat(web.browser().cookie("bct-session", old).get("/staff").statusCode()).isEqualTo(303);
        assertThat(elsewhere.get("/staff").statusCode()).isEqualTo(303);
        assertThat(web.staff().passwordIs(account, NEW)).isTrue();
    }

    @Test
    void a_one_time_password_is_replaced_and_then_the_staff_pages_open() {
        var account = web.staff().withOneTimePassword(MorecambeBay.CUMBRIA_PARTNERSHIP, Role.RESPONDER);
        var browser = web.browser();
        browser.signIn(account.email(), account.password());

        var response = browser.submit("/staff/password", "/staff/password", "current-password",
                account.password(), "new-password", NEW, "confirm-password", NEW);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(browser.get("/staff").statusCode()).isEqualTo(200);
        assertThat(browser.get("/staff/tokens").statusCode()).isEqualTo(200);
    }

    @Test
    void mismatched_and_short_passwords_are_named_and_no_password_is_shown_back() {
        var browser = web.browser().signInAs(web.staff().member(Role.MODERATOR));

        var response = browser.submit("/staff/password", "/staff/password", "current-password",
                StaffAccounts.PASSWORD, "new-password", "too short", "confirm-password", "different");

        String html = page(response, 400);
        assertThat(Html.title(html)).isEqualTo("Error: Change your password");
        assertThat(html).contains("<a href=\"#new-password\">New password must be 12 characters or more</a>")
                .contains("<a href=\"#confirm-password\">The passwords do not match")
                .doesNotContain("too short\"").doesNotContain(StaffAccounts.PASSWORD).doesNotContain("different\"");
    }

    @Test
    void a_wrong_current_password_is_named_against_its_field() {
        var account = web.staff().member(Role.MODERATOR);
        var browser = web.browser().signInAs(account);

        var response = browser.submit("/staff/password", "/staff/password", "current-password",
                "not my password at all", "new-password", NEW, "confirm-password", NEW);

        String html = page(response, 422);
        assertThat(html).contains("<a href=\"#current-password\">Enter your current password correctly</a>");
        assertThat(web.staff().passwordIs(account, StaffAccounts.PASSWORD)).isTrue();
    }

    @Test
    void a_change_without_the_csrf_token_is_refused_and_the_password_stays() {
        var account = web.staff().member(Role.MODERATOR);
        var browser = web.browser().signInAs(account);

        var refused = browser.post("/staff/password", "current-password", StaffAccounts.PASSWORD,
                "new-password", NEW, "confirm-password", NEW);

        page(refused, 403);
        assertThat(Browser.setCookies(refused, "bct-session")).isEmpty();
        assertThat(web.staff().passwordIs(account, StaffAccounts.PASSWORD)).isTrue();
        assertThat(web.staff().passwordIs(account, NEW)).isFalse();
    }
}
