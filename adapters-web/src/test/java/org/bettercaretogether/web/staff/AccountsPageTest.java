package org.bettercaretogether.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Administrators create staff accounts, each with a one-time password shown once, change them, and issue new
 * one-time passwords, on the staff pages.
 */
class AccountsPageTest {

    private static final Pattern ONE_TIME_PASSWORD =
            Pattern.compile("<code class=\"bct-token\" id=\"one-time-password\">([A-Za-z0-9]+)</code>");

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    @Test
    void an_admin_creates_an_account_sees_its_one_time_password_once_and_the_person_must_change_it() {
        var admin = web.browser().signInAs(web.staff().member(Role.ADMIN));
        String email = "new.moderator@example.nhs.uk";

        var created = admin.submit("/staff/accounts/new", "/staff/accounts/new", "email", email,
                "name", "Nia Newcomer", "partner", MorecambeBay.CUMBRIA_PARTNERSHIP.toString(), "roles", "MODERATOR",
                "roles", "RESPONDER");

        String html = page(created, 200);
        String password = oneTimePassword(created);
        assertThat(Html.h1(html)).isEqualTo("Staff account created");
        assertThat(Html.text(html)).contains("This is the only time this password is shown")
                .contains("Nia Newcomer").contains(email);
        StaffMember member = web.application().security().staffMembers().findByEmail(new EmailAddress(email)).orElseThrow();
        assertThat(member.rolesInOrder()).containsExactly(Role.MODERATOR, Role.RESPONDER);
        assertThat(member.partner()).isEqualTo(MorecambeBay.CUMBRIA_PARTNERSHIP);
        String list = page(admin.get("/staff/accounts"), 200);
        String account = page(admin.get("/staff/accounts/" + member.id()), 200);
        assertThat(Html.text(list)).contains("Nia Newcomer " + email + " Cumbria Partnership NHS Foundation Trust "
                + "Moderator and Responder Active Must change password");
        assertThat(list).doesNotContain(password);
        assertThat(account).doesNotContain(password);

        var person = web.browser();
        var signedIn = person.signIn(email, password);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/staff/password");
        assertThat(person.get("/staff").headers().firstValue("Location")).hasValue("/staff/password");
    }

    @Test
    void the_new_account_form_names_what_is_wrong_keeps_what_was_typed_and_creates_nothing() {
        var admin = web.browser().signInAs(web.staff().member(Role.ADMIN));
        int before = web.application().security().staffMembers().all().size();

        var refused = admin.submit("/staff/accounts/new", "/staff/accounts/new", "email", "not an <address>",
                "name", " ", "roles", "ADMIN");

        String html = page(refused, 422);
        assertThat(Html.title(html)).isEqualTo("Error: Create a staff account");
        assertThat(html).contains("<a href=\"#email\">Email address must be an email address")
                .contains("<a href=\"#name\">Enter the person's name</a>")
                .contains("<a href=\"#partner\">Select the organisation the person works for</a>")
                .contains("value=\"not an &lt;address>\"")
                .containsPattern("value=\"ADMIN\" checked");
        assertThat(web.application().security().staffMembers().all()).hasSize(before);
    }

    @Test
    void an_email_address_already_in_use_is_refused_on_the_form() {
        var existing = web.staff().member(Role.MODERATOR);
        var admin = web.browser().signInAs(web.staff().member(Role.ADMIN));

        var refused = admin.submit("/staff/accounts/new", "/staff/accounts/new", "email", existing.email(),
                "name", "Someone Else", "partner", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY.toString());

        assertThat(page(refused, 409)).contains("<a href=\"#email\">A staff account with that email address already exists.</a>");
    }

