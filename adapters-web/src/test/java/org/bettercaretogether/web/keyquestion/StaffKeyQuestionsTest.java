package org.bettercaretogether.web.keyquestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.application.keyquestion.KeyQuestionDraft;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Engagement officers keep the key questions on the staff pages and in the staff API: added at the end, reworded
 * with the version read (a stale one refused with 409), moved up and down, removed with the others closing up;
 * input at fault shown again with an error summary, never a server fault; and no one else may.
 */
class StaffKeyQuestionsTest {

    private static final String PAGES = "/staff/key-questions";
    private static final String API = "/api/v1/staff/key-questions";

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    @BeforeEach
    void noKeyQuestions() {
        Actor admin = web.staff().member(Role.ADMIN).actor();
        for (KeyQuestion question : web.application().readKeyQuestions().all().reversed()) {
            web.application().manageKeyQuestions().remove(admin, question.id(), question.version()).orElseThrow();
        }
    }

    // --- pages ---

    @Test
    void an_officer_adds_a_question_and_finds_it_in_the_list_and_on_the_public_page() {
        Browser officer = officer();
        String form = page(officer.get(PAGES + "/new"), 200);
        assertThat(Html.h1(form)).isEqualTo("Add a key question");

        var added = officer.submit(PAGES + "/new", PAGES + "/new", "question", "What is an ICC?",
                "answer", "A local team.\r\n\r\nTwelve of them.");

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location")).hasValue(PAGES + "?saved=added");
        String list = page(officer.get(PAGES + "?saved=added"), 200);
        assertThat(Html.text(list)).contains("The key question has been added at the end of the list.")
                .contains("1 What is an ICC?");
        assertThat(Html.text(page(web.get("/key-questions"), 200))).contains("A local team.").contains("Twelve of them.");
    }

    @Test
    void a_form_missing_its_question_and_answer_is_shown_again_with_an_error_summary_linking_to_both() {
        String html = page(officer().submit(PAGES + "/new", PAGES + "/new", "question", " ", "answer", ""), 422);

        assertThat(Html.title(html)).isEqualTo("Error: Add a key question");
        assertThat(html).contains("<a href=\"#question\">Enter the question, as a person would ask it</a>")
                .contains("<a href=\"#answer\">Enter the answer to the question</a>")
                .contains("govuk-form-group--error");
        assertThat(web.application().readKeyQuestions().all()).isEmpty();
    }

    @Test
    void a_question_too_long_is_refused_keeping_what_was_typed() {
        String tooLong = "Why " + "w".repeat(200) + "?";

        String html = page(officer().submit(PAGES + "/new", PAGES + "/new", "question", tooLong,
                "answer", "Kept as typed."), 422);

        assertThat(html).contains("<a href=\"#question\">The question must be at most 200 characters</a>")
                .contains("value=\"" + tooLong + "\"").contains(">Kept as typed.</textarea>");
    }

    @Test
    void an_officer_rewords_a_question_on_its_page() {
        KeyQuestion stored = add("Who takes part?");
        Browser officer = officer();
        String edit = page(officer.get(PAGES + "/" + stored.id()), 200);
        assertThat(Html.h1(edit)).isEqualTo("Change a key question");
        assertThat(edit).contains("name=\"version\" value=\"1\"").contains("value=\"Who takes part?\"");

        var saved = officer.submit(PAGES + "/" + stored.id(), PAGES + "/" + stored.id(), "version", "1",
                "question", "Which organisations take part?", "answer", "Ten of them.");

        assertThat(saved.headers().firstValue("Location")).hasValue(PAGES + "?saved=revised");
        assertThat(web.application().readKeyQuestions().all()).singleElement().satisfies(question -> {
            assertThat(question.question()).isEqualTo("Which organisations take part?");
            assertThat(question.version()).isEqualTo(2);
        });
    }

