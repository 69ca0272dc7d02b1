package org.bettercaretogether.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.application.security.TimeBasedCodes;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The second factor through the real staff pages, as a person in a browser without JavaScript goes through them. */
class SecondFactorSignInTest {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code class=\"bct-token\">([a-z2-9-]{19})</code>");

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    @Test
    void an_administrators_password_alone_opens_no_staff_page_only_the_code_does() {
        StaffAccounts.Account admin = web.staff().admin();
        Browser browser = web.browser();

        HttpResponse<String> password = browser.signIn(admin.email(), admin.password());

        assertThat(password.headers().firstValue("Location")).hasValue(Browser.SIGN_IN_CODE);
        for (String page : List.of("/staff", "/staff/accounts", "/staff/tokens", "/staff/audit-log",
                "/staff/feedback/safeguarding", "/staff/second-factor")) {
            HttpResponse<String> answer = browser.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location")).as(page).hasValue(Browser.SIGN_IN_CODE);
        }
        HttpResponse<String> wrong = browser.submit(Browser.SIGN_IN_CODE, Browser.SIGN_IN_CODE, "code",
                admin.authenticator().orElseThrow().staleCode());
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("govuk-error-summary").contains("Enter the 6-digit code");
        assertThat(browser.get("/staff").headers().firstValue("Location")).hasValue(Browser.SIGN_IN_CODE);

        HttpResponse<String> right = browser.submit(Browser.SIGN_IN_CODE, Browser.SIGN_IN_CODE, "code",
                admin.authenticator().orElseThrow().nextCode());

        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location")).hasValue("/staff");
        assertThat(browser.get("/staff/accounts").statusCode()).isEqualTo(200);
        assertThat(web.staff().passwordIs(admin, admin.password())).isTrue();
    }

    @Test
    void the_api_is_not_opened_by_a_session_waiting_for_its_code() {
        StaffAccounts.Account admin = web.staff().admin();
        Browser browser = web.browser();
        browser.signIn(admin.email(), admin.password());

        HttpResponse<String> tokens = browser.submit(Browser.SIGN_IN_CODE, "/staff/tokens", "label", "sneaky");

        assertThat(tokens.statusCode()).isEqualTo(303);
        assertThat(tokens.headers().firstValue("Location")).hasValue(Browser.SIGN_IN_CODE);
        assertThat(web.application().manageApiTokens().mine(admin.actor())).isEmpty();
    }

    @Test
    void a_new_administrator_sets_up_an_authenticator_from_the_page_then_signs_in_with_a_recovery_code() {
        StaffAccounts.Account admin = web.staff().withOneTimePassword(
                org.bettercaretogether.application.referencedata.MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
                Role.ADMIN);
        Browser browser = web.browser();
        browser.signIn(admin.email(), admin.password());
        HttpResponse<String> changed = browser.submit("/staff/password", "/staff/password",
                "current-password", admin.password(), "new-password", StaffAccounts.PASSWORD,
                "confirm-password", StaffAccounts.PASSWORD);
        assertThat(changed.headers().firstValue("Location")).hasValue("/staff/second-factor");
        assertThat(browser.get("/staff/accounts").headers().firstValue("Location")).hasValue("/staff/second-factor");

        HttpResponse<String> setUpPage = browser.get("/staff/second-factor");
        assertThat(setUpPage.statusCode()).isEqualTo(200);
        assertThat(setUpPage.body()).contains("<svg").contains("role=\"img\"");
        Matcher secret = SECRET.matcher(setUpPage.body());
        assertThat(secret.find()).as(setUpPage.body()).isTrue();
        byte[] key = TimeBasedCodes.fromBase32(secret.group(1).replace(" ", ""));
        String code = TimeBasedCodes.code(key, TimeBasedCodes.step(java.time.Instant.now()));
        HttpResponse<String> recovery = browser.submit("/staff/second-factor", "/staff/second-factor", "code", code);

        assertThat(recovery.statusCode()).isEqualTo(200);
        List<String> codes = RECOVERY_CODE.matcher(recovery.body()).results().map(found -> found.group(1)).toList();
        assertThat(codes).hasSize(10);
        assertThat(browser.get("/staff/accounts").statusCode()).isEqualTo(200);

        Browser later = web.browser();
        later.signIn(admin.email(), StaffAccounts.PASSWORD);
        HttpResponse<String> withRecovery = later.submit(Browser.SIGN_IN_CODE, Browser.SIGN_IN_CODE, "code",
                codes.getFirst());
        assertThat(withRecovery.headers().firstValue("Location")).hasValue("/staff");
        Browser again = web.browser();
        again.signIn(admin.email(), StaffAccounts.PASSWORD);
        assertThat(again.submit(Browser.SIGN_IN_CODE, Browser.SIGN_IN_CODE, "code", codes.getFirst()).statusCode())
                .as("a recovery code works once").isEqualTo(422);
    }
}