    @Test
    void an_admin_changes_the_name_organisation_roles_and_active_of_an_account() {
        var colleague = web.staff().member(Role.MODERATOR);
        var admin = web.browser().signInAs(web.staff().member(Role.ADMIN));
        String address = "/staff/accounts/" + colleague.member().id();

        var saved = admin.submit(address, address, "version", Long.toString(colleague.member().version()),
                "name", "Robin Renamed", "partner", MorecambeBay.LANCASHIRE_CARE.toString(), "roles", "ENGAGEMENT_OFFICER");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/staff/accounts?saved=" + colleague.member().id());
        assertThat(Html.text(page(admin.get(saved.headers().firstValue("Location").orElseThrow()), 200)))
                .contains("The account of Robin Renamed has been changed.")
                .contains("Robin Renamed " + colleague.email() + " Lancashire & South Cumbria NHS Foundation Trust "
                        + "Engagement officer Switched off");
        StaffMember now = member(colleague);
        assertThat(now.name()).isEqualTo("Robin Renamed");
        assertThat(now.rolesInOrder()).containsExactly(Role.ENGAGEMENT_OFFICER);
        assertThat(now.active()).isFalse();
        assertThat(web.browser().signIn(colleague.email(), colleague.password()).statusCode()).isNotEqualTo(303);
    }

    @Test
    void a_stale_edit_answers_409_with_an_error_summary_telling_to_reload_and_changes_nothing() {
        var colleague = web.staff().member(Role.MODERATOR);
        var admin = web.browser().signInAs(web.staff().member(Role.ADMIN));
        String address = "/staff/accounts/" + colleague.member().id();
        String staleVersion = Long.toString(colleague.member().version());
        var first = admin.submit(address, address, "version", staleVersion, "name", "First Change",
                "partner", colleague.member().partner().toString(), "roles", "MODERATOR", "active", "true");
        assertThat(first.statusCode()).isEqualTo(303);

        var second = admin.submit(address, address, "version", staleVersion, "name", "Second Change",
                "partner", colleague.member().partner().toString(), "roles", "RESPONDER", "active", "true");

        String html = page(second, 409);
        assertThat(html).contains("<a href=\"#version\">The account was changed by someone else since it was read")
                .contains("<div class=\"govuk-inset-text\" id=\"version\">")
                .contains("Reload the page to see the current details</a>")
                .contains("value=\"Second Change\"");
        assertThat(member(colleague).name()).isEqualTo("First Change");
        assertThat(member(colleague).rolesInOrder()).containsExactly(Role.MODERATOR);
    }

    @Test
    void an_admin_cannot_take_away_their_own_administrator_role() {
        var account = web.staff().member(Role.ADMIN);
        var admin = web.browser().signInAs(account);
        String address = "/staff/accounts/" + account.member().id();

        var refused = admin.submit(address, address, "version", Long.toString(account.member().version()),
                "name", account.member().name(), "partner", account.member().partner().toString(),
                "roles", "MODERATOR", "active", "true");

        assertThat(page(refused, 409)).contains("You cannot remove your own administrator role");
        assertThat(member(account).rolesInOrder()).containsExactly(Role.ADMIN);
    }

    @Test
    void a_new_one_time_password_is_shown_once_and_the_old_password_stops_working() {
        var colleague = web.staff().member(Role.RESPONDER);
        var admin = web.browser().signInAs(web.staff().member(Role.ADMIN));
        String address = "/staff/accounts/" + colleague.member().id();

        var reset = admin.submit(address, address + "/reset-password");

        String html = page(reset, 200);
        String password = oneTimePassword(reset);
        assertThat(Html.h1(html)).isEqualTo("New one-time password issued");
        assertThat(web.staff().passwordIs(colleague, StaffAccounts.PASSWORD)).isFalse();
        assertThat(page(admin.get(address), 200)).doesNotContain(password)
                .contains("A one-time password, not yet replaced");
        assertThat(web.browser().signIn(colleague.email(), password).headers().firstValue("Location"))
                .hasValue("/staff/password");
    }

    @Test
    void resetting_a_password_without_the_csrf_token_is_refused() {
        var colleague = web.staff().member(Role.RESPONDER);
        Browser admin = web.browser().signInAs(web.staff().member(Role.ADMIN));

        page(admin.post("/staff/accounts/" + colleague.member().id() + "/reset-password"), 403);

        assertThat(web.staff().passwordIs(colleague, StaffAccounts.PASSWORD)).isTrue();
    }

    private static StaffMember member(StaffAccounts.Account account) {
        return web.application().security().staffMembers().find(account.member().id()).orElseThrow();
    }

    private static String oneTimePassword(HttpResponse<String> response) {
        var matcher = ONE_TIME_PASSWORD.matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return matcher.group(1);
    }
}
