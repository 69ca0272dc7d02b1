package org.bettercaretogether.bootstrap;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff API takes the request bodies {@code /openapi.json} describes and answers what it says: every staff
 * operation of the document is called for real, by a member of staff holding every role through an API token, each
 * body sent checked against the operation's request body schema and each answer against the schema of its status.
 */
class StaffApiDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STAFF = "/api/v1/staff";
    private static final String JSON_TYPE = "application/json";
    private static final PartnerId PARTNER = MorecambeBay.CLINICAL_COMMISSIONING_GROUP;

    @TempDir
    static Path dataDirectory;

    private static TestDatabase database;
    private static RunningService service;
    private static OpenApiSchemas schemas;
    private static JsonNode document;
    private static String token;
    private static Actor everyRole;
    private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> mismatches = new ArrayList<>();
    private final Set<String> called = new TreeSet<>();

    @BeforeAll
    static void start() {
        database = TestDatabases.createMigrated("staff-api-document");
        service = RunningService.start(SystemTestConfiguration.onSharedServer(database,
                Configuration.embedded(0, dataDirectory)));
        document = JSON.readTree(new Http(service.port()).get("/openapi.json").body());
        schemas = new OpenApiSchemas(document);
        AccountWithPassword admin = service.get(CreateAdministrator.class).create(
                new EmailAddress("document.admin@example.nhs.uk"), "Document Admin", PARTNER).orElseThrow();
        AccountWithPassword all = service.get(ManageStaff.class).create(Actor.of(admin.member()),
                new NewStaffMember(new EmailAddress("document.staff@example.nhs.uk"), "Document Staff", PARTNER,
                        EnumSet.allOf(Role.class))).orElseThrow();
        everyRole = Actor.of(all.member());
        token = service.get(ManageApiTokens.class).issue(everyRole, "document", Optional.empty()).orElseThrow()
                .token();
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void every_staff_operation_takes_the_bodies_and_gives_the_answers_the_document_describes() {
        String partner = PARTNER.toString();
        JsonNode communities = publicJson("/api/v1/communities").get("items");
        String kendal = "kendal";
        String network = publicJson("/api/v1/networks").get("items").get(0).get("slug").asString();
        String workstream = publicJson("/api/v1/workstreams").get("items").get(0).get("slug").asString();
        String today = LocalDate.now().toString();

        call("GET", "/me", Map.of(), null, 200);
        call("GET", "/audit-log", Map.of(), null, 200);
        call("GET", "/undelivered-mail", Map.of(), null, 200);
        call("POST", "/undelivered-mail/{id}/send-again", Map.of("id", UUID.randomUUID().toString()), null, 404);

        // accounts
        call("GET", "/accounts", Map.of(), null, 200);
        JsonNode account = call("POST", "/accounts", Map.of(), "{\"email\": \"new.responder@example.nhs.uk\", "
                + "\"name\": \"New Responder\", \"partner\": \"" + partner + "\", \"roles\": [\"RESPONDER\"]}", 201)
                .get("account");
        Map<String, String> accountId = Map.of("id", account.get("id").asString());
        call("GET", "/accounts/{id}", accountId, null, 200);
        call("PUT", "/accounts/{id}", accountId, "{\"version\": " + account.get("version").asLong() + ", \"name\": "
                + "\"New Responder\", \"partner\": \"" + partner + "\", \"roles\": [\"RESPONDER\", \"MODERATOR\"], "
                + "\"active\": true}", 200);
        call("POST", "/accounts/{id}/password-reset", accountId, null, 200);

        // tokens
        call("GET", "/tokens", Map.of(), null, 200);
        call("POST", "/tokens", Map.of(), null, 403);
        UUID spare = service.get(ManageApiTokens.class).issue(everyRole, "spare", Optional.empty()).orElseThrow()
                .details().id();
        call("DELETE", "/tokens/{id}", Map.of("id", spare.toString()), null, 204);

        // professions and themes
        call("GET", "/professions", Map.of(), null, 200);
        JsonNode profession = call("POST", "/professions", Map.of(), "{\"name\": \"Document therapist\"}", 201);
        call("PUT", "/professions/{id}", Map.of("id", profession.get("id").asString()), "{\"version\": "
                + profession.get("version").asLong() + ", \"inUse\": true}", 200);
        call("GET", "/themes", Map.of(), null, 200);
        JsonNode theme = call("POST", "/themes", Map.of(), "{\"name\": \"Document parking\"}", 201);
        String themeId = theme.get("id").asString();
        call("PUT", "/themes/{id}", Map.of("id", themeId), "{\"version\": " + theme.get("version").asLong()
                + ", \"inUse\": true}", 200);

        // views entered, moderated, answered and closed
        String entered = call("POST", "/feedback", Map.of(), "{\"about\": \"community\", \"slug\": \"" + kendal
                + "\", \"role\": \"PATIENT\", \"text\": \"The car park is full by nine.\", \"channel\": \"EMAIL\", "
                + "\"receivedOn\": \"" + today + "\", \"name\": \"Ada Quill\", \"email\": \"ada.quill@example.org\", "
                + "\"consentToContact\": true, \"consentToPublish\": true}", 201).get("references").get(0).asString();
        String imported = call("POST", "/feedback/import", Map.of(), "about,slug,role,text,channel,received_on\r\n"
                + "community," + kendal + ",PATIENT,The bus stops too early.,LETTER," + today + "\r\n", "text/csv", 201)
                .get("references").get(0).asString();
        call("GET", "/feedback/awaiting-answer", Map.of(), null, 200);
        call("GET", "/feedback/safeguarding", Map.of(), null, 200);
        JsonNode view = view(entered);
        Map<String, String> viewId = Map.of("id", view.get("id").asString());
        view = call("POST", "/feedback/{id}/publish", viewId, versioned(view, "\"publicText\": \"The car park is "
                + "full by nine.\""), 200);
        view = call("POST", "/feedback/{id}/themes", viewId, versioned(view, "\"themes\": [\"" + themeId + "\"]"),
                200);
        view = call("POST", "/feedback/{id}/assign", viewId, versioned(view, "\"partner\": \"" + partner + "\""), 200);
        view = call("POST", "/feedback/{id}/response", viewId, versioned(view, "\"text\": \"A second car park opens "
                + "in May.\""), 200);
        call("POST", "/feedback/{id}/close", viewId, versioned(view, null), 200);
        JsonNode other = view(imported);
        Map<String, String> otherId = Map.of("id", other.get("id").asString());
        other = call("POST", "/feedback/{id}/safeguarding", otherId, versioned(other, "\"note\": \"Says they are "
                + "alone at night.\""), 200);
        call("POST", "/feedback/{id}/withhold", otherId, versioned(other, "\"reason\": \"SAFEGUARDING\", \"note\": "
                + "\"Passed to the safeguarding lead.\""), 200);

        // key questions
        call("GET", "/key-questions", Map.of(), null, 200);
        JsonNode first = call("POST", "/key-questions", Map.of(), "{\"question\": \"Where do I park?\", "
                + "\"answer\": \"In the car park by the station.\"}", 201);
        JsonNode second = call("POST", "/key-questions", Map.of(), "{\"question\": \"When do buses run?\", "
                + "\"answer\": \"Every half hour.\"}", 201);
        Map<String, String> secondId = Map.of("id", second.get("id").asString());
        call("GET", "/key-questions/{id}", secondId, null, 200);
        second = call("PUT", "/key-questions/{id}", secondId, versioned(second, "\"question\": \"When do the buses "
                + "run?\", \"answer\": \"Every half hour, from six.\""), 200);
        JsonNode moved = call("POST", "/key-questions/{id}/move-up", secondId, versioned(second, null), 200);
        call("POST", "/key-questions/{id}/move-down", secondId, versioned(item(moved, second), null), 200);
        JsonNode gone = call("GET", "/key-questions/{id}", Map.of("id", first.get("id").asString()), null, 200);
        call("DELETE", "/key-questions/{id}?version=" + gone.get("version").asLong(),
                Map.of("id", first.get("id").asString()), null, 204);

        // changes made
        String change = "\"title\": \"A second car park\", \"description\": \"Opened by the station.\", "
                + "\"community\": \"" + kendal + "\", \"views\": [\"" + entered + "\"], \"themes\": [\"" + themeId
                + "\"]";
        JsonNode planned = madeAndRevised("/changes", Map.of(), "/changes/{id}", change);
        Map<String, String> changeId = Map.of("id", planned.get("id").asString());
        call("POST", "/changes/{id}/status", changeId, versioned(planned, "\"status\": \"IN_PROGRESS\", \"day\": \""
                + today + "\""), 200);

        // consultations: drafted, asked, scheduled, answered online with words that may be published and on paper,
        // the words moderated, then extended, closed early and its results published
        LocalDateTime ukNow = LocalDateTime.now(ZoneId.of("Europe/London")).truncatedTo(ChronoUnit.MINUTES);
        String support = "{\"id\": \"support\", \"text\": \"Do you agree?\", \"required\": true, \"kind\": \"scale\"}";
        String why = "{\"id\": \"why\", \"text\": \"Why?\", \"required\": false, \"kind\": \"free-text\", "
                + "\"maxLength\": 500}";
        JsonNode consultation = call("POST", "/consultations", Map.of(), "{\"slug\": \"document-consultation\", "
                + "\"about\": \"programme\", \"title\": \"Parking in Kendal\", \"summary\": \"Where a second car park "
                + "should go.\", \"documents\": [], \"decisionInformed\": \"Where the second car park goes\", "
                + "\"runBy\": \"" + partner + "\", \"opensAt\": \"" + ukNow.minusDays(1) + "\", \"closesAt\": \""
                + ukNow.plusDays(20) + "\", \"questions\": [" + support + "]}", 201);
        Map<String, String> consultationId = Map.of("id", consultation.get("id").asString());
        call("PUT", "/consultations/{id}/questions", consultationId, versioned(consultation, "\"questions\": ["
                + support + ", " + why + "]"), 200);
        call("GET", "/consultations", Map.of(), null, 200);
        consultation = call("GET", "/consultations/{id}", consultationId, null, 200);
        consultation = call("POST", "/consultations/{id}/schedule", consultationId, versioned(consultation, null), 200);
        for (String words : List.of("Near the station, please.", "By the health centre.")) {
            HttpResponse<String> sent = new Http(service.port()).postJson(
                    "/api/v1/consultations/document-consultation/responses", "{\"answers\": [{\"question\": "
                            + "\"support\", \"values\": [\"agree\"]}, {\"question\": \"why\", \"values\": [\"" + words
                            + "\"]}], \"publishFreeText\": true}");
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        }
        JsonNode waiting = call("GET", "/consultations/{id}/free-text", consultationId, null, 200).get("items");
        call("POST", "/consultation-free-text/{id}/publish", Map.of("id", waiting.get(0).get("id").asString()),
                versioned(waiting.get(0), "\"publicText\": \"Near the station, please.\""), 200);
        call("POST", "/consultation-free-text/{id}/withhold", Map.of("id", waiting.get(1).get("id").asString()),
                versioned(waiting.get(1), "\"reason\": \"OFF_TOPIC\""), 200);
        call("POST", "/consultations/{id}/paper-responses", consultationId, "{\"answers\": [{\"question\": "
                + "\"support\", \"values\": [\"disagree\"]}], \"channel\": \"PAPER_FORM\", \"receivedOn\": \""
                + today + "\"}", 201);
        consultation = call("GET", "/consultations/{id}", consultationId, null, 200);
        consultation = call("POST", "/consultations/{id}/extend", consultationId, versioned(consultation, "\"closesAt\": \""
                + LocalDate.now().plusDays(30).atTime(12, 0) + "\", \"reason\": \"More time was asked for.\""), 200);
        call("GET", "/consultations/{id}/results", consultationId, null, 409);
        consultation = call("POST", "/consultations/{id}/close-early", consultationId, versioned(consultation,
                "\"reason\": \"The proposal was withdrawn.\""), 200);
        call("GET", "/consultations/{id}/results", consultationId, null, 200);
        consultation = call("POST", "/consultations/{id}/results", consultationId, versioned(consultation,
                "\"summary\": \"We heard that people want it near the station.\""), 200);
        call("POST", "/consultations/{id}/new-version", consultationId, versioned(consultation,
                "\"slug\": \"document-consultation-2\""), 201);

        // meetings
        LocalDateTime start = LocalDateTime.now().plusDays(30).truncatedTo(ChronoUnit.HOURS);
        String meeting = "\"community\": \"" + kendal + "\", \"title\": \"Parking in Kendal\", \"purpose\": \"To hear "
                + "what would help.\", \"start\": \"" + start + "\", \"end\": \"" + start.plusHours(2) + "\", "
                + "\"venueName\": \"Town Hall\", \"venueAddress\": \"Highgate, Kendal\", \"access\": [\"STEP_FREE\"], "
                + "\"onlineLink\": \"https://meet.example.org/kendal\", \"capacity\": 40";
        JsonNode scheduled = madeAndRevised("/meetings", Map.of(), "/meetings/{id}", meeting);
        Map<String, String> meetingId = Map.of("id", scheduled.get("id").asString());
        call("POST", "/meetings/{id}/afterwards", meetingId, versioned(scheduled, "\"attendance\": 12, \"summary\": "
                + "\"We heard about parking.\""), 409);
        call("POST", "/meetings/{id}/cancel", meetingId, versioned(scheduled, "\"reason\": \"The hall is closed.\""),
                200);

        // a community's priorities and team
        Map<String, String> community = Map.of("slug", kendal);
        String priority = "\"title\": \"Parking near the surgery\", \"description\": \"More spaces.\", \"serves\": "
                + "[\"QUALITY_OF_CARE\"], \"rationale\": \"People miss appointments.\", \"theme\": \"" + themeId
                + "\", \"owner\": \"" + partner + "\"";
        JsonNode added = madeAndRevised("/communities/{slug}/priorities", community, "/priorities/{id}", priority);
        Map<String, String> priorityId = Map.of("id", added.get("id").asString());
        added = call("POST", "/priorities/{id}/status", priorityId, versioned(added, "\"status\": \"AGREED\", "
                + "\"on\": \"" + today + "\""), 200);
        call("POST", "/priorities/{id}/rank", priorityId, versioned(added, "\"rank\": 1"), 200);
        JsonNode team = call("GET", "/communities/{slug}/team", community, null, 200);
        call("PUT", "/communities/{slug}/team", community, "{\"version\": " + team.path("version").asLong(0)
                + ", \"asOf\": \"" + today + "\", \"roles\": [{\"profession\": \"" + profession.get("id").asString()
                + "\", \"employer\": \"" + partner + "\", \"headcount\": 3, \"wholeTimeEquivalents\": 2.5}]}", 200);

        // the directory, corrected with what it answers
        correct("/partners/{id}", Map.of("id", partner), UnaryOperator.identity());
        correct("/networks/{slug}", Map.of("slug", network), UnaryOperator.identity());
        correct("/workstreams/{slug}", Map.of("slug", workstream), revision -> {
            revision.set("careSettings", each(revision.get("careSettings"), "setting"));
            revision.set("phase", revision.get("phase").get("phase"));
            revision.set("involved", each(revision.get("involved"), "id"));
            if (revision.has("lead")) {
                revision.set("lead", revision.get("lead").get("id"));
            }
            return revision;
        });
        correct("/communities/{slug}", community, revision -> revision.set("network", revision.get("network")
                .get("slug")));

        // a community's story: a stage, a new name, a merger
        call("POST", "/communities/{slug}/stage", community, "{\"stage\": \"DEVELOPING\", \"reachedOn\": \"" + today
                + "\"}", 200);
        String renamed = communities.get(1).get("slug").asString();
        call("POST", "/communities/{slug}/rename", Map.of("slug", renamed), "{\"name\": \"Renamed Place\", \"slug\": "
                + "\"renamed-place\", \"effectiveOn\": \"" + today + "\"}", 200);
        call("POST", "/communities/{slug}/merge", Map.of("slug", "renamed-place"), "{\"into\": \""
                + communities.get(2).get("slug").asString() + "\", \"effectiveOn\": \"" + today + "\"}", 200);

        // a person's data, given and erased
        call("POST", "/subject-access", Map.of(), "{\"email\": \"ada.quill@example.org\"}", 200);
        call("POST", "/erasure", Map.of(), "{\"reference\": \"" + entered + "\"}", 200);

        // and the errors a change can meet, each a problem the document describes
        call("PUT", "/changes/{id}", changeId, versioned(planned, change), 409);
        call("POST", "/changes", Map.of(), "{\"title\": \"\", \"description\": \"No title.\"}", 422);
        call("GET", "/changes/{id}", Map.of("id", UUID.randomUUID().toString()), null, 404);

        assertThat(mismatches).isEmpty();
        assertThat(called).as("staff operations of /openapi.json the test did not call")
                .containsAll(staffOperations());
    }

    /** {@code method STAFF + path}, its {path} parameters filled from {@code parameters}; the answer, when JSON. */
    private JsonNode call(String method, String path, Map<String, String> parameters, String body, int expected) {
        return call(method, path, parameters, body, JSON_TYPE, expected);
    }

    private JsonNode call(String method, String path, Map<String, String> parameters, String body, String type,
                          int expected) {
        String template = STAFF + path.replaceFirst("\\?.*", "");
        String address = STAFF + path;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            address = address.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + service.port()
                + address)).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(15));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            schemas.checkRequest(method, template, type, body, mismatches);
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> answer = send(request.build());
        called.add(method + " " + template);
        assertThat(answer.statusCode()).as("%s %s: %s", method, address, answer.body()).isEqualTo(expected);
        schemas.checkAnswer(method, template, answer.statusCode(), answer.body(), mismatches);
        return answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
    }

    /**
     * The list at {@code collection} read, a record made in it from {@code members}, read at {@code one} and revised
     * with the same members; the record as revised.
     */
    private JsonNode madeAndRevised(String collection, Map<String, String> parameters, String one, String members) {
        call("GET", collection, parameters, null, 200);
        JsonNode made = call("POST", collection, parameters, "{" + members + "}", 201);
        Map<String, String> id = Map.of("id", made.get("id").asString());
        call("GET", one, id, null, 200);
        return call("PUT", one, id, versioned(made, members), 200);
    }

    /**
     * GET and PUT back a record of the directory, as its correction sends it: what it answered, with its version, the
     * members the correction names by code or address made so by {@code asSent}.
     */
    private void correct(String path, Map<String, String> parameters, UnaryOperator<ObjectNode> asSent) {
        JsonNode shown = call("GET", path, parameters, null, 200);
        JsonNode schema = requestSchema("PUT", STAFF + path);
        ObjectNode revision = JSON.createObjectNode();
        for (String member : schema.get("properties").propertyNames()) {
            if (shown.has(member)) {
                revision.set(member, shown.get(member));
            }
        }
        call("PUT", path, parameters, JSON.writeValueAsString(asSent.apply(revision)), 200);
    }

    /** The member {@code name} of each object of {@code objects}. */
    private static ArrayNode each(JsonNode objects, String name) {
        ArrayNode values = JSON.createArrayNode();
        objects.forEach(object -> values.add(object.get(name)));
        return values;
    }

    private static JsonNode requestSchema(String method, String path) {
        String ref = schemas.operation(method, path).path("requestBody").path("content").path(JSON_TYPE).path("schema")
                .path("$ref").asString();
        return document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** The view with {@code reference}, found in the moderation queue and read whole. */
    private JsonNode view(String reference) {
        for (JsonNode item : call("GET", "/feedback?limit=100", Map.of(), null, 200).get("items")) {
            if (item.path("reference").asString().equals(reference)) {
                return call("GET", "/feedback/{id}", Map.of("id", item.get("id").asString()), null, 200);
            }
        }
        throw new AssertionError("no view " + reference + " in the moderation queue");
    }

    /** The item of the list {@code items} that is {@code record}. */
    private static JsonNode item(JsonNode items, JsonNode record) {
        for (JsonNode item : items.get("items")) {
            if (item.get("id").equals(record.get("id"))) {
                return item;
            }
        }
        throw new AssertionError("no " + record.get("id") + " in " + items);
    }

    /** A body quoting the version of {@code record}, with {@code members} beside it. */
    private static String versioned(JsonNode record, String members) {
        return "{\"version\": " + record.get("version").asLong() + (members == null ? "" : ", " + members) + "}";
    }

    private static JsonNode publicJson(String path) {
        return new Http(service.port()).json(path);
    }

    private static Set<String> staffOperations() {
        Set<String> operations = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            if (path.getKey().startsWith(STAFF)) {
                for (String method : path.getValue().propertyNames()) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return Http.send(client, request);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