    @Test
    void a_revision_of_a_question_someone_else_changed_meanwhile_is_refused_with_409_and_changes_nothing() {
        KeyQuestion stored = add("Who takes part?");
        Browser officer = officer();
        String stale = page(officer.get(PAGES + "/" + stored.id()), 200);
        assertThat(officer.submit(PAGES + "/" + stored.id(), PAGES + "/" + stored.id(), "version", "1",
                "question", "First rewording?", "answer", "A").statusCode()).isEqualTo(303);

        String html = page(officer.post(PAGES + "/" + stored.id(), "csrf", Browser.csrf(stale), "version", "1",
                "question", "Second rewording?", "answer", "B"), 409);

        assertThat(Html.text(html)).contains("The key question was changed by someone else since you read it")
                .contains("Reload the page to see the current details");
        assertThat(html).contains("value=\"Second rewording?\"");
        assertThat(web.application().readKeyQuestions().all()).extracting(KeyQuestion::question)
                .containsExactly("First rewording?");
    }

    @Test
    void a_form_whose_version_is_not_a_number_asks_for_a_reload_and_an_unknown_question_is_404() {
        KeyQuestion stored = add("Who takes part?");
        Browser officer = officer();

        String html = page(officer.submit(PAGES + "/" + stored.id(), PAGES + "/" + stored.id(), "version", "one",
                "question", "Q?", "answer", "A"), 400);

        assertThat(Html.text(html)).contains("reload the page");
        page(officer.get(PAGES + "/" + UUID.randomUUID()), 404);
        page(officer.get(PAGES + "/not-an-id"), 400);
    }

    @Test
    void the_buttons_of_the_list_move_questions_up_and_down_and_remove_one_the_others_closing_up() {
        add("First?");
        add("Second?");
        add("Third?");
        Browser officer = officer();
        String list = page(officer.get(PAGES), 200);
        assertThat(list).doesNotContain("Move up<span class=\"govuk-visually-hidden\">: First?")
                .doesNotContain("Move down<span class=\"govuk-visually-hidden\">: Third?");

        assertThat(press(officer, list, "Third?", "move-up").headers().firstValue("Location"))
                .hasValue(PAGES + "?saved=moved");
        assertThat(questions()).containsExactly("First?", "Third?", "Second?");
        press(officer, page(officer.get(PAGES), 200), "First?", "move-down");
        assertThat(questions()).containsExactly("Third?", "First?", "Second?");

        assertThat(press(officer, page(officer.get(PAGES), 200), "Third?", "remove").headers().firstValue("Location"))
                .hasValue(PAGES + "?saved=removed");
        assertThat(questions()).containsExactly("First?", "Second?");
        assertThat(web.application().readKeyQuestions().all()).extracting(KeyQuestion::position).containsExactly(1, 2);
        assertThat(Html.text(page(officer.get(PAGES + "?saved=removed"), 200)))
                .contains("The key question has been removed.");
    }

    @Test
    void a_button_pressed_on_a_list_read_before_someone_else_changed_the_question_answers_409_and_changes_nothing() {
        add("First?");
        KeyQuestion second = add("Second?");
        Browser officer = officer();
        String before = page(officer.get(PAGES), 200);
        web.application().manageKeyQuestions().revise(web.staff().member(Role.ADMIN).actor(), second.id(), 1,
                new KeyQuestionDraft("Second, reworded?", "A")).orElseThrow();

        String html = page(pressWithoutRedirect(officer, before, "Second?", "move-up"), 409);

        assertThat(Html.text(html)).contains("changed by someone else");
        assertThat(questions()).containsExactly("First?", "Second, reworded?");
        page(officer.post(PAGES + "/" + second.id() + "/remove", "csrf", Browser.csrf(before), "version", "x"), 400);
    }

