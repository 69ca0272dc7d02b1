package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.audit.ReadAuditLog;
import org.bettercaretogether.application.consultation.ConsultationDraft;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.memory.MovableClock;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.fields;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.problem;

/**
 * An engagement officer runs a consultation through the staff API: schedules it, extends it with a reason the
 * public then reads, closes it early, publishes its results, and is refused a step the state does not allow — each
 * step quoting the version read, and audited. Nobody else may.
 */
class StaffConsultationApiTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2027-03-27T10:00:00Z"));

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, SecuritySettings.defaults(), false);

    @Test
    void a_consultation_is_scheduled_extended_closed_early_and_its_results_published_each_step_audited() {
        String officer = web.staff().apiToken(web.staff().member(Role.ENGAGEMENT_OFFICER));
        String id = drafted("maternity-review");

        JsonNode scheduled = json(post(officer, id + "/schedule", "{\"version\": 1}"), 200);
        assertThat(scheduled.get("consultation").get("state").asString()).isEqualTo("open");
        JsonNode extended = json(post(officer, id + "/extend", "{\"version\": 2, \"closesAt\": \"2027-04-30T23:59\", "
                + "\"reason\": \"More time was asked for at the Kendal meeting\"}"), 200);
        assertThat(extended.get("consultation").get("closesAt").asString()).isEqualTo("2027-04-30T22:59:00Z");
        assertThat(json(web.get("/api/v1/consultations/maternity-review"), 200).get("closingChanges").get(0)
                .get("reason").asString()).isEqualTo("More time was asked for at the Kendal meeting");
        problem(post(officer, id + "/results", "{\"version\": 3, \"summary\": \"Too soon\"}"), 409);
        JsonNode closed = json(post(officer, id + "/close-early", "{\"version\": 3, \"reason\": \"The proposal was "
                + "withdrawn\"}"), 200);
        assertThat(closed.get("consultation").get("state").asString()).isEqualTo("closed");
        json(get(officer, id + "/results"), 200);
        JsonNode published = json(post(officer, id + "/results", "{\"version\": 4, \"summary\": \"We heard that "
                + "people want care nearer home.\"}"), 200);
        assertThat(published.get("consultation").get("state").asString()).isEqualTo("results-published");
        JsonNode reopened = problem(post(officer, id + "/extend", "{\"version\": 5, \"closesAt\": \"2027-06-30T23:59\", "
                + "\"reason\": \"Second thoughts\"}"), 409);
        assertThat(reopened.get("detail").asString()).contains("cannot be reopened");
        assertThat(web.application().readAuditLog().read(web.staff().admin().actor(), Optional.empty(),
                        ReadAuditLog.MAXIMUM_PAGE_SIZE)
                .orElseThrow().entries()).extracting(entry -> entry.action())
                .contains("consultation.scheduled", "consultation.extended", "consultation.closed-early",
                        "consultation.results-published");
    }

    @Test
    void a_step_without_its_version_or_reason_or_with_a_stale_version_is_refused() {
        String officer = web.staff().apiToken(web.staff().member(Role.ENGAGEMENT_OFFICER));
        String id = drafted("elective-review");

        assertThat(fields(problem(post(officer, id + "/schedule", "{}"), 422))).containsExactly("version");
        json(post(officer, id + "/schedule", "{\"version\": 1}"), 200);
        assertThat(fields(problem(post(officer, id + "/extend", "{\"version\": 2}"), 422)))
                .containsExactly("closesAt", "reason");
        assertThat(fields(problem(post(officer, id + "/extend", "{\"version\": 2, \"closesAt\": "
                + "\"2027-03-28T01:30\", \"reason\": \"x\"}"), 422))).containsExactly("closesAt");
        problem(post(officer, id + "/close-early", "{\"version\": 1, \"reason\": \"Stale\"}"), 409);
        assertThat(json(get(officer, ""), 200).get("items")).anySatisfy(item ->
                assertThat(item.get("id").asString()).isEqualTo(id));
    }

    @Test
    void only_engagement_officers_and_administrators_run_consultations() {
        String moderator = web.staff().apiToken(web.staff().member(Role.MODERATOR));
        String id = drafted("community-review");

        problem(get(moderator, ""), 403);
        problem(post(moderator, id + "/schedule", "{\"version\": 1}"), 403);
        String admin = web.staff().apiToken(web.staff().member(Role.ADMIN));
        assertThat(json(get(admin, id), 200).get("consultation").get("state").asString()).isEqualTo("draft");
    }

    @Test
    void a_consultation_is_drafted_with_its_questions_and_its_questions_replaced_in_a_new_order() {
        String officer = web.staff().apiToken(web.staff().member(Role.ENGAGEMENT_OFFICER));

        HttpResponse<String> created = send(officer, "POST", "", "{\"slug\": \"api-drafted\", \"about\": "
                + "\"workstream\", \"aboutSlug\": \"elective-care\", \"title\": \"Operations closer to home\", "
                + "\"summary\": \"Which operations could happen in Kendal?\", \"documents\": [{\"title\": "
                + "\"The case\", \"address\": \"https://example.org/case.pdf\"}], \"decisionInformed\": "
                + "\"Where operations happen\", \"runBy\": \"" + MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY
                + "\", \"opensAt\": \"2027-04-01T09:00\", \"closesAt\": \"2027-04-30T23:59\", \"questions\": ["
                + "{\"id\": \"support\", \"text\": \"Do you agree?\", \"required\": true, \"kind\": \"scale\"}, "
                + "{\"id\": \"days\", \"text\": \"Which days?\", \"kind\": \"multiple-choice\", "
                + "\"options\": [\"Monday\", \"Saturday\"], \"maximum\": 1}]}");
        JsonNode drafted = json(created, 201);
        String id = drafted.get("id").asString();
        JsonNode reordered = json(send(officer, "PUT", id + "/questions", "{\"version\": 1, \"questions\": ["
                + "{\"id\": \"you\", \"text\": \"Who are you?\", \"kind\": \"about-you\", "
                + "\"topic\": \"respondent-type\"}, {\"id\": \"support\", \"text\": \"Do you agree?\", "
                + "\"required\": true, \"kind\": \"scale\"}]}"), 200);
        JsonNode refused = problem(send(officer, "POST", "", "{\"title\": \"No more\", \"questions\": "
                + "[{\"id\": \"x\", \"text\": \"X?\", \"kind\": \"riddle\"}]}"), 422);

        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/staff/consultations/" + id);
        assertThat(drafted.get("consultation").get("state").asString()).isEqualTo("draft");
        assertThat(drafted.get("consultation").get("opensAt").asString()).isEqualTo("2027-04-01T08:00:00Z");
        assertThat(drafted.get("consultation").get("questions").get(1).get("options").get(1).get("code")
                .asString()).isEqualTo("saturday");
        assertThat(reordered.get("version").asLong()).isEqualTo(2);
        assertThat(reordered.get("consultation").get("questions").get(0).get("id").asString()).isEqualTo("you");
        assertThat(fields(refused)).contains("slug", "about", "summary", "questions[0].kind");
    }

    @Test
    void a_new_version_is_drafted_once_and_each_version_names_the_other_once_it_is_scheduled() {
        String officer = web.staff().apiToken(web.staff().member(Role.ENGAGEMENT_OFFICER));
        String moderator = web.staff().apiToken(web.staff().member(Role.MODERATOR));
        String id = drafted("urgent-care-review");
        drafted("urgent-care-taken");

        JsonNode ofDraft = problem(post(officer, id + "/new-version", "{\"version\": 1, \"slug\": \"urgent-care-2\"}"),
                409);
        json(post(officer, id + "/schedule", "{\"version\": 1}"), 200);
        problem(post(moderator, id + "/new-version", "{\"version\": 2, \"slug\": \"urgent-care-2\"}"), 403);
        assertThat(fields(problem(post(officer, id + "/new-version", "{\"version\": 2, \"slug\": \"urgent-care-taken\"}"),
                422))).containsExactly("slug");
        assertThat(fields(problem(post(officer, id + "/new-version", "{\"version\": 2}"), 422))).containsExactly("slug");
        HttpResponse<String> made = post(officer, id + "/new-version", "{\"version\": 2, \"slug\": \"urgent-care-2\"}");
        JsonNode newer = json(made, 201);
        problem(post(officer, id + "/new-version", "{\"version\": 2, \"slug\": \"urgent-care-3\"}"), 409);
        JsonNode earlierWhileDraft = json(web.get("/api/v1/consultations/urgent-care-review"), 200);
        json(post(officer, newer.get("id").asString() + "/schedule", "{\"version\": 1}"), 200);

        assertThat(ofDraft.get("detail").asString()).contains("draft");
        assertThat(made.headers().firstValue("Location")).contains("/api/v1/staff/consultations/"
                + newer.get("id").asString());
        assertThat(newer.get("consultation").get("state").asString()).isEqualTo("draft");
        assertThat(newer.get("consultation").get("questions").get(0).get("id").asString()).isEqualTo("support");
        assertThat(newer.get("questionsLocked").asBoolean()).isFalse();
        assertThat(earlierWhileDraft.has("replacedBy")).isFalse();
        assertThat(json(web.get("/api/v1/consultations/urgent-care-review"), 200).get("replacedBy").asString())
                .isEqualTo("urgent-care-2");
        JsonNode newerInPublic = json(web.get("/api/v1/consultations/urgent-care-2"), 200);
        assertThat(newerInPublic.get("replaces").asString()).isEqualTo("urgent-care-review");
        assertThat(newerInPublic.has("replacedBy")).isFalse();
        assertThat(web.application().readAuditLog().read(web.staff().admin().actor(), Optional.empty(),
                        ReadAuditLog.MAXIMUM_PAGE_SIZE)
                .orElseThrow().entries()).extracting(entry -> entry.action()).contains("consultation.new-version");
    }

    private HttpResponse<String> send(String token, String method, String path, String body) {
        return web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/consultations" + (path.isEmpty() ? "" : "/" + path)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private String drafted(String slug) {
        return web.application().runConsultations().draft(web.staff().admin().actor(), new ConsultationDraft(
                new Slug(slug), ViewAbout.programme(), "Maternity and newborn care", "How care is arranged.",
                List.of(), "Where births take place", MorecambeBay.CLINICAL_COMMISSIONING_GROUP,
                new OpeningTimes(CLOCK.instant().minus(Duration.ofDays(1)), CLOCK.instant().plus(Duration.ofDays(20))),
                List.of(new Question(new QuestionId("support"), "Do you agree?", Optional.empty(), true,
                        QuestionKind.Scale.agreement())))).orElseThrow().consultation().id().toString();
    }

    private HttpResponse<String> post(String token, String path, String body) {
        return web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/consultations/" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> get(String token, String path) {
        return web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/consultations" + (path.isEmpty() ? "" : "/" + path)))
                .header("Authorization", "Bearer " + token).GET().build());
    }
}
