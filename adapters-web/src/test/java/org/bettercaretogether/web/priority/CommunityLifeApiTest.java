package org.bettercaretogether.web.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.domain.community.DevelopmentStage;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** A community's priorities, team and history as JSON under its API address. */
class CommunityLifeApiTest {

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb();

    private static LocalDate today() {
        return UkTime.dayOf(Instant.now());
    }

    @Test
    void priorities_answer_in_rank_order_with_everything_a_reader_needs_and_their_history() {
        CommunityLife life = new CommunityLife(web.application());
        ThemeId access = life.theme("Access to services");
        life.priority("dalton-and-ulverston", "Same-day appointments", Optional.of(access),
                MorecambeBay.CLINICAL_COMMISSIONING_GROUP, TripleAimDimension.QUALITY_OF_CARE);
        PriorityId transport = life.priority("dalton-and-ulverston", "Transport to clinics", Optional.empty(),
                MorecambeBay.CUMBRIA_COUNTY_COUNCIL, TripleAimDimension.STAFF_WELLBEING,
                TripleAimDimension.POPULATION_HEALTH);
        life.rank("dalton-and-ulverston", transport, 1);
        life.move("dalton-and-ulverston", transport, PriorityStatus.AGREED, today());

        JsonNode items = json(web.get("/api/v1/communities/dalton-and-ulverston/priorities"), 200).get("items");

        assertThat(items.size()).isEqualTo(2);
        JsonNode first = items.get(0);
        assertThat(first.get("id").asString()).isEqualTo(transport.toString());
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("title").asString()).isEqualTo("Transport to clinics");
        assertThat(first.get("description").asString()).isNotBlank();
        assertThat(first.get("rationale").asString()).isEqualTo("Chosen because people asked for transport to clinics.");
        assertThat(texts(first.get("serves"))).containsExactly("POPULATION_HEALTH", "STAFF_WELLBEING");
        assertThat(first.has("theme")).as("no theme, so none is answered").isFalse();
        assertThat(first.get("owner").get("id").asString()).isEqualTo(MorecambeBay.CUMBRIA_COUNTY_COUNCIL.toString());
        assertThat(first.get("owner").get("name").asString()).isEqualTo("Cumbria County Council");
        assertThat(first.get("status").asString()).isEqualTo("AGREED");
        assertThat(first.get("statusSince").asString()).isEqualTo(today().toString());
        assertThat(first.get("statusSteps").toString()).isEqualTo("[{\"status\":\"PROPOSED\",\"on\":\"" + today()
                + "\"},{\"status\":\"AGREED\",\"on\":\"" + today() + "\"}]");
        List<String> kinds = new ArrayList<>();
        first.get("history").forEach(event -> kinds.add(event.get("kind").asString() + ": "
                + event.get("detail").asString()));
        assertThat(kinds).containsExactly("ADDED: Added at rank 2 as proposed", "RANKED: Rank 2 to 1",
                "STATUS: Proposed to Agreed");
        assertThat(first.get("history").get(0).get("at").asString()).endsWith("Z");
        assertThat(first.has("version")).as("storage details stay private").isFalse();

        JsonNode second = items.get(1);
        assertThat(second.get("rank").asInt()).isEqualTo(2);
        assertThat(second.get("theme").asString()).isEqualTo("Access to services");
        assertThat(second.get("status").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void a_community_without_priorities_answers_an_empty_list() {
        assertThat(json(web.get("/api/v1/communities/grange/priorities"), 200).get("items").isEmpty()).isTrue();
    }

    @Test
    void the_team_answers_its_lines_totals_and_the_day_it_describes() {
        CommunityLife life = new CommunityLife(web.application());
        ProfessionId therapist = life.profession("Occupational therapist");
        ProfessionId nurse = life.profession("Community nurse");
        LocalDate asOf = today().minusDays(10);
        life.team("bay", asOf,
                CommunityLife.role(therapist, MorecambeBay.LANCASHIRE_CARE, 2, "1.6"),
                CommunityLife.role(nurse, MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY, null, "3.25"));

        JsonNode team = json(web.get("/api/v1/communities/bay/team"), 200);

        assertThat(team.get("community").get("slug").asString()).isEqualTo("bay");
        assertThat(team.get("described").asBoolean()).isTrue();
        assertThat(team.get("asOf").asString()).isEqualTo(asOf.toString());
        assertThat(team.get("lines").toString()).isEqualTo("["
                + "{\"profession\":\"Community nurse\",\"employer\":{\"id\":\""
                + MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY + "\",\"name\":\"University Hospitals of "
                + "Morecambe Bay NHS Foundation Trust\"},\"wholeTimeEquivalents\":3.25},"
                + "{\"profession\":\"Occupational therapist\",\"employer\":{\"id\":\"" + MorecambeBay.LANCASHIRE_CARE
                + "\",\"name\":\"Lancashire & South Cumbria NHS Foundation Trust\"},\"headcount\":2,"
                + "\"wholeTimeEquivalents\":1.6}]");
        assertThat(team.get("totals").toString()).isEqualTo("{\"headcount\":2,\"wholeTimeEquivalents\":4.85}");
    }

    @Test
    void a_team_not_yet_described_answers_so_without_a_day() {
        JsonNode team = json(web.get("/api/v1/communities/lakes/team"), 200);

        assertThat(team.get("described").asBoolean()).isFalse();
        assertThat(team.get("lines").isEmpty()).isTrue();
        assertThat(team.has("asOf")).isFalse();
        assertThat(team.get("totals").get("headcount").asInt()).isZero();
    }

    @Test
    void history_answers_the_dated_stages() {
        new CommunityLife(web.application()).stage("carnforth", DevelopmentStage.ESTABLISHED, LocalDate.of(2025, 1, 6));

        JsonNode history = json(web.get("/api/v1/communities/carnforth/history"), 200);

        assertThat(history.get("community").get("name").asString()).isEqualTo("Carnforth");
        assertThat(history.get("community").get("links").get("page").asString()).isEqualTo("/communities/carnforth");
        assertThat(history.get("stages").toString()).isEqualTo("[{\"stage\":\"ESTABLISHED\",\"description\":"
                + "\"Established: integrated working is the normal way of delivering care\",\"reachedOn\":\"2025-01-06\"}]");
        assertThat(history.get("renamings").isEmpty()).isTrue();
        assertThat(history.has("merger")).isFalse();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
