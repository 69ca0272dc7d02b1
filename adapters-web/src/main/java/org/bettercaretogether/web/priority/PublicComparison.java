package org.bettercaretogether.web.priority;

import java.util.ArrayList;
import java.util.List;
import org.bettercaretogether.application.priority.PriorityComparison;

/**
 * Every community's priorities side by side, as the public API answers them: the communities in name order (merged
 * ones left out), and one row per theme (a last row, "Other priorities", for those without one) holding, for each
 * community in the same order, its priorities under that theme by rank. Dropped priorities are left out.
 */
public record PublicComparison(List<Community> communities, List<Row> rows) {

    public PublicComparison {
        communities = List.copyOf(communities);
        rows = List.copyOf(rows);
    }

    /** A community, and where to read it. */
    public record Community(String slug, String name, String page) {
    }

    /** One theme. */
    public record Row(String theme, List<Cell> cells) {
    }

    /** One community's priorities under a theme; {@code priorities} is empty when it has none there. */
    public record Cell(String community, List<Priority> priorities) {
    }

    /** A priority: its rank in the community's list, its title and status ({@code AGREED}...). */
    public record Priority(int rank, String title, String status) {
    }

    static PublicComparison of(PriorityComparison comparison) {
        List<Community> communities = comparison.communities().stream()
                .map(column -> new Community(column.slug(), column.name(), "/communities/" + column.slug())).toList();
        List<Row> rows = new ArrayList<>();
        for (PriorityComparison.Row row : comparison.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < communities.size(); i++) {
                cells.add(new Cell(communities.get(i).slug(), row.cells().get(i).stream()
                        .map(cell -> new Priority(cell.rank(), cell.title(), cell.status().name()))
                        .toList()));
            }
            rows.add(new Row(row.theme(), cells));
        }
        return new PublicComparison(communities, rows);
    }
}
