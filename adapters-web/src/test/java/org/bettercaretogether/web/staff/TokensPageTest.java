package org.bettercaretogether.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff create API tokens for themselves on a page that shows each token once, and revoke them there. */
class TokensPageTest {

    private static final Pattern TOKEN = Pattern.compile("<code class=\"bct-token\" id=\"token\">(bct_[A-Za-z0-9_-]+)</code>");

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    @Test
    void a_new_token_is_shown_once_with_a_warning_and_then_only_its_label() {
        var browser = web.browser().signInAs(web.staff().member(Role.MODERATOR));

        var created = browser.submit("/staff/tokens", "/staff/tokens", "label", "weekly report", "lifetime-days", "30");

        String html = page(created, 200);
        String token = token(created);
        assertThat(Html.h1(html)).isEqualTo("Your new API token");
        assertThat(Html.text(html)).contains("You will not be able to see it again");
        String list = page(browser.get("/staff/tokens"), 200);
        assertThat(list).contains("weekly report").contains("Active").doesNotContain(token)
                .doesNotContain(token.substring(4, 20));
        assertThat(json(web.browser().header("Authorization", "Bearer " + token).get("/api/v1/staff/me"), 200)
                .get("roles").get(0).asString()).isEqualTo("MODERATOR");
    }

    @Test
    void a_revoked_token_stops_working_and_is_listed_as_revoked() {
        var account = web.staff().member(Role.RESPONDER);
        var browser = web.browser().signInAs(account);
        String token = token(browser.submit("/staff/tokens", "/staff/tokens", "label", "script"));
        String id = web.application().manageApiTokens().mine(account.actor()).getFirst().id().toString();

        var revoked = browser.submit("/staff/tokens", "/staff/tokens/" + id + "/revoke");

        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(revoked.headers().firstValue("Location")).hasValue("/staff/tokens?revoked");
        assertThat(Html.text(page(browser.get("/staff/tokens?revoked"), 200)))
                .contains("The token has been revoked.").containsPattern("script [^|]*Revoked").doesNotContain("Active");
        assertThat(web.browser().header("Authorization", "Bearer " + token).get("/api/v1/staff/me").statusCode())
                .isEqualTo(401);
    }

    @Test
    void creating_a_token_without_the_csrf_token_is_refused_and_none_is_made() {
        var account = web.staff().member(Role.MODERATOR);
        var browser = web.browser().signInAs(account);

        var refused = browser.post("/staff/tokens", "label", "sneaky");

        page(refused, 403);
        assertThat(refused.body()).doesNotContain("bct_");
        assertThat(web.application().manageApiTokens().mine(account.actor())).isEmpty();
    }

    @Test
    void revoking_without_the_csrf_token_is_refused_and_the_token_still_works() {
        var account = web.staff().member(Role.MODERATOR);
        var browser = web.browser().signInAs(account);
        String token = token(browser.submit("/staff/tokens", "/staff/tokens", "label", "keep me"));
        String id = web.application().manageApiTokens().mine(account.actor()).getFirst().id().toString();

        var refused = browser.post("/staff/tokens/" + id + "/revoke");

        page(refused, 403);
        assertThat(web.browser().header("Authorization", "Bearer " + token).get("/api/v1/staff/me").statusCode())
                .isEqualTo(200);
    }

    @Test
    void someone_else_cannot_revoke_my_token() {
        var owner = web.staff().member(Role.MODERATOR);
        String token = web.staff().apiToken(owner);
        String id = web.application().manageApiTokens().mine(owner.actor()).getFirst().id().toString();
        var other = web.browser().signInAs(web.staff().member(Role.ADMIN));

        var response = other.submit("/staff/tokens", "/staff/tokens/" + id + "/revoke");

        page(response, 404);
        assertThat(web.browser().header("Authorization", "Bearer " + token).get("/api/v1/staff/me").statusCode())
                .isEqualTo(200);
    }

    @Test
    void the_form_names_what_is_wrong_and_keeps_what_was_typed() {
        var browser = web.browser().signInAs(web.staff().member(Role.MODERATOR));

        var noLabel = browser.submit("/staff/tokens", "/staff/tokens", "label", "", "lifetime-days", "ten");
        var tooLong = browser.submit("/staff/tokens", "/staff/tokens", "label", "yearly <audit>", "lifetime-days", "1000");

        assertThat(page(noLabel, 400)).contains("<a href=\"#label\">Enter a label")
                .contains("<a href=\"#lifetime-days\">Lifetime must be a whole number of days").contains("value=\"ten\"");
        assertThat(page(tooLong, 422)).contains("<a href=\"#lifetime-days\">Lifetime must be from 1 to 365 days</a>")
                .contains("value=\"yearly &lt;audit").contains("value=\"1000\"");
    }

    private static String token(HttpResponse<String> response) {
        var matcher = TOKEN.matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return matcher.group(1);
    }
}