    @Test
    void the_staff_navigation_offers_key_questions_to_engagement_officers_and_not_to_moderators() {
        assertThat(Html.links(page(officer().get("/staff"), 200)))
                .contains(new Html.Link(PAGES, "Key questions"));
        StaffAccounts.Account moderator = web.staff().member(Role.MODERATOR);
        Browser browser = web.browser().signInAs(moderator);
        assertThat(Html.links(page(browser.get("/staff"), 200))).doesNotContain(new Html.Link(PAGES, "Key questions"));
    }

    @Test
    void a_moderator_may_neither_read_nor_change_the_key_questions_on_the_staff_side() {
        KeyQuestion stored = add("Who takes part?");
        StaffAccounts.Account moderator = web.staff().member(Role.MODERATOR);
        Browser browser = web.browser().signInAs(moderator);

        page(browser.get(PAGES), 403);
        page(browser.submit("/staff", PAGES + "/new", "question", "Sneaky?", "answer", "Yes."), 403);
        page(browser.submit("/staff", PAGES + "/" + stored.id() + "/remove", "version", "1"), 403);
        String token = web.staff().apiToken(moderator);
        problem(api(token, "POST", API, "{\"question\": \"Sneaky?\", \"answer\": \"Yes.\"}"), 403);
        problem(api(token, "DELETE", API + "/" + stored.id() + "?version=1", null), 403);
        assertThat(questions()).containsExactly("Who takes part?");
    }

    // --- the staff API ---

    @Test
    void the_api_adds_reads_rewords_moves_and_removes_with_the_version_read() {
        String token = token();

        HttpResponse<String> created = api(token, "POST", API, "{\"question\": \"First?\", \"answer\": \"One.\"}");
        JsonNode first = json(created, 201);
        String id = first.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue(API + "/" + id);
        assertThat(first.get("position").asInt()).isEqualTo(1);
        assertThat(first.get("version").asLong()).isEqualTo(1);
        assertThat(first.has("changedAt")).isTrue();
        json(api(token, "POST", API, "{\"question\": \"Second?\", \"answer\": \"Two.\"}"), 201);

        JsonNode revised = json(api(token, "PUT", API + "/" + id,
                "{\"version\": 1, \"question\": \"First, reworded?\", \"answer\": \"One.\"}"), 200);
        assertThat(revised.get("version").asLong()).isEqualTo(2);
        assertThat(json(api(token, "GET", API + "/" + id, null), 200).get("question").asString())
                .isEqualTo("First, reworded?");

        JsonNode moved = json(api(token, "POST", API + "/" + id + "/move-down", "{\"version\": 2}"), 200);
        assertThat(moved.get("items").get(0).get("question").asString()).isEqualTo("Second?");
        assertThat(moved.get("items").get(1).get("position").asInt()).isEqualTo(2);
        long version = moved.get("items").get(1).get("version").asLong();

        assertThat(api(token, "DELETE", API + "/" + id + "?version=" + version, null).statusCode()).isEqualTo(204);
        JsonNode left = json(api(token, "GET", API, null), 200).get("items");
        assertThat(left).hasSize(1);
        assertThat(left.get(0).get("question").asString()).isEqualTo("Second?");
        assertThat(left.get(0).get("position").asInt()).isEqualTo(1);
    }

    @Test
    void the_api_refuses_a_stale_version_and_a_move_past_the_end_with_409() {
        String token = token();
        String id = json(api(token, "POST", API, "{\"question\": \"Only?\", \"answer\": \"One.\"}"), 201)
                .get("id").asString();
        json(api(token, "PUT", API + "/" + id, "{\"version\": 1, \"question\": \"Only, reworded?\", "
                + "\"answer\": \"One.\"}"), 200);

        problem(api(token, "PUT", API + "/" + id, "{\"version\": 1, \"question\": \"Lost?\", \"answer\": \"One.\"}"),
                409);
        problem(api(token, "DELETE", API + "/" + id + "?version=1", null), 409);
        JsonNode first = problem(api(token, "POST", API + "/" + id + "/move-up", "{\"version\": 2}"), 409);
        assertThat(first.get("detail").asString()).isEqualTo("The question is already first in the list.");
        problem(api(token, "POST", API + "/" + id + "/move-down", "{\"version\": 2}"), 409);
        assertThat(questions()).containsExactly("Only, reworded?");
    }

