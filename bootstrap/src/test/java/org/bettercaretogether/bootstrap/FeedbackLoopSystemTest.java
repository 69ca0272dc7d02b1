package org.bettercaretogether.bootstrap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.ManageApiTokens;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.application.staff.CreateAdministrator;
import org.bettercaretogether.application.staff.ManageStaff;
import org.bettercaretogether.application.staff.NewStaffMember;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.bettercaretogether.web.platform.RegisteredRoute;
import org.bettercaretogether.web.platform.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback loop through the running service, on its real database and a real SMTP server: views given by the form
 * and by the API, moderated with personal details removed, answered by the partner they were assigned to, linked to
 * a change made, and followed by the person who gave them — by the tracking link and by email, once per event.
 */
class FeedbackLoopSystemTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @TempDir
    static Path dataDirectory;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TRACKING = Pattern.compile("/track/([A-Za-z0-9_-]+)");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

    private static TestDatabase database;
    private static RunningService platform;
    private static String moderatorToken;
    private static String responderToken;
    private static final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        database = TestDatabases.createMigrated("feedback-loop");
        platform = RunningService.start(SystemTestConfiguration.onSharedServer(database,
                SystemTestConfiguration.withTestSmtp(dataDirectory, smtp.getSmtp().getPort())));
        AccountWithPassword admin = platform.get(CreateAdministrator.class).create(
                new EmailAddress("loop.admin@example.nhs.uk"), "Loop Admin", MorecambeBay.CLINICAL_COMMISSIONING_GROUP)
                .orElseThrow();
        Actor administrator = Actor.of(admin.member());
        moderatorToken = token(administrator, "loop.moderator@example.nhs.uk", MorecambeBay.CLINICAL_COMMISSIONING_GROUP,
                Role.MODERATOR, Role.ENGAGEMENT_OFFICER);
        responderToken = token(administrator, "loop.responder@example.nhs.uk",
                MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY, Role.RESPONDER);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void a_view_is_given_moderated_answered_and_linked_to_a_change_and_its_giver_is_told_once_at_each_step()
            throws Exception {
        Browser browser = new Browser(platform.port());
        String email = "pat." + unique() + "@example.org";
        HttpResponse<String> given = browser.post("/share-your-view", "submission", UUID.randomUUID().toString(),
                "about", "community", "community", "kendal", "role", "PATIENT",
                "text", "The physiotherapy waiting list in Kendal is far too long for people with bad backs.",
                "email", email, "consent-to-contact", "true", "consent-to-publish", "true");
        assertThat(given.statusCode()).as(given.body()).isEqualTo(303);
        String trackingPath = given.headers().firstValue("Location").orElseThrow();
        Matcher token = TRACKING.matcher(trackingPath);
        assertThat(token.find()).isTrue();
        String tracking = "/track/" + token.group(1);
        assertThat(browser.get(trackingPath).body()).contains("BCT-").contains("Received");

        HttpResponse<String> byApi = postJson("/api/v1/feedback", null, "{\"about\": \"workstream\", "
                + "\"slug\": \"elective-care\", \"role\": \"CLINICIAN\", \"text\": \"Theatre lists should start earlier.\", "
                + "\"consentToContact\": false, \"consentToPublish\": true}");
        assertThat(byApi.statusCode()).as(byApi.body()).isEqualTo(201);
        String apiReference = JSON.readTree(byApi.body()).get("reference").asString();

        JsonNode queue = staffJson("GET", "/api/v1/staff/feedback?limit=100", moderatorToken, null, 200);
        JsonNode formView = inQueue(queue, "Kendal");
        assertThat(queueReferences(queue)).contains(apiReference);
        String id = formView.get("id").asString();

        staffJson("POST", "/api/v1/staff/feedback/" + id + "/publish", moderatorToken, "{\"version\": "
                + formView.get("version").asLong() + ", \"publicText\": \"The physiotherapy waiting list in Kendal is "
                + "far too long.\"}", 200);
        assertThat(browser.get("/communities/kendal").body()).contains("The physiotherapy waiting list in Kendal is far too long.")
                .doesNotContain("bad backs");
        assertThat(browser.get(tracking).body()).contains("Published");

        JsonNode published = staffJson("GET", "/api/v1/staff/feedback/" + id, moderatorToken, null, 200);
        JsonNode assigned = staffJson("POST", "/api/v1/staff/feedback/" + id + "/assign", moderatorToken, "{\"version\": "
                + published.get("version").asLong() + ", \"partner\": \""
                + MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY + "\"}", 200);
        staffJson("POST", "/api/v1/staff/feedback/" + id + "/response", responderToken, "{\"version\": "
                + assigned.get("version").asLong() + ", \"text\": \"Two more physiotherapists start in Kendal in January.\"}", 200);
        assertThat(browser.get("/communities/kendal").body()).contains("Two more physiotherapists start in Kendal in January.");
        assertThat(browser.get(tracking).body()).contains("Answered").contains("Two more physiotherapists");

        String reference = published.get("reference").asString();
        JsonNode change = staffJson("POST", "/api/v1/staff/changes", moderatorToken, "{\"title\": \"More physiotherapy "
                + "in Kendal\", \"description\": \"Two physiotherapists joined the Kendal team.\", \"community\": \"kendal\", "
                + "\"views\": [\"" + reference + "\"], \"themes\": []}", 201);
        assertThat(change.toString()).contains("More physiotherapy in Kendal");
        String youSaidWeDid = browser.get("/communities/kendal/you-said-we-did").body();
        assertThat(youSaidWeDid).contains("More physiotherapy in Kendal")
                .contains("The physiotherapy waiting list in Kendal is far too long.").doesNotContain(email);

        assertThat(smtp.waitForIncomingEmail(15_000, 4)).as("four messages arrived").isTrue();
        Outboxes.awaitEmpty(platform); // so a fifth, duplicate message would have arrived by now
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessagesForDomain("example.org")) {
            if (message.getAllRecipients()[0].toString().equals(email)) {
                subjects.add(message.getSubject());
                assertThat(GreenMailUtil.getBody(message)).doesNotContain("bad backs");
            }
        }
        assertThat(subjects).containsExactlyInAnyOrder("We have received your view " + reference,
                "Your view " + reference + " has been published",
                "Your view " + reference + " has been answered",
                "Your view " + reference + " has helped to shape a change");
    }

    @Test
    void a_canary_published_with_its_details_removed_appears_in_no_public_page_api_answer_or_log_line() throws Exception {
        String name = "Zebedee Quillfeather" + unique();
        String email = "zq." + unique() + "@example.org";
        String phone = "07700 900" + (100 + (int) (Math.random() * 800));
        String canaryWord = "Canarywhistle" + unique();
        HttpResponse<String> given = postJson("/api/v1/feedback", null, "{\"about\": \"community\", \"slug\": \"kendal\", "
                + "\"role\": \"MEMBER_OF_PUBLIC\", \"text\": \"My neighbour " + name + " (" + email + ", " + phone
                + ") waited six weeks for a home visit. " + canaryWord + "\", \"name\": \"" + name + "\", \"email\": \""
                + email + "\", \"phone\": \"" + phone + "\", \"consentToContact\": true, \"consentToPublish\": true}");
        assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
        String trackingUrl = JSON.readTree(given.body()).get("trackingUrl").asString();
        String reference = JSON.readTree(given.body()).get("reference").asString();

        JsonNode view = byReference(reference);
        String id = view.get("id").asString();
        assertThat(view.get("detected").toString()).contains("EMAIL").contains("PHONE");
        staffJson("POST", "/api/v1/staff/feedback/" + id + "/publish", moderatorToken, "{\"version\": "
                + view.get("version").asLong() + ", \"publicText\": \"My neighbour waited six weeks for a home visit.\"}", 200);

        List<String> secrets = List.of(name, email, phone, phone.replace(" ", ""), canaryWord);
        Set<String> visited = crawlPublicSide(trackingUrl);
        assertThat(visited).contains("/communities/kendal", "/views", "/api/v1/feedback", trackingUrl)
                .hasSizeGreaterThan(60);
        List<String> leaks = new ArrayList<>();
        for (String address : visited) {
            String body = get(address).body();
            secrets.stream().filter(body::contains).forEach(secret -> leaks.add(address + " shows a canary detail"));
        }
        assertThat(leaks).isEmpty();
        assertThat(get("/views").body()).contains("My neighbour waited six weeks for a home visit.");
        for (String secret : secrets) {
            assertThat(JSON.readTree(get("/api/v1/search?q=" + encoded(secret)).body()).get("items")).as(secret)
                    .isEmpty();
        }
        assertThat(JSON.readTree(get("/api/v1/search?q=" + encoded("\"home visit\"")).body()).get("items"))
                .isNotEmpty();
        String log = Files.readString(Path.of("target/test.log"));
        secrets.forEach(secret -> assertThat(log).as("the log of this run").doesNotContain(secret));
    }

    @Test
    void search_finds_a_published_view_by_another_form_of_a_word_with_its_text_escaped_and_a_pending_one_never()
            throws Exception {
        String pendingWord = "Pendingquokka" + unique();
        String publishedWord = "Rarebitwaffle" + unique();
        // About the programme, so that the other tests' queue of views about Kendal holds only their own.
        assertThat(postJson("/api/v1/feedback", null, "{\"about\": \"programme\", "
                + "\"role\": \"PATIENT\", \"text\": \"" + pendingWord + " is all I have to say.\", "
                + "\"consentToContact\": false, \"consentToPublish\": true}").statusCode()).isEqualTo(201);
        HttpResponse<String> given = postJson("/api/v1/feedback", null, "{\"about\": \"community\", "
                + "\"slug\": \"kendal\", \"role\": \"PATIENT\", \"text\": \"Long waits.\", "
                + "\"consentToContact\": false, \"consentToPublish\": true}");
        JsonNode view = byReference(JSON.readTree(given.body()).get("reference").asString());
        String publicText = "The waits for " + publishedWord + " are <script>alert(1)</script> long & \\\"slow\\\" "
                + "</p><b>bold</b> <img src=x onerror=alert(2)>";
        staffJson("POST", "/api/v1/staff/feedback/" + view.get("id").asString() + "/publish", moderatorToken,
                "{\"version\": " + view.get("version").asLong() + ", \"publicText\": \"" + publicText + "\"}", 200);

        JsonNode found = JSON.readTree(get("/api/v1/search?q=waiting+" + publishedWord.toLowerCase()).body());
        assertThat(found.get("items")).hasSize(1);
        JsonNode hit = found.get("items").get(0);
        assertThat(hit.get("kind").asString()).isEqualTo("view");
        assertThat(hit.get("textHtml").asString()).contains("<mark>waits</mark>").doesNotContain("<script")
                .doesNotContain("<img").doesNotContain("<b>").doesNotContain("</p>").contains("&amp;");
        HttpResponse<String> page = get("/search?q=waiting+" + publishedWord.toLowerCase());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>waits</mark>").doesNotContain("<script>alert")
                .doesNotContain("<img src=x");
        assertThat(JSON.readTree(get("/api/v1/search?q=" + pendingWord).body()).get("items")).isEmpty();
        assertThat(get("/search?q=" + pendingWord).body()).contains("Nothing published matches your search");

        for (String query : List.of("a", "x", "\"", "\"\"", "-", "'", "x".repeat(1_000), "waits ".repeat(166),
                "!@#$%^&*()", "\"unclosed phrase", "or or or", "-waits")) {
            HttpResponse<String> api = get("/api/v1/search?q=" + encoded(query));
            assertThat(api.statusCode()).as(query).isEqualTo(200);
            assertThat(get("/search?q=" + encoded(query)).statusCode()).as(query).isEqualTo(200);
        }
        HttpResponse<String> tooLong = get("/api/v1/search?q=" + "x".repeat(1_001));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> tooLongPage = get("/search?q=" + "x".repeat(1_001));
        assertThat(tooLongPage.statusCode()).isEqualTo(422);
        assertThat(tooLongPage.body()).contains("govuk-error-summary").contains("href=\"#q\"");
        assertThat(get("/api/v1/search?q=waits&kind=nonsense").statusCode()).isEqualTo(400);
        assertThat(get("/search?q=waits&from=yesterday").body()).contains("From must be a date");
        assertThat(get("/api/v1/search?q=waits&community=atlantis").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/search?q=waits&cursor=bm9uc2Vuc2U").statusCode()).isEqualTo(422);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void one_idempotency_key_sent_a_hundred_times_and_twenty_times_at_once_stores_one_view_each() throws Exception {
        String body = "{\"about\": \"programme\", \"role\": \"OTHER\", \"text\": \"Retried " + unique()
                + "\", \"consentToContact\": false, \"consentToPublish\": false}";
        int before = waiting();
        String key = "retry-" + unique();
        Set<String> references = new LinkedHashSet<>();
        for (int attempt = 0; attempt < 100; attempt++) {
            HttpResponse<String> answer = postJson("/api/v1/feedback", key, body);
            assertThat(answer.statusCode()).isIn(200, 201);
            references.add(JSON.readTree(answer.body()).get("reference").asString());
        }
        assertThat(references).hasSize(1);
        assertThat(waiting()).isEqualTo(before + 1);

        String concurrentKey = "together-" + unique();
        String concurrentBody = body.replace("Retried", "At once");
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> postJson("/api/v1/feedback", concurrentKey, concurrentBody));
            }
            Set<String> together = new LinkedHashSet<>();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isIn(200, 201);
                together.add(JSON.readTree(answer.get().body()).get("reference").asString());
            }
            assertThat(together).hasSize(1);
        }
        assertThat(waiting()).isEqualTo(before + 2);
        assertThat(postJson("/api/v1/feedback", key, body.replace("Retried", "Different")).statusCode()).isEqualTo(422);
        assertThat(waiting()).isEqualTo(before + 2);
    }

    @Test
    void bad_input_gets_a_problem_or_an_error_summary_never_a_server_fault_and_nothing_is_stored() throws Exception {
        int before = waiting();
        String valid = "\"about\": \"community\", \"slug\": \"kendal\", \"role\": \"PATIENT\", "
                + "\"consentToContact\": false, \"consentToPublish\": false";
        assertThat(postJson("/api/v1/feedback", null, "{" + valid + "}").statusCode()).isEqualTo(422);
        assertThat(postJson("/api/v1/feedback", null, "{" + valid + ", \"text\": \"" + "x".repeat(5_001) + "\"}")
                .statusCode()).isEqualTo(422);
        assertThat(postJson("/api/v1/feedback", null, "{" + valid + ", \"text\": \"Fine.\", \"email\": \"not-an-email\"}")
                .statusCode()).isEqualTo(422);
        assertThat(postJson("/api/v1/feedback", null, "{" + valid.replace("kendal", "atlantis") + ", \"text\": \"Fine.\"}")
                .statusCode()).isEqualTo(422);
        HttpResponse<String> malformed = postJson("/api/v1/feedback", null, "{\"about\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> wrongType = send(HttpRequest.newBuilder(uri("/api/v1/feedback"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build());
        assertThat(wrongType.statusCode()).isBetween(400, 415);

        HttpResponse<String> form = new Browser(platform.port()).post("/share-your-view", "about", "community",
                "community", "atlantis", "role", "PATIENT", "text", "x".repeat(5_001), "email", "not-an-email");
        assertThat(form.statusCode()).isEqualTo(422);
        assertThat(form.body()).contains("govuk-error-summary").contains("href=\"#text\"").contains("href=\"#email\"");
        assertThat(waiting()).isEqualTo(before);
    }

    /**
     * On PostgreSQL, which refuses a NUL in any text (SQLSTATE 22021, a 500 before the domain refused it), a view
     * holding one is a 400 naming the field, as JSON and on the form, and nothing is stored; so is any other control
     * character, which PostgreSQL would have kept.
     */
    @Test
    void a_nul_or_other_control_character_in_a_view_is_a_400_naming_the_field_and_nothing_is_stored() throws Exception {
        int before = waiting();
        String valid = "\"about\": \"community\", \"slug\": \"kendal\", \"role\": \"PATIENT\", "
                + "\"consentToContact\": false, \"consentToPublish\": false";
        for (String control : List.of("\\u0000", "\\u0001", "\\u001b")) {
            HttpResponse<String> json = postJson("/api/v1/feedback", null,
                    "{" + valid + ", \"text\": \"The clinic" + control + " was shut.\"}");
            assertThat(json.statusCode()).as(json.body()).isEqualTo(400);
            assertThat(JSON.readTree(json.body()).get("errors").get(0).get("field").asString()).isEqualTo("text");
        }

        HttpResponse<String> form = new Browser(platform.port()).post("/share-your-view", "about", "community",
                "community", "kendal", "role", "PATIENT", "text", "The clinic\u0000 was shut.");
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(form.body()).contains("govuk-error-summary").contains("href=\"#text\"");
        assertThat(waiting()).isEqualTo(before);
    }

    /** Every public page and API answer reachable from the routes and their links, with parameters filled in. */
    private static Set<String> crawlPublicSide(String trackingUrl) throws Exception {
        Deque<String> toVisit = new ArrayDeque<>();
        for (RegisteredRoute route : platform.get(WebServer.class).routes()) {
            if (route.method().equals("GET") && isPublic(route.path())) {
                toVisit.add(route.path().replace("/communities/{slug}", "/communities/kendal")
                        .replace("/workstreams/{slug}", "/workstreams/elective-care")
                        .replace("/networks/{slug}", "/networks/south-lakes")
                        .replace("/partners/{id}", "/partners/" + MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY)
                        .replace("/places/{query}", "/places/Kendal")
                        .replace("{token}", trackingUrl.substring("/track/".length())));
            }
        }
        toVisit.addAll(List.of("/views?community=kendal", "/api/v1/feedback?about=community&slug=kendal", trackingUrl,
                "/api/v1/communities/kendal/scorecard"));
        Set<String> visited = new LinkedHashSet<>();
        while (!toVisit.isEmpty() && visited.size() < 400) {
            String address = toVisit.poll();
            if (address.contains("{") || !visited.add(address)) {
                continue;
            }
            HttpResponse<String> answer = get(address);
            assertThat(answer.statusCode()).as("GET %s", address).isLessThan(500);
            Matcher links = LINK.matcher(answer.body());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (isPublic(link) && !link.startsWith("/webjars") && !link.startsWith("/assets")) {
                    toVisit.add(link);
                }
            }
        }
        return visited;
    }

    private static boolean isPublic(String path) {
        return !path.startsWith("/staff") && !path.startsWith("/api/v1/staff") && !path.startsWith("/health");
    }

    private static JsonNode byReference(String reference) throws Exception {
        for (JsonNode item : staffJson("GET", "/api/v1/staff/feedback?limit=100", moderatorToken, null, 200).get("items")) {
            if (item.get("reference").asString().equals(reference)) {
                return item;
            }
        }
        throw new AssertionError(reference + " is not in the moderation queue");
    }

    private static JsonNode inQueue(JsonNode queue, String about) {
        for (JsonNode item : queue.get("items")) {
            if (item.get("about").get("name").asString().equals(about)) {
                return item;
            }
        }
        throw new AssertionError("no view about " + about + " in the queue: " + queue);
    }

    private static List<String> queueReferences(JsonNode queue) {
        List<String> references = new ArrayList<>();
        queue.get("items").forEach(item -> references.add(item.get("reference").asString()));
        return references;
    }

    private static int waiting() throws Exception {
        return staffJson("GET", "/api/v1/staff/feedback?limit=1", moderatorToken, null, 200).get("waiting").asInt();
    }

    private static String token(Actor administrator, String email, PartnerId partner, Role... roles) {
        AccountWithPassword account = platform.get(ManageStaff.class).create(administrator,
                new NewStaffMember(new EmailAddress(email), "Loop Staff", partner, Set.of(roles))).orElseThrow();
        return platform.get(ManageApiTokens.class).issue(Actor.of(account.member()), "feedback loop", Optional.empty())
                .orElseThrow().token();
    }

    private static JsonNode staffJson(String method, String path, String token, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(15));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> answer = send(request.build());
        assertThat(answer.statusCode()).as("%s %s: %s", method, path, answer.body()).isEqualTo(expected);
        return JSON.readTree(answer.body());
    }

    private static HttpResponse<String> postJson(String path, String idempotencyKey, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(15)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(15)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return Http.send(client, request);
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + platform.port() + path);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
