package org.bettercaretogether.web.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.fields;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.ConsultationsGiven;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * "You said, we did" both ways: a change recorded (on the staff form or through the staff API) as coming from a
 * consultation links back to the consultation's results, and the results (page and API) list the changes made from
 * it, each linked to its card on "you said, we did"; a consultation that is not there, or still a draft, is refused.
 */
class ChangesFromConsultationsTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    private final ConsultationsGiven given = new ConsultationsGiven(web);

    @Test
    void a_change_recorded_from_a_consultation_and_its_results_link_to_each_other() {
        String slug = closed("Where babies are born");
        Browser officer = officer();
        assertThat(page(officer.get("/staff/changes/new"), 200)).contains("<option value=\"" + slug + "\"");

        String change = ChangePagesTest.plan(officer, "Midwife-led births stay in Kendal", "where", "programme",
                "consultation", slug);
        String id = change.substring(change.lastIndexOf('/') + 1);

        String results = page(web.get("/consultations/" + slug + "/results"), 200);
        assertThat(Html.links(results)).contains(new Html.Link("/you-said-we-did#change-" + id,
                "Midwife-led births stay in Kendal"));
        assertThat(Html.text(results)).contains("What we did");
        String youSaidWeDid = page(web.get("/you-said-we-did"), 200);
        assertThat(youSaidWeDid).contains("id=\"change-" + id + "\"");
        assertThat(Html.links(youSaidWeDid)).contains(new Html.Link("/consultations/" + slug + "/results",
                "Results of the consultation: Where babies are born"));
        assertThat(Html.links(page(officer.get(change), 200))).contains(new Html.Link(
                "/consultations/" + slug + "/results", "Where babies are born: results"));
        JsonNode apiResults = json(web.get("/api/v1/consultations/" + slug + "/results"), 200);
        assertThat(apiResults.get("changesMade").get(0).get("id").asString()).isEqualTo(id);
        assertThat(apiResults.get("changesMade").get(0).get("page").asString())
                .isEqualTo("/you-said-we-did#change-" + id);
        JsonNode shown = json(web.get("/api/v1/changes"), 200).get("items").valueStream()
                .filter(item -> item.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(shown.get("cameFrom").get("slug").asString()).isEqualTo(slug);
        assertThat(shown.get("cameFrom").get("results").asString()).isEqualTo("/consultations/" + slug + "/results");
    }

    @Test
    void a_consultation_that_is_not_there_or_still_a_draft_is_refused_on_the_form_and_in_the_api() {
        String draft = given.drafted(ViewAbout.programme(), "A draft", Instant.now(),
                Instant.now().plus(Duration.ofDays(9))).consultation().slug().value();
        Browser officer = officer();

        var refused = officer.submit("/staff/changes/new", "/staff/changes/new", "title", "From a draft",
                "description", "It came from a draft.", "where", "programme", "consultation", draft);
        String token = web.staff().apiToken(web.staff().member(Role.ENGAGEMENT_OFFICER));
        HttpResponse<String> api = web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/changes"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"From nowhere\", \"description\": \"Hm.\", "
                        + "\"consultation\": \"atlantis\"}")).build());

        String html = page(refused, 422);
        assertThat(Html.text(html)).contains("There is a problem", "There is no consultation at '" + draft + "'.");
        assertThat(html).contains("value=\"From a draft\"");
        assertThat(fields(problem(api, 422))).containsExactly("consultation");
    }

    @Test
    void a_change_planned_through_the_staff_api_names_its_consultation_and_the_staff_results_list_it() {
        ConsultationSummary consultation = given.scheduled(ViewAbout.programme(), "Planned care closer to home",
                Instant.now().minus(Duration.ofDays(2)), Instant.now().plus(Duration.ofDays(20)));
        String slug = consultation.consultation().slug().value();
        closeEarly(consultation);
        String token = web.staff().apiToken(web.staff().member(Role.ENGAGEMENT_OFFICER));

        JsonNode planned = json(web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/changes"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Hip clinics in Kendal\", \"description\": "
                        + "\"Outpatient clinics for hips move to Kendal.\", \"consultation\": \"" + slug + "\"}"))
                .build()), 201);
        JsonNode staffResults = json(web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/consultations/"
                + consultation.consultation().id() + "/results")).header("Authorization", "Bearer " + token)
                .GET().build()), 200);

        assertThat(planned.get("cameFrom").get("slug").asString()).isEqualTo(slug);
        assertThat(staffResults.get("changesMade").get(0).get("title").asString()).isEqualTo("Hip clinics in Kendal");
    }

    /** A consultation about the programme, opened yesterday and closed early today: its results can be read. */
    private String closed(String title) {
        ConsultationSummary scheduled = given.scheduled(ViewAbout.programme(), title,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
        closeEarly(scheduled);
        return scheduled.consultation().slug().value();
    }

    private void closeEarly(ConsultationSummary scheduled) {
        given.run().closeEarly(given.officer(), scheduled.consultation().id(), scheduled.consultation().version(),
                "Enough was heard").orElseThrow();
    }

    private static Browser officer() {
        return web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));
    }
}