    @Test
    void bad_input_to_the_api_answers_400_404_or_422_never_a_server_fault() {
        String token = token();
        String id = json(api(token, "POST", API, "{\"question\": \"Only?\", \"answer\": \"One.\"}"), 201)
                .get("id").asString();

        JsonNode missing = problem(api(token, "POST", API, "{}"), 422);
        assertThat(fields(missing)).containsExactly("question", "answer");
        JsonNode tooLong = problem(api(token, "POST", API, "{\"question\": \"Q?\", \"answer\": \""
                + "a".repeat(4_001) + "\"}"), 422);
        assertThat(tooLong.get("errors").get(0).get("message").asString())
                .isEqualTo("The answer must be at most 4000 characters");
        assertThat(fields(problem(api(token, "PUT", API + "/" + id, "{\"question\": \"Q?\", \"answer\": \"A\"}"),
                422))).containsExactly("version");
        assertThat(fields(problem(api(token, "POST", API + "/" + id + "/move-up", "{}"), 422)))
                .containsExactly("version");
        assertThat(fields(problem(api(token, "DELETE", API + "/" + id, null), 422))).containsExactly("version");
        problem(api(token, "DELETE", API + "/" + id + "?version=latest", null), 400);
        problem(api(token, "POST", API, "{\"question\": "), 400);
        problem(api(token, "POST", API, ""), 400);
        problem(api(token, "GET", API + "/not-an-id", null), 400);
        problem(api(token, "GET", API + "/" + UUID.randomUUID(), null), 404);
        problem(api(token, "PUT", API + "/" + UUID.randomUUID(), "{\"version\": 1, \"question\": \"Q?\", "
                + "\"answer\": \"A\"}"), 404);
        problem(api(token, "POST", API + "/" + UUID.randomUUID() + "/move-down", "{\"version\": 1}"), 404);
        problem(api(token, "DELETE", API + "/" + UUID.randomUUID() + "?version=1", null), 404);
        problem(api(null, "GET", API, null), 401);
        assertThat(questions()).containsExactly("Only?");
    }

    // --- helpers ---

    private static final Pattern ROW = Pattern.compile("<form method=\"post\" action=\"([^\"]+)/(move-up|move-down|remove)\""
            + " novalidate>.*?name=\"version\" value=\"([0-9]+)\">.*?<span class=\"govuk-visually-hidden\">: ([^<]+)</span>",
            Pattern.DOTALL);

    /** Presses the button {@code action} of the row of {@code question} on the list {@code html}, expecting success. */
    private static HttpResponse<String> press(Browser officer, String html, String question, String action) {
        var response = pressWithoutRedirect(officer, html, question, action);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return response;
    }

    private static HttpResponse<String> pressWithoutRedirect(Browser officer, String html, String question,
                                                             String action) {
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            if (row.group(4).equals(question) && row.group(2).equals(action)) {
                return officer.post(row.group(1) + "/" + action, "csrf", Browser.csrf(html), "version", row.group(3));
            }
        }
        throw new AssertionError("no " + action + " button for " + question);
    }

    private static KeyQuestion add(String question) {
        return web.application().manageKeyQuestions().add(web.staff().member(Role.ENGAGEMENT_OFFICER).actor(),
                new KeyQuestionDraft(question, "An answer to " + question)).orElseThrow();
    }

    private static List<String> questions() {
        return web.application().readKeyQuestions().all().stream().map(KeyQuestion::question).toList();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new java.util.ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static Browser officer() {
        return web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));
    }

    private static String token() {
        return web.staff().apiToken(web.staff().member(Role.ENGAGEMENT_OFFICER));
    }

    private static HttpResponse<String> api(String token, String method, String path, String body) {
        var request = HttpRequest.newBuilder(web.uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return web.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
