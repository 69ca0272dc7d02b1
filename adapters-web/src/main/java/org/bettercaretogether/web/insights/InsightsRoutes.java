package org.bettercaretogether.web.insights;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.insights.Insights;
import org.bettercaretogether.application.insights.InsightsRequest;
import org.bettercaretogether.application.insights.InsightsService;
import org.bettercaretogether.application.insights.ReadInsights;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.PublishedCount;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.Routes;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /insights[?from=2026-01&to=2026-12&community=...&network=...&workstream=...&theme=...&respondent=...
 * &channel=...]}: the figures and charts of the views of a period (by default the last twelve months), and
 * {@code GET /insights/{chart}.csv} with the same filters: one chart's rows, RFC 4180, UTF-8, with a header row. On
 * the page a value that is not one, a first month after the last, or a community, network, workstream or theme not
 * known show the form again with an error summary (400, 422 or 404, as the API); for a CSV file they are a problem
 * document, as is a chart that does not exist (404).
 */
record InsightsRoutes(ReadInsights insights, BrowseDirectory directory, ManageThemes themes) implements Routes {

    private static final String TEMPLATE = "insights/insights.jte";
    private static final String CSV_SUFFIX = ".csv";
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    @Override
    public void register(RoutesConfig routes) {
        routes.get(InsightsPage.PAGE, this::page);
        routes.get(InsightsPage.PAGE + "/{chart}" + CSV_SUFFIX, this::csv);
    }

    private void page(Context ctx) {
        InsightsParameters query = InsightsParameters.of(ctx);
        List<FieldError> invalid = new ArrayList<>();
        Optional<InsightsRequest> request = query.request(invalid);
        FormErrors errors = new FormErrors(invalid);
        Insights found = null;
        if (request.isPresent()) {
            switch (insights.insights(request.get())) {
                case Outcome.Done<Insights> done -> found = done.value();
                case Outcome.Rejected<Insights> rejected -> {
                    errors = FormErrors.of(rejected.rejection(), Map.of(), "from");
                    FormErrors.answerStatus(ctx, rejected.rejection());
                }
            }
        } else {
            ctx.status(400);
        }
        String filters = query.queryString();
        List<InsightsPage.DrawnChart> charts = found == null ? List.of() : Chart.of(found).stream()
                .map(chart -> new InsightsPage.DrawnChart(chart, BarChart.svg(chart), csvHref(chart, filters)))
                .toList();
        ctx.render(TEMPLATE, Map.of("insights", new InsightsPage(query, errors.inOrder(InsightsParameters.FIELDS),
                communities(), networks(), workstreams(), themeChoices(), byKey(ContributorRole.values()),
                byKey(Channel.values()), found, charts)));
    }

    private static String csvHref(Chart chart, String filters) {
        return InsightsPage.PAGE + "/" + chart.id() + CSV_SUFFIX + (filters.isEmpty() ? "" : "?" + filters);
    }

    private void csv(Context ctx) {
        List<FieldError> invalid = new ArrayList<>();
        InsightsRequest request = InsightsParameters.of(ctx).request(invalid)
                .orElseThrow(() -> HttpProblem.invalidFields(invalid));
        Insights found = insights.insights(request).orElseThrow();
        Chart chart = Chart.find(found, ctx.pathParam("chart"))
                .orElseThrow(() -> HttpProblem.notFound("There is no chart of the insights at this address."));
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + chart.filename(found) + "\"")
                .result(csvOf(chart));
    }

    /** The rows of {@code chart}: the key of each, its name, and its count as the page shows it. */
    static String csvOf(Chart chart) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSV)) {
            printer.printRecord(chart.keyHeading(), Chart.column(chart.dimensionHeading()),
                    Chart.column(chart.countHeading()));
            for (Insights.Row row : chart.rows()) {
                printer.printRecord(row.key(), row.name(), row.count() instanceof PublishedCount.Exact exact
                        ? String.valueOf(exact.value()) : row.count().text());
            }
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot);
        }
        return text.toString();
    }

    private List<Choice> communities() {
        return directory.communities().stream()
                .map(place -> new Choice(place.community().slug().value(), place.community().name())).toList();
    }

    private List<Choice> networks() {
        return directory.networks().stream()
                .map(profile -> new Choice(profile.network().slug().value(), profile.network().name())).toList();
    }

    private List<Choice> workstreams() {
        return directory.workstreams().stream()
                .map(profile -> new Choice(profile.workstream().slug().value(), profile.workstream().name()))
                .toList();
    }

    private List<Choice> themeChoices() {
        return themes.themes().stream().filter(Theme::inUse)
                .map(theme -> new Choice(theme.id().value().toString(), theme.name())).toList();
    }

    private static <E extends Enum<E>> List<Choice> byKey(E[] values) {
        return Arrays.stream(values).map(value -> new Choice(InsightsService.key(value), switch (value) {
            case ContributorRole role -> role.title();
            case Channel channel -> channel.title();
            default -> value.name();
        })).toList();
    }
}
