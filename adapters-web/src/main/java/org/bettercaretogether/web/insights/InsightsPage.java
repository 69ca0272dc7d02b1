package org.bettercaretogether.web.insights;

import org.bettercaretogether.application.insights.Insights;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The model of {@code /insights}: the filters as they were sent (their errors, if any), the choices they offer, and,
 * unless a filter is at fault, the figures and charts.
 *
 * @param insights null when a filter is at fault
 * @param charts   each with its drawing, in the page's order
 */
public record InsightsPage(InsightsParameters query, FormErrors errors, List<Choice> communities,
                           List<Choice> networks, List<Choice> workstreams, List<Choice> themes,
                           List<Choice> respondents, List<Choice> channels, Insights insights,
                           List<DrawnChart> charts) {

    public static final String PAGE = "/insights";
    public static final String HEADING = "Insights: what people told us";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** A chart, its SVG, and the address of its CSV file with the page's filters. */
    public record DrawnChart(Chart chart, String svg, String csvHref) {
    }

    public InsightsPage {
        communities = List.copyOf(communities);
        networks = List.copyOf(networks);
        workstreams = List.copyOf(workstreams);
        themes = List.copyOf(themes);
        respondents = List.copyOf(respondents);
        channels = List.copyOf(channels);
        charts = List.copyOf(charts);
    }

    public String title() {
        return errors.isEmpty() ? HEADING : "Error: " + HEADING;
    }

    /** The period in words: "January 2026 to December 2026". */
    public String period() {
        return MONTH.format(insights.from()) + " to " + MONTH.format(insights.to());
    }

    public String percentPublished() {
        return percent(insights.percentPublished());
    }

    public String percentAnswered() {
        return percent(insights.percentAnswered());
    }

    public String percentAnsweredInTime() {
        return percent(insights.answeredInTime());
    }

    public String medianDaysToAnswer() {
        return insights.medianDaysToAnswer().map(days -> (days == Math.rint(days) ? String.valueOf(days.longValue())
                : String.valueOf(days)) + " days").orElse("not shown");
    }

    /** Whether the filters narrow the views (or one is at fault), so that the form is shown open. */
    public boolean narrowing() {
        return !errors.isEmpty() || query.narrowed() || !query.from().isEmpty() || !query.to().isEmpty();
    }

    private static String percent(java.util.Optional<Integer> share) {
        return share.map(value -> value + "%").orElse("not shown");
    }
}
