package org.bettercaretogether.web.insights;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

/**
 * The insights page, its CSV files and the API, over twelve views received in November 2026: eight about Kendal, two
 * about Millom, one about Barrow Town and one about the programme, from patients (nine) and members of the public (three).
 * Millom's 2, Barrow's 1 and the programme's 1 are fewer than 5, and together only 4, so Kendal's 8, which would give
 * that away from the total of 12, is not shown; the members of the public's 3 are fewer than 5 too, and beside that one
 * count the patients' 9, which would otherwise give it away, is not shown.
 */
class InsightsTest {

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(
            Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC),
            RunningPublicWeb.securitySettings(SecuritySettings.defaults().signInsPerSource(),
                    SecuritySettings.defaults().failedSignInsPerAccount(), new Limit(1_000, Duration.ofMinutes(10))),
            false);

    @BeforeAll
    static void twelve_views() {
        List<String> about = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            about.add("\"about\": \"community\", \"slug\": \"kendal\"");
        }
        about.addAll(List.of("\"about\": \"community\", \"slug\": \"millom\"",
                "\"about\": \"community\", \"slug\": \"millom\"",
                "\"about\": \"community\", \"slug\": \"barrow-town\"", "\"about\": \"programme\""));
        for (int i = 0; i < about.size(); i++) {
            json(web.postJson("/api/v1/feedback", "{" + about.get(i) + ", \"role\": \""
                    + (i % 4 == 1 ? "MEMBER_OF_PUBLIC" : "PATIENT") + "\", \"text\": \"View " + i
                    + "\", \"consentToPublish\": true}"), 201);
        }
    }

    @Test
    void the_api_gives_every_count_of_5_or_more_and_says_fewer_than_5_for_the_others_and_the_one_beside_them() {
        JsonNode insights = json(web.get("/api/v1/insights"), 200);

        assertThat(insights.get("from").asString()).isEqualTo("2025-12");
        assertThat(insights.get("to").asString()).isEqualTo("2026-11");
        assertThat(insights.get("received").get("count").asInt()).isEqualTo(12);
        assertThat(insights.has("percentPublished")).as("none of 12 published: 0%").isTrue();
        assertThat(insights.get("percentPublished").asInt()).isZero();
        assertThat(insights.has("medianDaysToAnswer")).as("none answered").isFalse();
        JsonNode communities = chart(insights, "views-by-community");
        assertThat(row(communities, "kendal").has("count")).isFalse();
        assertThat(row(communities, "kendal").get("text").asString()).isEqualTo("not shown");
        assertThat(row(communities, "millom").has("count")).isFalse();
        assertThat(row(communities, "millom").get("text").asString()).isEqualTo("fewer than 5");
        assertThat(row(communities, "barrow-town").get("text").asString()).isEqualTo("fewer than 5");
        assertThat(row(communities, "none").get("text").asString()).isEqualTo("fewer than 5");
        JsonNode respondents = chart(insights, "views-by-respondent");
        assertThat(row(respondents, "member-of-public").get("text").asString()).isEqualTo("fewer than 5");
        assertThat(row(respondents, "patient").get("text").asString()).isEqualTo("not shown");
        assertThat(row(respondents, "patient").has("count")).isFalse();
        assertThat(row(respondents, "clinician").get("count").asInt()).isZero();
        assertThat(row(chart(insights, "views-by-month"), "2026-11").get("count").asInt()).isEqualTo(12);
    }

    @Test
    void the_filters_narrow_the_views_and_a_network_takes_in_its_communities() {
        JsonNode kendal = json(web.get("/api/v1/insights?community=kendal&respondent=patient"), 200);
        assertThat(kendal.get("received").get("count").asInt()).isEqualTo(6);

        JsonNode furness = json(web.get("/api/v1/insights?network=furness&from=2026-11&to=2026-11"), 200);
        assertThat(furness.get("received").get("text").asString()).isEqualTo("fewer than 5");
        assertThat(chart(furness, "views-by-month").get("rows")).hasSize(1);

        JsonNode october = json(web.get("/api/v1/insights?from=2026-10&to=2026-10"), 200);
        assertThat(october.get("received").get("count").asInt()).isZero();
    }

    @Test
    void every_chart_is_drawn_with_its_title_summary_table_and_a_csv_file_that_parses_back_to_its_rows()
            throws IOException {
        String html = page(web.get("/insights?community=kendal"), 200);
        JsonNode insights = json(web.get("/api/v1/insights?community=kendal"), 200);

        assertThat(Html.h1(html)).isEqualTo("Insights: what people told us");
        assertThat(insights.get("charts")).hasSize(8);
        for (JsonNode chart : insights.get("charts")) {
            String id = chart.get("id").asString();
            assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bct-chart\"")
                    .contains("aria-labelledby=\"chart-" + id + "-title chart-" + id + "-desc\"")
                    .contains(chart.get("summary").asString())
                    .contains("<caption class=\"govuk-table__caption govuk-table__caption--s\" id=\"" + id
                            + "-caption\">")
                    .contains("href=\"/insights/" + id + ".csv?community=kendal\"");

            HttpResponse<String> csv = web.get("/insights/" + id + ".csv?community=kendal");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.body())).getRecords();
            JsonNode rows = chart.get("rows");
            assertThat(records).hasSize(rows.size());
            for (int i = 0; i < records.size(); i++) {
                JsonNode row = rows.get(i);
                assertThat(records.get(i).get(0)).isEqualTo(row.get("key").asString());
                assertThat(records.get(i).get(1)).isEqualTo(row.get("name").asString());
                assertThat(records.get(i).get(2)).isEqualTo(row.has("count") ? row.get("count").asString()
                        : row.get("text").asString());
            }
        }
        assertThat(Html.text(html)).contains("Views received 8");
        assertThat(Html.text(page(web.get("/insights"), 200))).contains("Views received 12")
                .contains("Millom fewer than 5").contains("Kendal not shown").contains("Patient not shown");
    }

    @Test
    void a_filter_that_is_not_one_shows_the_form_again_with_an_error_summary_and_the_api_a_problem() {
        String bad = page(web.get("/insights?from=last+year&respondent=robot"), 400);
        assertThat(Html.title(bad)).startsWith("Error: ");
        assertThat(Html.text(bad)).contains("From must be a month, such as 2026-01")
                .contains("Respondent must be one of patient, member-of-public");

        assertThat(page(web.get("/insights?from=2026-11&to=2026-01"), 422)).contains("must be on or before");
        assertThat(page(web.get("/insights?community=atlantis"), 404)).contains("govuk-error-summary");
        assertThat(page(web.get("/insights?from=2010-01&to=2026-01"), 422)).contains("120 months");

        problem(web.get("/api/v1/insights?channel=pigeon"), 400);
        problem(web.get("/api/v1/insights?theme=" + UUID.randomUUID()), 404);
        problem(web.get("/api/v1/insights?from=2026-11&to=2026-01"), 422);
        // A CSV file is asked for by following a link from the page: a person gets a page saying what went wrong.
        page(web.get("/insights/views-by-mood.csv"), 404);
        page(web.get("/insights/views-by-month.csv?to=never"), 400);
    }

    private static JsonNode chart(JsonNode insights, String id) {
        for (JsonNode chart : insights.get("charts")) {
            if (chart.get("id").asString().equals(id)) {
                return chart;
            }
        }
        throw new AssertionError("no chart " + id);
    }

    private static JsonNode row(JsonNode chart, String key) {
        for (JsonNode row : chart.get("rows")) {
            if (row.get("key").asString().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + chart.get("id").asString());
    }
}
