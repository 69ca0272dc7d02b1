package org.bettercaretogether.web.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.shared.EmailAddress;
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
 * Administrators see the mail the outbox gave up on, with why, and send a message again, by a page and through the
 * staff API; other staff see neither the list nor the addresses in it.
 */
class UndeliveredMailTest {

    private static final String PAGE = "/staff/undelivered-mail";
    private static final String API = "/api/v1/staff/undelivered-mail";

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    private static StaffAccounts.Account admin;
    private static String adminToken;

    @BeforeAll
    static void an_administrator() {
        admin = web.staff().member(Role.ADMIN);
        adminToken = web.staff().apiToken(admin);
    }

    @Test
    void the_page_lists_a_message_given_up_on_with_why_and_its_button_sends_it_again_as_the_audit_log_records() {
        OutgoingMail message = givenUpOn("page.reader@example.org", "Your view has been published");
        Browser browser = web.browser().signInAs(admin);

        String before = page(browser.get(PAGE), 200);
        String action = PAGE + "/" + message.id() + "/send-again";
        HttpResponse<String> sent = browser.submit(PAGE, action);
        String after = page(browser.get(sent.headers().firstValue("Location").orElseThrow()), 200);

        assertThat(Html.h1(before)).isEqualTo("Undelivered mail");
        assertThat(Html.text(before)).contains("page.reader@example.org", "Your view has been published",
                "550 no such mailbox here");
        assertThat(before).contains("action=\"" + action + "\"");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue(PAGE + "?sent-again");
        assertThat(Html.text(after)).contains("The message is back in the outbox").doesNotContain("page.reader");
        assertThat(web.application().feedback().outbox().all()).anySatisfy(waiting -> {
            assertThat(waiting.id()).isEqualTo(message.id());
            assertThat(waiting.attempts()).isZero();
        });
        AuditEntry entry = web.application().security().auditLog().newestFirst(Optional.empty(), 1).getFirst();
        assertThat(entry.action()).isEqualTo("mail.sent-again");
        assertThat(entry.recordId()).isEqualTo(message.id().toString());
        assertThat(entry.actor()).contains(admin.member().id());
    }

    @Test
    void sending_again_without_the_form_s_csrf_token_is_refused_and_leaves_the_message_undelivered() {
        OutgoingMail message = givenUpOn("no.token@example.org", "Your view");
        Browser browser = web.browser().signInAs(admin);

        HttpResponse<String> refused = browser.post(PAGE + "/" + message.id() + "/send-again");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(undeliveredIds()).contains(message.id().toString());
    }

    @Test
    void the_api_pages_through_the_undelivered_messages_and_sends_one_again_once() {
        OutgoingMail first = givenUpOn("api.first@example.org", "First");
        OutgoingMail second = givenUpOn("api.second@example.org", "Second");

        JsonNode page = json(get(API + "?limit=1"), 200);
        JsonNode older = json(get(API + "?limit=1&cursor=" + page.get("next").asString()), 200);
        HttpResponse<String> sentAgain = post(API + "/" + second.id() + "/send-again");
        HttpResponse<String> again = post(API + "/" + second.id() + "/send-again");

        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(second.id().toString());
        assertThat(page.get("items").get(0).get("to").asString()).isEqualTo("api.second@example.org");
        assertThat(page.get("items").get(0).get("attempts").asInt()).isOne();
        assertThat(page.get("items").get(0).get("reason").asString()).contains("550");
        assertThat(older.get("items").get(0).get("id").asString()).isEqualTo(first.id().toString());
        assertThat(sentAgain.statusCode()).isEqualTo(204);
        problem(again, 404);
        assertThat(undeliveredIds()).contains(first.id().toString()).doesNotContain(second.id().toString());
        problem(get(API + "?cursor=nonsense"), 422);
        problem(post(API + "/not-an-id/send-again"), 404);
    }

    @Test
    void other_staff_see_neither_the_list_nor_its_addresses_and_only_administrators_are_offered_it() {
        givenUpOn("hidden.from.moderators@example.org", "Your view");
        StaffAccounts.Account moderator = web.staff().member(Role.MODERATOR, Role.ENGAGEMENT_OFFICER);
        Browser moderatorBrowser = web.browser().signInAs(moderator);
        String moderatorToken = web.staff().apiToken(moderator);

        HttpResponse<String> page = moderatorBrowser.get(PAGE);
        HttpResponse<String> api = web.send(HttpRequest.newBuilder(web.uri(API))
                .header("Authorization", "Bearer " + moderatorToken).build());
        String moderatorHome = page(moderatorBrowser.get("/staff"), 200);
        String adminHome = page(web.browser().signInAs(admin).get("/staff"), 200);

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("hidden.from.moderators");
        problem(api, 403);
        assertThat(api.body()).doesNotContain("hidden.from.moderators");
        assertThat(Html.links(moderatorHome)).extracting(Html.Link::href).doesNotContain(PAGE);
        assertThat(Html.links(adminHome)).extracting(Html.Link::href).contains(PAGE);
    }

    /** A message written now, which the mail server then refuses for good. */
    private static OutgoingMail givenUpOn(String address, String subject) {
        OutgoingMail message = OutgoingMail.write(new EmailAddress(address), subject, "Thank you.", Instant.now());
        var app = web.application();
        synchronized (UndeliveredMailTest.class) {
            app.feedback().outbox().add(message);
            app.mailbox().refuseForGood(true);
            try {
                app.deliverMail().deliverDue(1_000);
            } finally {
                app.mailbox().refuseForGood(false);
            }
        }
        return message;
    }

    private static List<String> undeliveredIds() {
        List<String> ids = new ArrayList<>();
        json(get(API + "?limit=200"), 200).get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static HttpResponse<String> get(String path) {
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + adminToken).build());
    }

    private static HttpResponse<String> post(String path) {
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }
}
