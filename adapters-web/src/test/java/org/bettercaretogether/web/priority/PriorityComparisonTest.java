package org.bettercaretogether.web.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Html.h1;
import static org.bettercaretogether.web.Html.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Every community's priorities side by side, by theme, as a page and as JSON. Kendal and Barrow Town have chosen
 * differently: both work on frailty, only Kendal on mental health, and Barrow Town has dropped one priority and
 * holds one without a theme.
 */
class PriorityComparisonTest {

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb();

    @BeforeAll
    static void kendal_and_barrow_town_choose_their_priorities() {
        CommunityLife life = new CommunityLife(web.application());
        ThemeId frailty = life.theme("Frailty");
        ThemeId mentalHealth = life.theme("Mental health");
        life.theme("Maternity");
        var uhmb = MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY;
        PriorityId falls = life.priority("kendal", "Falls prevention", Optional.of(frailty), uhmb,
                TripleAimDimension.POPULATION_HEALTH);
        life.priority("kendal", "Young people's mental health", Optional.of(mentalHealth), MorecambeBay.LANCASHIRE_CARE,
                TripleAimDimension.QUALITY_OF_CARE);
        life.move("kendal", falls, PriorityStatus.IN_PROGRESS, UkTime.dayOf(Instant.now()));
        PriorityId dropped = life.priority("barrow-town", "Night sitting service", Optional.of(frailty), uhmb,
                TripleAimDimension.COST);
        life.priority("barrow-town", "Home from hospital sooner", Optional.of(frailty), uhmb,
                TripleAimDimension.QUALITY_OF_CARE);
        life.priority("barrow-town", "Walney ferry to clinics", Optional.empty(), MorecambeBay.CUMBRIA_COUNTY_COUNCIL,
                TripleAimDimension.POPULATION_HEALTH);
        life.move("barrow-town", dropped, PriorityStatus.DROPPED, UkTime.dayOf(Instant.now()));
    }

    @Test
    void the_page_puts_each_communitys_priorities_under_their_theme_and_leaves_dropped_ones_out() {
        String html = page(web.get("/priorities"), 200);

        assertThat(h1(html)).isEqualTo("Local priorities compared");
        Map<String, Map<String, String>> table = table(html);
        assertThat(table.keySet()).containsExactly("Frailty", "Mental health", "Other priorities");
        assertThat(table.get("Frailty").get("Kendal")).isEqualTo("1. Falls prevention In progress");
        assertThat(table.get("Frailty").get("Barrow Town")).isEqualTo("2. Home from hospital sooner Proposed");
        assertThat(table.get("Mental health").get("Kendal")).isEqualTo("2. Young people's mental health Proposed");
        assertThat(table.get("Mental health").get("Barrow Town")).isEqualTo("– None");
        assertThat(table.get("Other priorities").get("Barrow Town")).isEqualTo("3. Walney ferry to clinics Proposed");
        assertThat(table.get("Frailty").get("Millom")).isEqualTo("– None");
        assertThat(table.get("Frailty")).hasSize(12);
        assertThat(html).doesNotContain("Night sitting service")
                .contains("<strong class=\"govuk-tag govuk-tag--light-blue\">In progress</strong>");
    }

    @Test
    void the_wide_table_scrolls_in_its_own_focusable_labelled_region() {
        String html = page(web.get("/priorities"), 200);

        assertThat(html).containsPattern("<div class=\"bct-table-scroll\" role=\"region\" "
                + "aria-labelledby=\"comparison-caption\" aria-describedby=\"comparison-hint\" tabindex=\"0\">\\s*"
                + "<table class=\"govuk-table[^\"]*\">\\s*<caption [^>]*id=\"comparison-caption\">");
        assertThat(html).contains("<th scope=\"row\" class=\"govuk-table__header\">Frailty</th>");
    }

    @Test
    void the_api_puts_each_communitys_priorities_under_their_theme_and_leaves_dropped_ones_out() {
        JsonNode comparison = json(web.get("/api/v1/priorities/comparison"), 200);

        List<String> columns = new ArrayList<>();
        comparison.get("communities").forEach(column -> columns.add(column.get("slug").asString()));
        assertThat(columns).hasSize(12).contains("kendal", "barrow-town").isSorted();
        assertThat(comparison.get("communities").get(0).get("page").asString()).isEqualTo("/communities/" + columns.getFirst());

        JsonNode frailty = row(comparison, "Frailty");
        JsonNode kendalFrailty = cell(frailty, "kendal");
        assertThat(kendalFrailty.size()).isEqualTo(1);
        assertThat(kendalFrailty.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(kendalFrailty.get(0).get("title").asString()).isEqualTo("Falls prevention");
        assertThat(kendalFrailty.get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
        JsonNode barrowFrailty = cell(frailty, "barrow-town");
        assertThat(barrowFrailty.size()).as("the dropped priority is left out").isEqualTo(1);
        assertThat(barrowFrailty.get(0).get("title").asString()).isEqualTo("Home from hospital sooner");
        assertThat(cell(row(comparison, "Mental health"), "kendal").get(0).get("title").asString())
                .isEqualTo("Young people's mental health");
        assertThat(cell(row(comparison, "Mental health"), "barrow-town").isEmpty()).isTrue();
        assertThat(cell(row(comparison, "Other priorities"), "barrow-town").get(0).get("title").asString())
                .isEqualTo("Walney ferry to clinics");
        assertThat(comparison.toString()).doesNotContain("Night sitting service").doesNotContain("Maternity");
    }

    private static JsonNode row(JsonNode comparison, String theme) {
        for (JsonNode row : comparison.get("rows")) {
            if (row.get("theme").asString().equals(theme)) {
                assertThat(row.get("cells").size()).isEqualTo(comparison.get("communities").size());
                return row;
            }
        }
        throw new AssertionError("no row for " + theme + " in " + comparison);
    }

    private static JsonNode cell(JsonNode row, String community) {
        for (JsonNode cell : row.get("cells")) {
            if (cell.get("community").asString().equals(community)) {
                return cell.get("priorities");
            }
        }
        throw new AssertionError("no cell for " + community + " in " + row);
    }

    private static final Pattern ROW = Pattern.compile("<tr class=\"govuk-table__row\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

    /** The table as theme, then community name, then the cell's text. */
    private static Map<String, Map<String, String>> table(String html) {
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(text(cell.group(1)));
            }
            rows.add(cells);
        }
        List<String> header = rows.getFirst();
        assertThat(header.getFirst()).isEqualTo("Theme");
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        for (List<String> cells : rows.subList(1, rows.size())) {
            Map<String, String> byCommunity = new LinkedHashMap<>();
            for (int i = 1; i < cells.size(); i++) {
                byCommunity.put(header.get(i), cells.get(i));
            }
            table.put(cells.getFirst(), byCommunity);
        }
        return table;
    }
}
