package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.consultation.ConsultationDraft;
import org.bettercaretogether.application.consultation.ConsultationResponses;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.consultation.RunConsultations;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.DocumentLink;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.fields;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.problem;

/**
 * Consultations through the public JSON API: listed, shown with their questions, answered with a whole response in
 * one request (once per {@code Idempotency-Key}, however many retries arrive at once), refused when late with a
 * problem document naming the closing time, and their results shown once closed with every small count hidden, and any count that would give one away.
 * Each case makes consultations of its own, timed from the clock as it stands.
 */
class ConsultationApiTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2027-03-27T10:00:00Z"));
    private static final AtomicInteger NAMES = new AtomicInteger();

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, RunningPublicWeb.securitySettings(
            SecuritySettings.defaults().signInsPerSource(), SecuritySettings.defaults().failedSignInsPerAccount(),
            new Limit(100_000, Duration.ofMinutes(10))), false);

    private final Actor officer = new Actor(StaffMemberId.random(), MorecambeBay.CLINICAL_COMMISSIONING_GROUP,
            Set.of(Role.ENGAGEMENT_OFFICER));

    @Test
    void a_whole_response_is_kept_and_answered_201_with_a_private_link_to_the_answers_given() {
        String slug = open();

        HttpResponse<String> sent = web.postJson("/api/v1/consultations/" + slug + "/responses", """
                {"answers": [{"question": "support", "values": ["agree"]},
                             {"question": "matters", "values": ["travel", "waiting"]},
                             {"question": "capacity", "values": ["patient"]},
                             {"question": "community", "values": ["kendal"]}]}""");

        JsonNode receipt = json(sent, 201);
        assertThat(sent.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(receipt.get("answersUrl").asString()).matches("/api/v1/consultation-responses/r[A-Za-z0-9_-]{43}");
        HttpResponse<String> own = web.get(receipt.get("answersUrl").asString());
        assertThat(own.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
        JsonNode answers = json(own, 200);
        assertThat(answers.get("response").asString()).isEqualTo(receipt.get("response").asString());
        assertThat(answers.get("answers").get(1).get("question").asString()).isEqualTo("matters");
        assertThat(answers.get("answers").get(1).get("values").get(1).asString()).isEqualTo("waiting");
        assertThat(stored(slug)).isEqualTo(1);
        problem(web.get("/api/v1/consultation-responses/rnothing"), 404);
    }

    @Test
    void two_hundred_responses_posted_at_once_half_of_them_retries_keep_exactly_one_hundred() throws Exception {
        String slug = open();
        List<Future<HttpResponse<String>>> pending = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService clients = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < 200; i++) {
                String key = slug + "-person-" + (i / 2);
                String point = i / 2 % 2 == 0 ? "agree" : "disagree";
                pending.add(clients.submit(() -> {
                    start.await();
                    return web.send(withKey(slug, key, "{\"answers\": [{\"question\": \"support\", \"values\": [\""
                            + point + "\"]}]}"));
                }));
            }
            start.countDown();
            int created = 0;
            int replayed = 0;
            Set<String> links = new HashSet<>();
            for (Future<HttpResponse<String>> answer : pending) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
                if (response.statusCode() == 201) {
                    created++;
                } else {
                    replayed++;
                    assertThat(response.headers().firstValue("Idempotent-Replayed")).hasValue("true");
                }
                links.add(json(response, response.statusCode()).get("answersUrl").asString());
            }
            assertThat(created).isEqualTo(100);
            assertThat(replayed).isEqualTo(100);
            assertThat(links).hasSize(100);
        }
        assertThat(stored(slug)).isEqualTo(100);
    }

    @Test
    void a_late_answer_is_refused_409_as_a_problem_naming_the_closing_time_and_nothing_is_kept() {
        String slug = consultation(CLOCK.instant().minus(Duration.ofDays(2)), CLOCK.instant().plusSeconds(60));
        CLOCK.advance(Duration.ofSeconds(60));

        HttpResponse<String> late = web.postJson("/api/v1/consultations/" + slug + "/responses",
                "{\"answers\": [{\"question\": \"support\", \"values\": [\"agree\"]}]}");

        JsonNode refusal = problem(late, 409);
        assertThat(refusal.get("detail").asString()).startsWith("This consultation closed at ")
                .contains(OpeningTimes.shown(CLOCK.instant())).endsWith("so it no longer takes answers.");
        assertThat(stored(slug)).isZero();
    }

    @Test
    void consent_to_publish_is_no_unless_sent_and_shown_in_ones_own_answers_and_a_malformed_email_is_400() {
        String slug = open();

        JsonNode consented = json(web.postJson("/api/v1/consultations/" + slug + "/responses", """
                {"answers": [{"question": "support", "values": ["agree"]}],
                 "publishFreeText": true, "email": "resident@example.org"}"""), 201);
        JsonNode silent = json(web.postJson("/api/v1/consultations/" + slug + "/responses", """
                {"answers": [{"question": "support", "values": ["agree"]}]}"""), 201);
        JsonNode badEmail = problem(web.postJson("/api/v1/consultations/" + slug + "/responses", """
                {"answers": [{"question": "support", "values": ["agree"]}], "email": "not an address"}"""), 400);

        JsonNode own = json(web.get(consented.get("answersUrl").asString()), 200);
        assertThat(own.get("publishFreeText").asBoolean()).isTrue();
        assertThat(own.toString()).doesNotContain("resident@example.org");
        assertThat(json(web.get(silent.get("answersUrl").asString()), 200).get("publishFreeText").asBoolean())
                .isFalse();
        assertThat(fields(badEmail)).containsExactly("email");
        assertThat(stored(slug)).isEqualTo(2);
    }

    @Test
    void answers_that_do_not_fit_are_422_naming_each_question_and_a_malformed_body_is_400() {
        String slug = open();

        JsonNode unfit = problem(web.postJson("/api/v1/consultations/" + slug + "/responses", """
                {"answers": [{"question": "support", "values": ["perhaps"]},
                             {"question": "matters", "values": ["travel", "waiting", "staff"]},
                             {"question": "colour", "values": ["blue"]}]}"""), 422);
        JsonNode unknownMember = problem(web.postJson("/api/v1/consultations/" + slug + "/responses",
                "{\"answer\": []}"), 400);
        JsonNode noQuestion = problem(web.postJson("/api/v1/consultations/" + slug + "/responses",
                "{\"answers\": [{\"values\": [\"agree\"]}]}"), 400);

        assertThat(fields(unfit)).containsExactlyInAnyOrder("colour", "support", "matters");
        assertThat(fields(unknownMember)).containsExactly("answer");
        assertThat(fields(noQuestion)).containsExactly("answers[0]");
        problem(web.postJson("/api/v1/consultations/atlantis/responses", "{\"answers\": []}"), 404);
        assertThat(stored(slug)).isZero();
    }

    @Test
    void one_consultation_is_shown_with_its_questions_and_a_draft_is_not_shown_at_all() {
        String slug = open();
        String draft = "draft-" + NAMES.incrementAndGet();
        runConsultations().draft(officer, draft(draft, CLOCK.instant(), CLOCK.instant().plus(Duration.ofDays(9))))
                .orElseThrow();

        JsonNode shown = json(web.get("/api/v1/consultations/" + slug), 200);

        assertThat(shown.get("state").asString()).isEqualTo("open");
        assertThat(shown.get("about").get("slug").asString()).isEqualTo("women-s-and-children-s-services");
        assertThat(shown.get("runBy").asString()).startsWith("University Hospitals of Morecambe Bay");
        assertThat(shown.get("questions").get(0).get("options").get(0).get("code").asString())
                .isEqualTo("strongly-agree");
        assertThat(shown.get("questions").get(1).get("maximum").asInt()).isEqualTo(2);
        assertThat(shown.get("questions").get(3).get("topic").asString()).isEqualTo("community");
        assertThat(shown.get("questions").get(3).get("options")).anySatisfy(option ->
                assertThat(option.get("code").asString()).isEqualTo("kendal"));
        assertThat(shown.has("resultsUrl")).isFalse();
        problem(web.get("/api/v1/consultations/" + draft), 404);
        assertThat(json(web.get("/api/v1/consultations"), 200).get("items")).noneSatisfy(item ->
                assertThat(item.get("slug").asString()).isEqualTo(draft));
        problem(web.get("/api/v1/consultations/Not%20A%20Slug"), 400);
    }

    @Test
    void results_are_refused_until_it_closes_then_hide_every_count_under_five_and_any_that_gives_one_away() {
        Instant closes = CLOCK.instant().plus(Duration.ofMinutes(5));
        String slug = consultation(CLOCK.instant().minus(Duration.ofDays(1)), closes);
        for (int i = 0; i < 12; i++) {
            String point = i < 6 ? "agree" : i < 11 ? "disagree" : "strongly-disagree";
            json(web.postJson("/api/v1/consultations/" + slug + "/responses", "{\"answers\": [{\"question\": "
                    + "\"support\", \"values\": [\"" + point + "\"]}]}"), 201);
        }
        assertThat(problem(web.get("/api/v1/consultations/" + slug + "/results"), 409).get("detail").asString())
                .contains("closes at " + OpeningTimes.shown(closes));
        CLOCK.advance(Duration.ofMinutes(5));

        JsonNode results = json(web.get("/api/v1/consultations/" + slug + "/results"), 200);

        assertThat(results.get("responses").get("count").asInt()).isEqualTo(12);
        JsonNode options = results.get("questions").get(0).get("options");
        assertThat(options.get(1).get("code").asString()).isEqualTo("agree");
        assertThat(options.get(1).get("count").get("count").asInt()).isEqualTo(6);
        assertThat(options.get(1).get("count").get("percent").asInt()).isEqualTo(50);
        assertThat(options.get(4).get("count").has("count")).isFalse();
        assertThat(options.get(4).get("count").has("percent")).isFalse();
        assertThat(options.get(4).get("count").get("shown").asString()).isEqualTo("fewer than 5");
        assertThat(options.get(3).get("count").has("count")).as("12 - 6 - 5 would give away the 1").isFalse();
        assertThat(options.get(3).get("count").has("percent")).isFalse();
        assertThat(options.get(3).get("count").get("shown").asString()).isEqualTo("not shown");
        assertThat(results.get("questions").get(0).get("byRespondentType").get(0).get("name").asString())
                .isEqualTo("Did not say");
        assertThat(json(web.get("/api/v1/consultations/" + slug), 200).get("resultsUrl").asString())
                .isEqualTo("/api/v1/consultations/" + slug + "/results");
    }

    @Test
    void the_list_shows_open_consultations_before_upcoming_ones_before_closed_ones() {
        String upcoming = consultation(CLOCK.instant().plus(Duration.ofDays(1)), CLOCK.instant().plus(Duration.ofDays(9)));
        String open = open();
        String closed = consultation(CLOCK.instant().minus(Duration.ofDays(1)), CLOCK.instant().plusSeconds(1));
        CLOCK.advance(Duration.ofSeconds(1));

        List<String> listed = new ArrayList<>();
        json(web.get("/api/v1/consultations"), 200).get("items").forEach(item ->
                listed.add(item.get("slug").asString() + ":" + item.get("state").asString()));

        assertThat(listed).containsSubsequence(open + ":open", upcoming + ":upcoming", closed + ":closed");
        assertThat(listed.indexOf(open + ":open")).isLessThan(listed.indexOf(upcoming + ":upcoming"));
    }

    private String open() {
        return consultation(CLOCK.instant().minus(Duration.ofDays(1)), CLOCK.instant().plus(Duration.ofDays(30)));
    }

    /** A scheduled consultation of its own, opening and closing at the instants given; its slug. */
    private String consultation(Instant opens, Instant closes) {
        String slug = "consultation-" + NAMES.incrementAndGet();
        ConsultationSummary drafted = runConsultations().draft(officer, draft(slug, opens, closes)).orElseThrow();
        runConsultations().schedule(officer, drafted.consultation().id(), drafted.consultation().version())
                .orElseThrow();
        return slug;
    }

    private long stored(String slug) {
        ConsultationId id = web.application().browseConsultations().consultation(new Slug(slug)).orElseThrow()
                .consultation().id();
        return web.application().ports().port(ConsultationResponses.class).count(id);
    }

    private RunConsultations runConsultations() {
        return web.application().runConsultations();
    }

    private static ConsultationDraft draft(String slug, Instant opens, Instant closes) {
        return new ConsultationDraft(new Slug(slug), new ViewAbout(ViewAbout.Kind.WORKSTREAM,
                Optional.of(new Slug("women-s-and-children-s-services"))), "Maternity and newborn care",
                "How maternity care should be arranged across the Bay.",
                List.of(DocumentLink.of("The case for change", "https://example.org/case.pdf")),
                "Where midwife-led births take place", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
                new OpeningTimes(opens, closes), List.of(
                new Question(new QuestionId("support"), "Do you support the proposal?", Optional.empty(), true,
                        QuestionKind.Scale.agreement()),
                new Question(new QuestionId("matters"), "What matters most?", Optional.empty(), false,
                        new QuestionKind.MultipleChoice(List.of(new Option("travel", "Travel time"),
                                new Option("waiting", "Waiting time"), new Option("staff", "Same staff")), 2)),
                new Question(new QuestionId("capacity"), AboutYouTopic.RESPONDENT_TYPE.usualWording(),
                        Optional.empty(), false, new QuestionKind.AboutYou(AboutYouTopic.RESPONDENT_TYPE)),
                new Question(new QuestionId("community"), AboutYouTopic.COMMUNITY.usualWording(),
                        Optional.empty(), false, new QuestionKind.AboutYou(AboutYouTopic.COMMUNITY))));
    }

    private HttpRequest withKey(String slug, String key, String body) {
        return HttpRequest.newBuilder(web.uri("/api/v1/consultations/" + slug + "/responses"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
