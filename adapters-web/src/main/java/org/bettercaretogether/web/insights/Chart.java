package org.bettercaretogether.web.insights;

import org.bettercaretogether.application.insights.Insights;
import org.bettercaretogether.application.insights.Insights.Breakdown;
import org.bettercaretogether.application.insights.Insights.Counted;
import org.bettercaretogether.application.insights.Insights.Dimension;
import org.bettercaretogether.application.shared.PublishedCount;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One chart of the insights, as the page, the API and its CSV file show it: its address ({@code views-by-community}),
 * title, a summary in words, the heading of its first column, its rows, and the note on what its rows add up to.
 */
public record Chart(String id, String title, String summary, String dimensionHeading, String countHeading,
                    String note, List<Insights.Row> rows) {

    public Chart {
        rows = List.copyOf(rows);
    }

    /** The charts of {@code insights}, in the order the page shows them. */
    static List<Chart> of(Insights insights) {
        return insights.breakdowns().stream().map(Chart::of).toList();
    }

    /** The chart of a breakdown. */
    static Chart of(Breakdown breakdown) {
        boolean views = breakdown.counted() == Counted.VIEWS;
        String dimension = switch (breakdown.dimension()) {
            case MONTH -> "month";
            case COMMUNITY -> "community";
            case NETWORK -> "network";
            case WORKSTREAM -> "workstream";
            case THEME -> "theme";
            case RESPONDENT -> "respondent";
            case CHANNEL -> "channel";
        };
        String title = (views ? "Views received" : "Changes made") + switch (breakdown.dimension()) {
            case MONTH -> " each month";
            case COMMUNITY -> " by community";
            case NETWORK -> " by clinical network";
            case WORKSTREAM -> " by workstream of the review";
            case THEME -> " by theme";
            case RESPONDENT -> " by who gave them";
            case CHANNEL -> " by how they were given";
        };
        String heading = switch (breakdown.dimension()) {
            case MONTH -> "Month";
            case COMMUNITY -> "Community";
            case NETWORK -> "Clinical network";
            case WORKSTREAM -> "Workstream";
            case THEME -> "Theme";
            case RESPONDENT -> "Given by";
            case CHANNEL -> "How given";
        };
        String note = !views ? "Changes made are counted by the day they were made, and are not narrowed by who gave "
                + "views or how." : breakdown.dimension() == Dimension.THEME ? "A view can have several themes, or "
                + "none yet, so these add up to more or fewer than the views received."
                : "These add up to the views received.";
        return new Chart((views ? "views" : "changes") + "-by-" + dimension, title,
                summary(views ? "views" : "changes made", breakdown.rows()), heading,
                views ? "Views" : "Changes made", note, breakdown.rows());
    }

    /** The chart of {@code id} among those of {@code insights}. */
    static Optional<Chart> find(Insights insights, String id) {
        return of(insights).stream().filter(chart -> chart.id().equals(id)).findFirst();
    }

    /** The rows with the most and the fewest, of those shown exactly and not none; then how many are not shown. */
    private static String summary(String counted, List<Insights.Row> rows) {
        List<Insights.Row> shown = rows.stream()
                .filter(row -> row.count() instanceof PublishedCount.Exact exact && exact.value() > 0).toList();
        long hidden = rows.stream().filter(row -> !(row.count() instanceof PublishedCount.Exact)).count();
        if (shown.isEmpty() && hidden == 0) {
            return "There are no " + counted + " to show for these filters.";
        }
        Comparator<Insights.Row> byCount = Comparator.comparingInt(row -> ((PublishedCount.Exact) row.count()).value());
        StringBuilder words = new StringBuilder();
        if (!shown.isEmpty()) {
            Insights.Row most = shown.stream().max(byCount).orElseThrow();
            words.append("The most ").append(counted).append(": ").append(most.name()).append(", ")
                    .append(most.count().text()).append(". ");
            if (shown.size() > 1) {
                Insights.Row fewest = shown.stream().min(byCount).orElseThrow();
                words.append("The fewest of those shown: ").append(fewest.name()).append(", ")
                        .append(fewest.count().text()).append(". ");
            }
        }
        if (hidden > 0) {
            words.append(hidden).append(hidden == 1 ? " row is" : " rows are")
                    .append(" not shown exactly, to protect small numbers.");
        }
        return words.toString().strip();
    }

    /** The name of its CSV file for the period of {@code insights}. */
    String filename(Insights insights) {
        return "insights-" + id + "-" + insights.from() + "-to-" + insights.to() + ".csv";
    }

    /** The heading of the CSV column of the rows' keys. */
    String keyHeading() {
        return column(dimensionHeading) + "_key";
    }

    /** A heading as a CSV column's name: "Clinical network" is {@code clinical_network}. */
    static String column(String heading) {
        return heading.toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
