package org.bettercaretogether.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.WorkingDays;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The staff lists of views: the moderation queue, oldest first a page at a time with how many wait, as a page and in
 * the API; the views awaiting an answer, overdue first and marked; the safeguarding concerns for administrators.
 */
class StaffListsTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    private static final Pattern REFERENCE = Pattern.compile(">(BCT-[0-9A-Z]{4}-[0-9A-Z]{4})</a>");
    private static final int VIEWS = ListRoutes.PAGE_SIZE + 5;

    private static Views views;
    private static StaffAccounts.Account moderator;
    private static String token;
    private static List<String> oldestFirst;

    @BeforeAll
    static void more_views_waiting_than_one_page_holds() {
        views = new Views(web);
        moderator = web.staff().member(Role.MODERATOR);
        token = web.staff().apiToken(moderator);
        List<Feedback> given = new ArrayList<>();
        for (int i = 0; i < VIEWS; i++) {
            given.add(views.given("View number " + i + " about the clinic. My email is person" + i + "@example.com",
                    ContactDetails.none(), new Consent(false, i % 2 == 0)));
        }
        oldestFirst = given.stream().sorted(Comparator.comparing(Feedback::receivedAt)
                .thenComparing(view -> view.id().value())).map(view -> view.reference().value()).toList();
    }

    @Test
    void the_queue_shows_the_oldest_views_first_with_how_many_wait_and_pages_on_to_the_newer_ones() {
        Browser browser = web.browser().signInAs(moderator);
        int waiting = web.application().feedback().feedbackLog().countAwaitingModeration();

        String first = page(browser.get("/staff/feedback"), 200);
        String nextHref = link(first, "Newer views");
        String second = page(browser.get(nextHref), 200);

        assertThat(Html.h1(first)).isEqualTo("Moderation queue");
        assertThat(waiting).isBetween(VIEWS, 2 * ListRoutes.PAGE_SIZE);
        assertThat(Html.text(first)).contains(waiting + " views waiting for moderation");
        assertThat(references(first)).containsExactlyElementsOf(oldestFirst.subList(0, ListRoutes.PAGE_SIZE));
        assertThat(references(second)).startsWith(oldestFirst.subList(ListRoutes.PAGE_SIZE, VIEWS).toArray(String[]::new))
                .hasSize(waiting - ListRoutes.PAGE_SIZE);
        assertThat(link(second, "Oldest views")).isEqualTo("/staff/feedback");
        assertThat(Html.links(second).stream().map(Html.Link::text)).doesNotContain("Newer views");
        assertThat(Html.links(first).stream().map(Html.Link::text)).doesNotContain("Oldest views");
    }

    @Test
    void each_row_of_the_queue_says_what_the_view_is_about_how_it_came_and_flags_the_personal_details_in_it() {
        String html = page(web.browser().signInAs(moderator).get("/staff/feedback"), 200);

        LocalDate received = views.byReference(new FeedbackReference(oldestFirst.getFirst())).origin().receivedOn();

        assertThat(Html.text(html)).contains(oldestFirst.getFirst() + " " + Formats.date(received)
                + " Kendal Online Patient Email address");
        assertThat(html).doesNotContain("person0@example.com");
    }

    @Test
    void the_api_walks_the_queue_oldest_first_once_each_with_the_count_waiting() {
        List<String> walked = new ArrayList<>();
        String next = "";
        int pages = 0;
        int waiting = 0;
        do {
            JsonNode page = json(api("/api/v1/staff/feedback?limit=7" + (next.isEmpty() ? "" : "&cursor=" + next)), 200);
            assertThat(page.get("items").size()).isLessThanOrEqualTo(7);
            page.get("items").forEach(item -> walked.add(item.get("reference").asString()));
            waiting = page.get("waiting").asInt();
            next = page.has("next") ? page.get("next").asString() : "";
            pages++;
        } while (!next.isEmpty() && pages < 50);

        assertThat(walked.stream().filter(oldestFirst::contains).toList()).containsExactlyElementsOf(oldestFirst);
        assertThat(walked).doesNotHaveDuplicates();
        assertThat(waiting).isGreaterThanOrEqualTo(VIEWS);
        assertThat(pages).isEqualTo((waiting + 6) / 7);
    }

    @Test
    void a_cursor_it_did_not_give_or_a_limit_out_of_range_is_refused() {
        problem(api("/api/v1/staff/feedback?cursor=nonsense"), 422);
        problem(api("/api/v1/staff/feedback?limit=0"), 422);
        problem(api("/api/v1/staff/feedback?limit=101"), 422);
        problem(api("/api/v1/staff/feedback?limit=ten"), 400);
        page(web.browser().signInAs(moderator).get("/staff/feedback?cursor=nonsense"), 422);
    }

    @Test
    void views_awaiting_an_answer_come_overdue_first_marked_with_how_many_days_late() {
        LocalDate today = UkTime.dayOf(java.time.Instant.now());
        Feedback onTime = views.assigned(views.entered("The new phone line works well.", today), Views.OWN_PARTNER);
        Feedback late = views.assigned(views.entered("Nobody has replied to my letter.", today.minusDays(60)),
                Views.OWN_PARTNER);
        Feedback elsewhere = views.assigned(views.entered("A question for the community trust.", today.minusDays(60)),
                Views.ANOTHER_PARTNER);
        LocalDate due = WorkingDays.england().after(today.minusDays(60), 20);
        long daysLate = ChronoUnit.DAYS.between(due, today);
        Browser browser = web.browser().signInAs(moderator);

        String html = page(browser.get("/staff/feedback/awaiting-answer"), 200);
        List<String> order = references(html);
        JsonNode items = json(api("/api/v1/staff/feedback/awaiting-answer"), 200).get("items");
        String responderSees = page(web.browser().signInAs(web.staff().member(Views.OWN_PARTNER, Role.RESPONDER))
                .get("/staff/feedback/awaiting-answer"), 200);

        assertThat(order.indexOf(late.reference().value())).isLessThan(order.indexOf(onTime.reference().value()));
        assertThat(order.indexOf(elsewhere.reference().value())).isLessThan(order.indexOf(onTime.reference().value()));
        assertThat(Html.text(html)).contains(late.reference().value() + " The programme as a whole University Hospitals "
                + "of Morecambe Bay NHS Foundation Trust")
                .contains("Overdue " + daysLate + " days late")
                .containsPattern(onTime.reference().value() + "[^|]*? Due");
        assertThat(items.get(0).get("assignment").get("overdue").asBoolean()).isTrue();
        assertThat(items.get(items.size() - 1).get("assignment").get("overdue").asBoolean()).isFalse();
        assertThat(items.get(0).get("assignment").get("dueOn").asString()).isLessThanOrEqualTo(due.toString());
        assertThat(references(responderSees)).contains(late.reference().value(), onTime.reference().value())
                .doesNotContain(elsewhere.reference().value());
    }

    @Test
    void the_views_awaiting_an_answer_page_on_soonest_due_first_with_how_many_wait_and_are_overdue() {
        LocalDate today = UkTime.dayOf(java.time.Instant.now());
        for (int i = 0; i < ListRoutes.PAGE_SIZE + 2; i++) {
            views.assigned(views.entered("Waiting for an answer, number " + i + ".", today.minusDays(i)),
                    Views.OWN_PARTNER);
        }
        Browser browser = web.browser().signInAs(moderator);

        List<String> walked = new ArrayList<>();
        String next = "";
        JsonNode page;
        do {
            page = json(api("/api/v1/staff/feedback/awaiting-answer?limit=10" + (next.isEmpty() ? "" : "&cursor=" + next)),
                    200);
            page.get("items").forEach(item -> walked.add(item.get("assignment").get("dueOn").asString()));
            next = page.has("next") ? page.get("next").asString() : "";
        } while (!next.isEmpty());
        String first = page(browser.get("/staff/feedback/awaiting-answer"), 200);
        String second = page(browser.get(link(first, "Due later")), 200);

        assertThat(walked).hasSize(page.get("waiting").asInt()).isSorted();
        assertThat(page.get("overdue").asInt()).isPositive().isLessThan(page.get("waiting").asInt());
        assertThat(references(first)).hasSize(ListRoutes.PAGE_SIZE);
        assertThat(Html.text(first)).contains(page.get("waiting").asInt() + " views awaiting an answer, "
                + page.get("overdue").asInt() + " overdue");
        assertThat(references(second)).doesNotContainAnyElementsOf(references(first));
        assertThat(link(second, "Soonest due")).isEqualTo("/staff/feedback/awaiting-answer");
        problem(api("/api/v1/staff/feedback/awaiting-answer?cursor=nonsense"), 422);
        problem(api("/api/v1/staff/feedback/awaiting-answer?limit=0"), 422);
    }

    @Test
    void administrators_see_the_safeguarding_concerns_in_the_api_with_the_view_s_contact_details() {
        Feedback view = views.given("I am frightened to go home.", Views.contact("Lee Example", "lee@example.com",
                "07700 900456"), new Consent(true, false));
        web.application().moderateFeedback().flagSafeguarding(Views.STAFF, view.id(), view.version(),
                "They may be at risk at home.").orElseThrow();
        String adminToken = web.staff().apiToken(web.staff().member(Role.ADMIN));

        JsonNode items = json(web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/feedback/safeguarding"))
                .header("Authorization", "Bearer " + adminToken).build()), 200).get("items");

        JsonNode concern = items.get(0);
        assertThat(concern.get("reference").asString()).isEqualTo(view.reference().value());
        assertThat(concern.get("safeguarding").get("note").asString()).isEqualTo("They may be at risk at home.");
        assertThat(concern.get("contact").get("email").asString()).isEqualTo("lee@example.com");
        assertThat(concern.get("text").asString()).isEqualTo("I am frightened to go home.");
        assertThat(api("/api/v1/staff/feedback/safeguarding").statusCode()).isEqualTo(403);
    }

    private static List<String> references(String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String link(String html, String text) {
        return Html.links(html).stream().filter(link -> link.text().equals(text)).findFirst()
                .map(Html.Link::href).orElseThrow(() -> new AssertionError("no link '" + text + "'"));
    }

    private static HttpResponse<String> api(String path) {
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token).build());
    }

}
