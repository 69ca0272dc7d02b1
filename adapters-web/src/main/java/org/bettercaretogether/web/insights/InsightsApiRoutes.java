package org.bettercaretogether.web.insights;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.insights.Insights;
import org.bettercaretogether.application.insights.InsightsRequest;
import org.bettercaretogether.application.insights.ReadInsights;
import org.bettercaretogether.application.shared.PublishedCount;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.Routes;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/v1/insights[?from=2026-01&to=2026-12&community=...&network=...&workstream=...&theme=...
 * &respondent=...&channel=...]}: the figures and every chart's rows, as the page shows them. A count of fewer than 5
 * has no {@code count}, only its {@code text}: "fewer than 5", or "not shown" for a larger one hidden so that a small
 * one cannot be worked out; a share or median that would give one away is absent. A value that is not one is 400; a first month after the last is 422;
 * an unknown community, network, workstream or theme is 404.
 */
record InsightsApiRoutes(ReadInsights insights) implements Routes {

    static final String API = "/api/v1/insights";

    /** A count as published: the number, when it may be shown, and always how the page reads it. */
    record CountJson(Integer count, String text) {
        static CountJson of(PublishedCount count) {
            return new CountJson(count instanceof PublishedCount.Exact exact ? exact.value() : null, count.text());
        }
    }

    record RowJson(String key, String name, Integer count, String text) {
    }

    record ChartJson(String id, String title, String summary, String note, List<RowJson> rows) {
    }

    record InsightsJson(String from, String to, CountJson received, Integer percentPublished,
                        Integer percentAnswered, Double medianDaysToAnswer, Integer percentAnsweredInTime,
                        List<ChartJson> charts) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API, this::insights);
    }

    private void insights(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        InsightsRequest request = InsightsParameters.of(ctx).request(errors)
                .orElseThrow(() -> HttpProblem.invalidFields(errors));
        Insights found = insights.insights(request).orElseThrow();
        ctx.json(new InsightsJson(found.from().toString(), found.to().toString(), CountJson.of(found.received()),
                found.percentPublished().orElse(null), found.percentAnswered().orElse(null),
                found.medianDaysToAnswer().orElse(null), found.answeredInTime().orElse(null),
                Chart.of(found).stream().map(chart -> new ChartJson(chart.id(), chart.title(), chart.summary(),
                        chart.note(), chart.rows().stream().map(row -> {
                            CountJson count = CountJson.of(row.count());
                            return new RowJson(row.key(), row.name(), count.count(), count.text());
                        }).toList())).toList()));
    }
}
