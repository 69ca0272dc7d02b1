package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.consultation.ConsultationDraft;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.fields;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

/**
 * Moderators publish or withhold the free-text answers given with consent, through the staff API and the staff page;
 * only what they publish reaches the results, in the page, the API and the CSV, with nothing that names its writer.
 * Staff enter paper responses with their provenance, counted like any other, refused once results are published.
 */
class StaffFreeTextTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2027-03-27T10:00:00Z"));
    private static final AtomicInteger NAMES = new AtomicInteger();

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, SecuritySettings.defaults(), false);

    @Test
    void a_moderator_publishes_one_answer_and_withholds_another_and_only_the_published_one_is_in_the_results() {
        String moderator = web.staff().apiToken(web.staff().member(Role.MODERATOR));
        Consultation consultation = open();
        respond(consultation.slug(), "Keep the day-case unit open.", true);
        respond(consultation.slug(), "Call me on 01539 700555, Jo Bloggs", true);
        respond(consultation.slug(), "Never to be published.", false);

        JsonNode queue = json(get(moderator, "/api/v1/staff/consultations/" + consultation.id() + "/free-text"), 200);
        assertThat(queue.get("waiting").asInt()).isEqualTo(2);
        JsonNode keep = item(queue, "Keep");
        JsonNode call = item(queue, "Call");
        assertThat(call.get("personalDetails").get(0).asString()).isEqualTo("a telephone number");
        JsonNode stillPersonal = problem(post(moderator, "/api/v1/staff/consultation-free-text/" + call.get("id")
                .asString() + "/publish", "{\"version\": 1, \"publicText\": \"Call me on 01539 700555\"}"), 422);
        json(post(moderator, "/api/v1/staff/consultation-free-text/" + keep.get("id").asString() + "/publish",
                "{\"version\": 1, \"publicText\": \"Keep the day-case unit open.\"}"), 200);
        assertThat(fields(problem(post(moderator, "/api/v1/staff/consultation-free-text/" + call.get("id").asString()
                + "/withhold", "{\"version\": 1, \"reason\": \"RUDE\"}"), 422))).containsExactly("reason");
        json(post(moderator, "/api/v1/staff/consultation-free-text/" + call.get("id").asString() + "/withhold",
                "{\"version\": 1, \"reason\": \"PERSONAL_DETAILS\"}"), 200);
        problem(post(moderator, "/api/v1/staff/consultation-free-text/" + keep.get("id").asString() + "/publish",
                "{\"version\": 2, \"publicText\": \"Again\"}"), 409);
        CLOCK.advance(Duration.ofDays(31));

        JsonNode results = json(web.get("/api/v1/consultations/" + consultation.slug() + "/results"), 200);
        String page = Html.text(page(web.get("/consultations/" + consultation.slug() + "/results"), 200));
        String csv = web.get("/consultations/" + consultation.slug() + "/results.csv").body();
        assertThat(fields(stillPersonal)).containsExactly("publicText");
        assertThat(results.get("questions").get(1).get("publishedAnswers").get(0).asString())
                .isEqualTo("Keep the day-case unit open.");
        assertThat(results.toString() + page + csv).doesNotContain("Bloggs", "700555", "Never to be published");
        assertThat(page).contains("Keep the day-case unit open.");
        assertThat(csv).contains("comments,published,,,,,Keep the day-case unit open.\r\n");
        assertThat(json(get(moderator, "/api/v1/staff/consultations/" + consultation.id() + "/free-text"), 200)
                .get("waiting").asInt()).isZero();
    }

    @Test
    void the_staff_page_lists_the_waiting_answers_and_publishing_from_it_returns_to_the_list() {
        Browser moderator = web.browser().signInAs(web.staff().member(Role.MODERATOR));
        Consultation consultation = open();
        respond(consultation.slug(), "Write to me at jo@example.org about parking.", true);
        String queue = "/staff/consultations/" + consultation.id() + "/free-text";

        String listed = page(moderator.get(queue), 200);
        String id = json(get(web.staff().apiToken(web.staff().member(Role.MODERATOR)), "/api/v1/staff/consultations/"
                + consultation.id() + "/free-text"), 200).get("items").get(0).get("id").asString();
        String refused = page(moderator.post("/staff/consultation-free-text/" + id + "/publish", "csrf",
                Browser.csrf(listed), "version", "1", "publicText-" + id, "Write to me at jo@example.org"), 422);
        HttpResponse<String> published = moderator.post("/staff/consultation-free-text/" + id + "/publish", "csrf",
                Browser.csrf(listed), "version", "1", "publicText-" + id, "Write to me about parking.");

        assertThat(Html.text(listed)).contains("1 waiting", "It seems to hold an email address",
                "Write to me at [email address removed] about parking.");
        assertThat(refused).contains("There is a problem", "href=\"#answer-" + id + "\"");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
        assertThat(Html.text(page(moderator.get(published.headers().firstValue("Location").orElseThrow()), 200)))
                .contains("0 waiting", "The answer is moderated");
    }

    @Test
    void a_paper_response_is_entered_with_its_provenance_counted_after_closing_and_refused_once_results_are_published() {
        String officer = web.staff().apiToken(web.staff().member(Role.ENGAGEMENT_OFFICER));
        Consultation consultation = open();
        String paper = "/api/v1/staff/consultations/" + consultation.id() + "/paper-responses";
        String day = CLOCK.instant().toString().substring(0, 10);
        CLOCK.advance(Duration.ofDays(31));

        HttpResponse<String> entered = post(officer, paper, "{\"answers\": [{\"question\": \"support\", \"values\": "
                + "[\"agree\"]}], \"channel\": \"PAPER_FORM\", \"receivedOn\": \"" + day + "\", \"eventOrBatch\": "
                + "\"Kendal library postbag\"}");
        JsonNode badChannel = problem(post(officer, paper, "{\"answers\": [], \"channel\": \"ONLINE\", "
                + "\"receivedOn\": \"" + day + "\"}"), 422);
        JsonNode noDay = problem(post(officer, paper, "{\"answers\": [], \"channel\": \"PHONE\"}"), 422);
        JsonNode unfit = problem(post(officer, paper, "{\"answers\": [{\"question\": \"support\", \"values\": "
                + "[\"perhaps\"]}], \"channel\": \"PHONE\", \"receivedOn\": \"" + day + "\"}"), 422);
        problem(post(web.staff().apiToken(web.staff().member(Role.RESPONDER)), paper, "{\"answers\": [], "
                + "\"channel\": \"PHONE\", \"receivedOn\": \"" + day + "\"}"), 403);
        web.application().runConsultations().publishResults(web.staff().admin().actor(),
                ConsultationId.parse(consultation.id()), 2, "We heard you.").orElseThrow();
        JsonNode late = problem(post(officer, paper, "{\"answers\": [{\"question\": \"support\", \"values\": "
                + "[\"agree\"]}], \"channel\": \"PAPER_FORM\", \"receivedOn\": \"" + day + "\"}"), 409);

        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        assertThat(json(web.get("/api/v1/consultations/" + consultation.slug() + "/results"), 200)
                .get("responses").get("shown").asString()).isEqualTo("fewer than 5");
        assertThat(fields(badChannel)).containsExactly("channel");
        assertThat(fields(noDay)).containsExactly("receivedOn");
        assertThat(fields(unfit)).containsExactly("support");
        assertThat(late.get("detail").asString()).contains("results are published");
        assertThat(web.application().readAuditLog().read(web.staff().admin().actor(), Optional.empty(), 50)
                .orElseThrow().entries()).extracting(entry -> entry.action())
                .contains("consultation.paper-response-entered");
    }

    @Test
    void the_staff_form_enters_a_paper_response_and_shows_its_problems_on_the_form_what_was_typed_kept() {
        Browser officer = web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));
        Consultation consultation = open();
        String form = "/staff/consultations/" + consultation.id() + "/paper-responses";
        String shown = page(officer.get(form), 200);
        String csrf = Browser.csrf(shown);

        String refused = page(officer.post(form, "csrf", csrf, "channel", "PHONE", "received-on-day", "31",
                "received-on-month", "2", "received-on-year", "2027", "comments", "Called in about parking"), 422);
        String outsideTheOpening = page(officer.post(form, "csrf", csrf, "channel", "PHONE", "received-on-day", "1",
                "received-on-month", "1", "received-on-year", "2020", "support", "agree"), 422);
        HttpResponse<String> entered = officer.post(form, "csrf", csrf, "channel", "MEETING", "received-on-day",
                "27", "received-on-month", "3", "received-on-year", "2027", "event-or-batch", "Kendal town hall",
                "support", "agree", "comments", "More buses", "publish-free-text", "yes");

        assertThat(Html.text(shown)).contains("Enter a response received on paper", "Do you agree?",
                "Anything else? (optional)", "How did it reach us?");
        assertThat(refused).contains("There is a problem", "href=\"#received-on\"", "Called in about parking");
        assertThat(outsideTheOpening).contains("href=\"#received-on\"");
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(303);
        assertThat(Html.text(page(officer.get(entered.headers().firstValue("Location").orElseThrow()), 200)))
                .contains("The response is entered and counted.");
        assertThat(json(get(web.staff().apiToken(web.staff().member(Role.MODERATOR)), "/api/v1/staff/consultations/"
                + consultation.id() + "/free-text"), 200).get("items").get(0).get("text").asString())
                .isEqualTo("More buses");
    }

    private record Consultation(String id, String slug) {
    }

    private Consultation open() {
        String slug = "free-text-" + NAMES.incrementAndGet();
        var run = web.application().runConsultations();
        var drafted = run.draft(web.staff().admin().actor(), new ConsultationDraft(new Slug(slug),
                ViewAbout.programme(), "Elective care", "Where planned operations happen.", List.of(),
                "Where operations happen", MorecambeBay.CLINICAL_COMMISSIONING_GROUP,
                new OpeningTimes(CLOCK.instant().minus(Duration.ofDays(1)), CLOCK.instant().plus(Duration.ofDays(30))),
                List.of(new Question(new QuestionId("support"), "Do you agree?", Optional.empty(), true,
                                QuestionKind.Scale.agreement()),
                        new Question(new QuestionId("comments"), "Anything else?", Optional.empty(), false,
                                new QuestionKind.FreeText(500))))).orElseThrow();
        run.schedule(web.staff().admin().actor(), drafted.consultation().id(), 1).orElseThrow();
        return new Consultation(drafted.consultation().id().toString(), slug);
    }

    private static void respond(String slug, String comments, boolean consent) {
        HttpResponse<String> sent = web.postJson("/api/v1/consultations/" + slug + "/responses",
                "{\"answers\": [{\"question\": \"support\", \"values\": [\"agree\"]}, {\"question\": \"comments\", "
                        + "\"values\": [\"" + comments + "\"]}], \"publishFreeText\": " + consent + "}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    }

    private static JsonNode item(JsonNode queue, String startingWith) {
        for (JsonNode item : queue.get("items")) {
            if (item.get("text").asString().startsWith(startingWith)) {
                return item;
            }
        }
        throw new AssertionError("no answer starting " + startingWith + " in " + queue);
    }

    private static HttpResponse<String> post(String token, String path, String body) {
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> get(String token, String path) {
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token).GET()
                .build());
    }
}
