package org.bettercaretogether.web.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Html.h1;
import static org.bettercaretogether.web.Html.text;

import java.time.Instant;
import java.time.LocalDate;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The integrated teams added up across the programme, by profession and by employing partner, as a page and as JSON.
 * Two communities have described their team:
 * <pre>
 * Kendal  District nurse  UHMB                         8 people  6.5 WTE
 *         Social worker   Cumbria County Council        3 people  2.5 WTE
 *         GP              South Cumbria PCC            4 people  (not given)
 * Millom  District nurse  UHMB                         2 people  1.75 WTE
 *         District nurse  Cumbria Partnership          (not given) 1 WTE
 *         Social worker   Cumbria County Council        1 person  0.5 WTE
 * </pre>
 * so by profession: district nurse 10 people, 9.25 WTE; GP 4, 0; social worker 4, 3. By partner: Cumbria County
 * Council 4, 3; Cumbria Partnership 0, 1; South Cumbria PCC 4, 0; UHMB 10, 8.25. In all 18 people, 12.25 WTE.
 */
class TeamTotalsTest {

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb();

    @BeforeAll
    static void kendal_and_millom_describe_their_teams() {
        CommunityLife life = new CommunityLife(web.application());
        ProfessionId nurse = life.profession("District nurse");
        ProfessionId socialWorker = life.profession("Social worker");
        ProfessionId gp = life.profession("GP");
        life.profession("Physiotherapist");
        LocalDate today = UkTime.dayOf(Instant.now());
        life.team("kendal", today,
                CommunityLife.role(nurse, MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY, 8, "6.5"),
                CommunityLife.role(socialWorker, MorecambeBay.CUMBRIA_COUNTY_COUNCIL, 3, "2.5"),
                CommunityLife.role(gp, MorecambeBay.SOUTH_CUMBRIA_PRIMARY_CARE_COLLABORATIVE, 4, null));
        life.team("millom", today,
                CommunityLife.role(nurse, MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY, 2, "1.75"),
                CommunityLife.role(nurse, MorecambeBay.CUMBRIA_PARTNERSHIP, null, "1"),
                CommunityLife.role(socialWorker, MorecambeBay.CUMBRIA_COUNTY_COUNCIL, 1, "0.5"));
    }

    @Test
    void the_page_adds_up_the_teams_by_profession_and_by_partner() {
        String html = page(web.get("/integrated-teams"), 200);
        String text = text(html);

        assertThat(h1(html)).isEqualTo("Integrated teams across the Bay");
        assertThat(text).contains("2 of the 12 communities have described their team so far.");
        assertThat(text).containsSubsequence("By profession", "Profession Headcount Whole-time equivalents",
                "District nurse 10 9.25", "GP 4 0", "Social worker 4 3", "Total 18 12.25");
        assertThat(text).containsSubsequence("By employing partner",
                "Partner organisation Headcount Whole-time equivalents",
                "Cumbria County Council 4 3", "Cumbria Partnership NHS Foundation Trust 0 1",
                "South Cumbria Primary Care Collaborative 4 0",
                "University Hospitals of Morecambe Bay NHS Foundation Trust 10 8.25", "Total 18 12.25");
        assertThat(text).as("a profession no team has is not listed").doesNotContain("Physiotherapist");
    }

    @Test
    void the_api_adds_up_the_teams_by_profession_and_by_partner() {
        JsonNode totals = json(web.get("/api/v1/teams/totals"), 200);

        assertThat(totals.get("communitiesDescribed").asInt()).isEqualTo(2);
        assertThat(totals.get("communities").asInt()).isEqualTo(12);
        assertThat(totals.get("byProfession").toString()).isEqualTo("["
                + "{\"name\":\"District nurse\",\"headcount\":10,\"wholeTimeEquivalents\":9.25},"
                + "{\"name\":\"GP\",\"headcount\":4,\"wholeTimeEquivalents\":0},"
                + "{\"name\":\"Social worker\",\"headcount\":4,\"wholeTimeEquivalents\":3}]");
        assertThat(totals.get("byPartner").toString()).isEqualTo("["
                + "{\"name\":\"Cumbria County Council\",\"headcount\":4,\"wholeTimeEquivalents\":3},"
                + "{\"name\":\"Cumbria Partnership NHS Foundation Trust\",\"headcount\":0,\"wholeTimeEquivalents\":1},"
                + "{\"name\":\"South Cumbria Primary Care Collaborative\",\"headcount\":4,\"wholeTimeEquivalents\":0},"
                + "{\"name\":\"University Hospitals of Morecambe Bay NHS Foundation Trust\",\"headcount\":10,"
                + "\"wholeTimeEquivalents\":8.25}]");
        assertThat(totals.get("overall").get("headcount").asInt()).isEqualTo(18);
        assertThat(totals.get("overall").get("wholeTimeEquivalents").decimalValue()).isEqualByComparingTo("12.25");
    }
}
